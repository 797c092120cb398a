import { characteristicKinds, referralServices } from '@doorstep/db';
import {
  contactChannels,
  isCharacteristicAnswer,
  meetingOutcomes,
  representativeSchema,
  writtenFormats,
} from '@doorstep/domain';
import { z } from 'zod';
import { PREFER_NOT_TO_SAY } from '../services/living-well/characteristics';
import { recordMeeting } from '../services/living-well/record';
import { loadRecordForm } from '../services/living-well/record-form';
import { caseworkProcedure } from '../trpc/init';
import { editableProfile } from './access-needs';
import { dateField } from './fields';

const tenancyId = z.uuid({
  error: (issue) =>
    issue.input === undefined ? 'Tenancy id is required' : 'Tenancy id must be a UUID',
});

/** Blank means none: a phone form sends an emptied field as "". */
const blankIsNull = (value: string) => (value === '' ? null : value);

const phone = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || /^\+?[0-9 ()-]{7,20}$/.test(value),
    'Give the phone number in digits, such as 0151 443 2000',
  )
  .transform(blankIsNull)
  .nullable();

const email = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || z.email().safeParse(value).success,
    'Give an email address such as name@example.org',
  )
  .transform(blankIsNull)
  .nullable();

// A sanity bound only, so the clock at start-up is close enough.
const thisYear = new Date().getUTCFullYear();

const householdMember = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'Give the name of each person')
    .max(100, 'Keep names to 100 characters'),
  relationship: z
    .string()
    .trim()
    .min(1, 'Say how each person is related to the tenant')
    .max(60, 'Keep the relationship to 60 characters'),
  birthYear: z
    .int('Give the year of birth as four digits')
    .min(1900, 'Give a year of birth from 1900')
    .max(thisYear, 'A year of birth cannot be in the future')
    .nullish()
    .transform((year) => year ?? null),
});

const characteristic = z
  .strictObject({
    characteristic: z.enum(characteristicKinds, { error: 'Choose a characteristic' }),
    /** A value, or `prefer_not_to_say`; not needed (and never stored) without consent. */
    value: z.string().trim().max(100, 'Keep the answer to 100 characters').optional(),
    consent: z.boolean({ error: 'Say whether the tenant agreed to share this' }),
  })
  .refine((answer) => !answer.consent || Boolean(answer.value), {
    error: `Give an answer, or "${PREFER_NOT_TO_SAY}", for each characteristic the tenant agreed to share`,
    path: ['value'],
  })
  .refine(
    (answer) =>
      !answer.consent ||
      !answer.value ||
      isCharacteristicAnswer(answer.characteristic, answer.value),
    {
      error: 'Choose one of the answers the form offers for each characteristic',
      path: ['value'],
    },
  );

const referral = z.strictObject({
  service: z.enum(referralServices, { error: 'Choose a wider service' }),
  note: z.string().trim().max(1000, 'Keep the note to 1,000 characters').nullish(),
  ownerId: z.uuid({ error: 'Owner id must be a UUID' }).optional(),
});

const unique = <T>(items: T[], key: (item: T) => string) =>
  new Set(items.map(key)).size === items.length;

/** MeetingRecordInput of the contract. Sections left out were not reviewed and stay as they are. */
export const meetingRecordInput = z
  .strictObject({
    tenancyId,
    heldOn: dateField('meeting'),
    outcome: z.enum(meetingOutcomes, { error: 'Choose the outcome: met, no access or declined' }),
    declineReason: z.string().trim().max(500, 'Keep the reason to 500 characters').nullish(),
    contact: z.strictObject({ phone, email }).optional(),
    household: z.array(householdMember).max(20, 'Record at most 20 people').optional(),
    preferences: z
      .strictObject({
        // The access profile's own check of a language code, so both say the same words.
        language: editableProfile.shape.preferredLanguage.def.innerType,
        format: z.enum(writtenFormats, { error: 'Choose a written format' }),
        channel: z.enum(contactChannels, { error: 'Choose how to contact the tenant' }),
      })
      .optional(),
    accessNeeds: editableProfile.optional(),
    characteristics: z
      .array(characteristic)
      .refine(
        (answers) => unique(answers, (a) => a.characteristic),
        'Give each characteristic once',
      )
      .optional(),
    referrals: z
      .array(referral)
      .refine((wanted) => unique(wanted, (r) => r.service), 'Choose each wider service once')
      .optional(),
    notes: z.string().trim().max(2000, 'Keep the notes to 2,000 characters').nullish(),
    /** Made by the phone when the advisor saved; a resend with the same key is applied once. */
    idempotencyKey: z.uuid({ error: 'The record key must be a UUID' }).optional(),
  })
  .refine((record) => record.outcome !== 'declined' || Boolean(record.declineReason), {
    error: 'Say why the tenant declined the meeting',
    path: ['declineReason'],
  });

const person = z.object({ id: z.uuid(), name: z.string() });

/** livingWell.record and livingWell.recordForm; spread into the livingWell router. */
export const livingWellRecordProcedures = {
  /**
   * Records a meeting and what was reviewed at it, in one transaction, and returns the date
   * the next one falls due. A tenancy of another patch is refused like any patch-scoped call.
   * A resend with the same idempotency key gets the first answer and changes nothing.
   */
  record: caseworkProcedure
    .input(meetingRecordInput)
    .output(z.object({ meetingId: z.uuid(), nextDueOn: z.string() }))
    .mutation(({ ctx, input }) => recordMeeting(ctx.db, ctx.principal, input, ctx.now())),

  /** The record form pre-filled from the profile; the read is audited. */
  recordForm: caseworkProcedure
    .input(z.strictObject({ tenancyId }))
    .output(
      z.object({
        tenancy: z.object({
          id: z.uuid(),
          reference: z.string(),
          startDate: z.string(),
          addressLine1: z.string(),
          postcode: z.string(),
          patchId: z.uuid().nullable(),
        }),
        customer: person,
        contact: z.object({ phone: z.string().nullable(), email: z.string().nullable() }),
        household: z.array(
          z.object({
            name: z.string(),
            relationship: z.string(),
            birthYear: z.number().int().nullable(),
          }),
        ),
        preferences: z.object({
          language: z.string(),
          format: z.enum(writtenFormats),
          channel: z.enum(contactChannels),
        }),
        accessNeeds: editableProfile,
        representatives: z.array(representativeSchema),
        characteristics: z.array(
          z.object({
            characteristic: z.enum(characteristicKinds),
            value: z.string().nullable(),
            consent: z.boolean(),
            consentRecordedAt: z.string().nullable(),
          }),
        ),
        referralOwner: person.nullable(),
        dueOn: z.string(),
        lastMetOn: z.string().nullable(),
        lastAttempt: z.object({ heldOn: z.string(), outcome: z.enum(meetingOutcomes) }).nullable(),
      }),
    )
    .query(({ ctx, input }) => loadRecordForm(ctx.db, ctx.principal, input.tenancyId, ctx.now())),
};
