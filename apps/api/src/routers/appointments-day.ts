import { appointmentStatuses } from '@doorstep/db';
import { appointmentTypes, briefingChipKinds, visitOutcomes } from '@doorstep/domain';
import { z } from 'zod';
import { loadDay } from '../services/appointments/day';
import { addKnock, reoptimiseDay } from '../services/appointments/knocks';
import { recordOutcome } from '../services/appointments/outcomes';
import { safeguardingDetail } from '../services/appointments/safeguarding';
import { assertCustomerInScope } from '../services/scope';
import { caseworkProcedure, procedureFor } from '../trpc/init';
import { customerIdField, dateField } from './fields';

/** Visitors work their own diary: an advisor (or a manager who visits) sees only their visits. */
const visitor = procedureFor(['advisor', 'manager']);

const leg = z.object({ minutes: z.number(), km: z.number() });

export const dayOutput = z.object({
  date: z.iso.date(),
  days: z.number(),
  generatedAt: z.iso.datetime(),
  start: z.object({ label: z.string(), latitude: z.number(), longitude: z.number() }),
  visits: z.array(
    z.object({
      id: z.uuid(),
      version: z.number().int(),
      date: z.iso.date(),
      start: z.iso.datetime(),
      end: z.iso.datetime(),
      flexible: z.boolean(),
      type: z.enum(appointmentTypes),
      typeLabel: z.string(),
      purpose: z.string(),
      reference: z.string().nullable(),
      status: z.enum(appointmentStatuses),
      outcome: z
        .object({ outcome: z.enum(visitOutcomes), occurredAt: z.iso.datetime() })
        .nullable(),
      attempt: z.object({ number: z.number().int(), standard: z.number().int().nullable() }),
      customer: z.object({ id: z.uuid(), name: z.string(), phone: z.string().nullable() }),
      home: z.object({
        addressLine1: z.string(),
        postcode: z.string(),
        latitude: z.number(),
        longitude: z.number(),
      }),
      travelFromPrevious: leg.nullable(),
      briefing: z.array(
        z.object({
          kind: z.enum(briefingChipKinds),
          text: z.string(),
          emphasis: z.enum(['normal', 'warning']),
        }),
      ),
      hasSafeguardingDetail: z.boolean(),
      livingWellTenancyId: z.uuid().nullable(),
    }),
  ),
  totals: z.object({ visits: z.number(), travelMinutes: z.number(), travelKm: z.number() }),
});

const appointmentId = z.uuid({
  error: (issue) =>
    issue.input === undefined ? 'Visit id is required' : 'Visit id must be a UUID',
});
const instant = (what: string) =>
  z.iso.datetime({ offset: true, error: `Give the ${what} as a date and time with a time zone` });

const followUp = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({ kind: z.literal('rebook_link') }),
    z.strictObject({ kind: z.literal('second_attempt'), start: instant('second visit time') }),
  ],
  { error: 'Choose a follow-up: none, a rebook link, or a second visit' },
);

export const recordOutcomeOutput = z.object({
  outcomeId: z.uuid(),
  replayed: z.boolean(),
  status: z.enum(['completed', 'no_access', 'cancelled', 'rescheduled']),
  attempt: z.object({ number: z.number().int(), standard: z.number().int().nullable() }),
  followUp: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('none') }),
      z.object({ kind: z.literal('rebook_link'), link: z.url() }),
      z.object({
        kind: z.literal('second_attempt'),
        appointmentId: z.uuid(),
        start: z.iso.datetime(),
      }),
    ])
    .nullable(),
  nextStep: z.string().nullable(),
  livingWellTenancyId: z.uuid().nullable(),
});

/** The advisor's field app: their day, and what happened at each door. Spread into `appointments`. */
export const appointmentsDayProcedures = {
  day: visitor
    .input(
      z.strictObject({
        date: dateField('visit'),
        days: z.union([z.literal(1), z.literal(7)], { error: 'Show 1 day or 7 days' }).default(1),
      }),
    )
    .output(dayOutput)
    .query(({ ctx, input }) =>
      loadDay(ctx.db, ctx.principal.staffId, input, ctx.now(), {
        interpreterLine: ctx.interpreterLine,
      }),
    ),

  recordOutcome: visitor
    .input(
      z.strictObject({
        idempotencyKey: z.uuid({ error: 'The save key must be a UUID made by the app' }),
        appointmentId,
        expectedVersion: z.number({ error: 'Give the version of the visit you saw' }).int().min(0),
        outcome: z.enum(visitOutcomes, { error: 'Choose what happened at the visit' }),
        occurredAt: instant('time of the visit'),
        cardLeft: z.boolean().optional(),
        followUp: followUp.optional(),
        note: z.string().trim().max(1000, 'Keep the note to 1000 characters').optional(),
      }),
    )
    .output(recordOutcomeOutput)
    .mutation(({ ctx, input }) =>
      recordOutcome(
        ctx.db,
        ctx.principal,
        {
          ...input,
          occurredAt: new Date(input.occurredAt),
          followUp:
            input.followUp?.kind === 'second_attempt'
              ? { kind: 'second_attempt', start: new Date(input.followUp.start) }
              : input.followUp,
        },
        ctx.now(),
        { publicUrl: ctx.publicUrl, secret: ctx.linkSecret },
      ),
    ),

  /** Re-plan the rest of a day: booked times kept, knocks moved to where they fit best. */
  reoptimise: visitor
    .input(
      z.strictObject({
        date: dateField('visit'),
        from: z
          .strictObject({
            latitude: z.number().min(-90).max(90),
            longitude: z.number().min(-180).max(180),
          })
          .optional(),
      }),
    )
    .output(dayOutput)
    .mutation(({ ctx, input }) =>
      reoptimiseDay(ctx.db, ctx.principal.staffId, input, ctx.now(), {
        interpreterLine: ctx.interpreterLine,
      }),
    ),

  /** Call by on a tenant who has not answered their Living Well invitation. */
  addKnock: caseworkProcedure
    .input(z.strictObject({ customerId: customerIdField, date: dateField('visit') }))
    .output(z.object({ appointmentId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      await assertCustomerInScope(ctx.db, ctx.principal, input.customerId);
      return addKnock(ctx.db, ctx.principal.staffId, input, ctx.now());
    }),

  /** The restricted detail, only on an explicit tap; every read is audited. */
  safeguarding: visitor
    .input(z.strictObject({ appointmentId }))
    .output(z.object({ lines: z.array(z.string()) }))
    .query(({ ctx, input }) =>
      safeguardingDetail(ctx.db, ctx.principal, input.appointmentId, ctx.now()),
    ),
};
