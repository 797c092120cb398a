import { dropInFollowUpKinds } from '@doorstep/db';
import { dropInTextLimits, londonDate, venueFacts } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { linkAttendee, recordAttendance } from '../services/drop-ins/attendance';
import {
  CUSTOMER_SEARCH_LIMIT,
  findCustomers,
  parseCustomerQuery,
} from '../services/drop-ins/attendees';
import {
  addInterest,
  cancelOccurrence,
  changeOccurrenceVenue,
  listOccurrences,
  moveOccurrence,
  reinstateOccurrence,
} from '../services/drop-ins/occurrences';
import { publicList, publicPoster, publicSession } from '../services/drop-ins/public';
import { assertCanActFor } from '../services/drop-ins/scope';
import {
  createSeries,
  getSeries,
  listSeries,
  previewSchedule,
  setPublished,
  updateSeries,
} from '../services/drop-ins/series';
import { communityProcedure, procedureFor, publicProcedure, staffProcedure } from '../trpc/init';
import {
  areaSlugField,
  attendanceTrendOutput,
  occurrenceChangeOutput,
  occurrenceKey,
  occurrenceOutput,
  occurrenceViewOutput,
  optionalText,
  posterOutput,
  publicListOutput,
  publicSessionOutput,
  reasonField,
  scheduleInput,
  seriesIdField,
  seriesInput,
  seriesSummaryOutput,
  timeField,
  topicsField,
  venueFactField,
  venueIdField,
} from './drop-in-shapes';
import { customerIdField, dateField } from './fields';

/** Staff who run sessions on the day: advisors as well as the community team. */
const sessionStaffProcedure = procedureFor(['advisor', 'community', 'manager']);
/** The same, for calls naming a customer: an advisor only for customers in their patches. */
const sessionCaseworkProcedure = procedureFor(['advisor', 'community', 'manager'], {
  patchScoped: true,
});

const idInput = z.strictObject({ id: seriesIdField });

/** "Jones", "Jones, L36" or a tenancy reference, read by parseCustomerQuery. */
const customerQueryField = z
  .string({ error: 'Type part of their name, or their tenancy reference' })
  .trim()
  .min(3, 'Type at least 3 characters: part of their name, or their tenancy reference')
  .max(80, 'Keep the search to 80 characters')
  .transform((query, ctx) => {
    const parsed = parseCustomerQuery(query);
    if (!('problem' in parsed)) return parsed;
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  });

const seriesRouter = {
  list: staffProcedure
    .output(z.array(seriesSummaryOutput))
    .query(({ ctx }) => listSeries(ctx.db, ctx.now())),

  byId: staffProcedure
    .input(idInput)
    .output(
      seriesSummaryOutput.extend({
        rrule: z.string(),
        startTime: z.string(),
        endTime: z.string(),
        clashRule: scheduleInput.clashRule,
        sequence: z.number().int(),
        upcoming: z.array(occurrenceViewOutput),
        attendance: attendanceTrendOutput,
      }),
    )
    .query(({ ctx, input }) => getSeries(ctx.db, input.id, ctx.now())),

  /**
   * What a schedule would give, before it is saved. With `seriesId`, that series' changes to
   * single occurrences are shown too.
   */
  preview: communityProcedure
    .input(z.strictObject({ ...scheduleInput, seriesId: seriesIdField.optional() }))
    .output(
      z.object({
        description: z.string(),
        endsOn: z.iso.date(),
        perYear: z.number().int(),
        occurrences: z.array(occurrenceOutput.extend({ venueName: z.string() })),
      }),
    )
    .query(({ ctx, input }) => previewSchedule(ctx.db, input, ctx.now())),

  create: communityProcedure
    .input(z.strictObject(seriesInput))
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => createSeries(ctx.db, input, ctx.principal.staffId)),

  /** Only the fields given change; every update tells subscribed calendars (SEQUENCE + 1). */
  update: communityProcedure
    .input(z.strictObject({ id: seriesIdField, ...z.object(seriesInput).partial().shape }))
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { id, ...fields } = input;
      return updateSeries(ctx.db, id, fields, ctx.now());
    }),

  publish: communityProcedure
    .input(idInput)
    .output(z.object({ id: z.uuid(), published: z.boolean() }))
    .mutation(({ ctx, input }) => setPublished(ctx.db, input.id, true, ctx.now())),

  unpublish: communityProcedure
    .input(idInput)
    .output(z.object({ id: z.uuid(), published: z.boolean() }))
    .mutation(({ ctx, input }) => setPublished(ctx.db, input.id, false, ctx.now())),
} satisfies TRPCRouterRecord;

const occurrenceChange = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ ...occurrenceKey, ...shape, reason: reasonField });

const occurrencesRouter = {
  /** Every occurrence of every series (or one) in a date range, with attendance once recorded. */
  list: staffProcedure
    .input(
      z
        .strictObject({
          from: dateField('first'),
          to: dateField('last'),
          seriesId: seriesIdField.optional(),
        })
        .refine((range) => range.to >= range.from, {
          error: 'The last date must be on or after the first',
          path: ['to'],
        }),
    )
    .output(z.array(occurrenceViewOutput.extend({ attendance: z.number().int().nullable() })))
    .query(({ ctx, input }) => listOccurrences(ctx.db, input)),

  cancel: communityProcedure
    .input(occurrenceChange({}))
    .output(occurrenceChangeOutput)
    .mutation(({ ctx, input }) =>
      cancelOccurrence(ctx.db, input, ctx.principal.staffId, ctx.now()),
    ),

  reinstate: communityProcedure
    .input(occurrenceChange({}))
    .output(occurrenceChangeOutput)
    .mutation(({ ctx, input }) =>
      reinstateOccurrence(ctx.db, input, ctx.principal.staffId, ctx.now()),
    ),

  move: communityProcedure
    .input(
      occurrenceChange({
        date: dateField('new'),
        startTime: timeField('start'),
        endTime: timeField('end'),
      }).refine((move) => move.endTime > move.startTime, {
        error: 'The session must end after it starts',
        path: ['endTime'],
      }),
    )
    .output(occurrenceChangeOutput)
    .mutation(({ ctx, input }) => moveOccurrence(ctx.db, input, ctx.principal.staffId, ctx.now())),

  changeVenue: communityProcedure
    .input(occurrenceChange({ venueId: venueIdField }))
    .output(occurrenceChangeOutput)
    .mutation(({ ctx, input }) =>
      changeOccurrenceVenue(ctx.db, input, ctx.principal.staffId, ctx.now()),
    ),

  /** A customer said they would come: they are told if this occurrence changes. */
  addInterest: sessionCaseworkProcedure
    .input(z.strictObject({ ...occurrenceKey, customerId: customerIdField }))
    .output(z.object({ added: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await assertCanActFor(ctx.db, ctx.principal, input.customerId);
      return addInterest(ctx.db, input, ctx.principal.staffId);
    }),

  /** How many came and what they raised; recording again replaces the earlier figures. */
  recordAttendance: sessionStaffProcedure
    .input(
      z.strictObject({
        ...occurrenceKey,
        count: z
          .number({ error: 'Give the number of people who came' })
          .int('Give a whole number of people')
          .min(0, 'The number of people cannot be negative')
          .max(10_000, 'That is more people than a drop-in holds'),
        topics: topicsField,
        notes: optionalText('notes', 'notes').optional(),
      }),
    )
    .output(
      z.object({
        seriesId: z.uuid(),
        originalDate: z.iso.date(),
        count: z.number().int(),
        recordedAt: z.iso.datetime(),
      }),
    )
    .mutation(({ ctx, input }) =>
      recordAttendance(ctx.db, input, ctx.principal.staffId, ctx.now()),
    ),

  /**
   * Who someone at a session is, so they can be linked: name and first address line only,
   * never contact details or access needs. Not `patchScoped` in the access matrix's sense (it
   * refuses nobody for a patch): an advisor's results are confined to their patches instead.
   */
  findCustomer: sessionStaffProcedure
    .input(z.strictObject({ query: customerQueryField }))
    .output(
      z
        .array(
          z.object({
            customerId: z.uuid(),
            name: z.string(),
            addressLine1: z.string(),
            postcode: z.string(),
          }),
        )
        .max(CUSTOMER_SEARCH_LIMIT),
    )
    .query(({ ctx, input }) =>
      findCustomers(ctx.db, ctx.principal, input.query, londonDate(ctx.now())),
    ),

  /** Someone at a session wants more help: a task for their advisor, or a booking invitation. */
  linkAttendee: sessionCaseworkProcedure
    .input(
      z.strictObject({
        ...occurrenceKey,
        customerId: customerIdField,
        followUp: z.enum(dropInFollowUpKinds, { error: 'Choose a follow-up: task or invitation' }),
        note: z
          .string({ error: 'Say what they need help with' })
          .trim()
          .min(10, 'Say what they need help with in at least 10 characters')
          .max(dropInTextLimits.notes, `Keep the note to ${dropInTextLimits.notes} characters`),
      }),
    )
    .output(
      z.object({
        id: z.uuid(),
        followUp: z.enum(dropInFollowUpKinds),
        /** The advisor of the customer's patch, who owns the task; null when it has none. */
        ownerName: z.string().nullable(),
        invitationId: z.uuid().nullable(),
        /** For an invitation: the booking link, shown once (it is also sent to the customer). */
        link: z.url().nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertCanActFor(ctx.db, ctx.principal, input.customerId);
      return linkAttendee(ctx.db, ctx.principal, input, ctx.now(), {
        publicUrl: ctx.publicUrl,
        secret: ctx.linkSecret,
      });
    }),
} satisfies TRPCRouterRecord;

/** For the public pages: published series only, nothing about any customer. */
const publicRouter = {
  list: publicProcedure
    .input(
      z
        .strictObject({
          area: areaSlugField.optional(),
          from: dateField('first').optional(),
          to: dateField('last').optional(),
          needs: z.array(venueFactField).max(venueFacts.length).optional(),
        })
        .optional(),
    )
    .output(publicListOutput)
    .query(({ ctx, input }) => publicList(ctx.db, input ?? {}, ctx.now())),

  session: publicProcedure
    .input(z.strictObject(occurrenceKey))
    .output(publicSessionOutput.extend({ description: z.string() }))
    .query(({ ctx, input }) => publicSession(ctx.db, input)),

  poster: publicProcedure
    .input(
      z.strictObject({
        area: areaSlugField,
        month: z
          .string({ error: 'Give the month as YYYY-MM' })
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Give the month as YYYY-MM'),
      }),
    )
    .output(posterOutput)
    .query(({ ctx, input }) => publicPoster(ctx.db, input)),

  /** Where the map tiles come from; a page with no tiles reachable still lists every session. */
  config: publicProcedure
    .output(z.object({ tileUrl: z.string(), attribution: z.string() }))
    .query(({ ctx }) => ctx.mapTiles),
} satisfies TRPCRouterRecord;

export const dropInsRouter = {
  series: seriesRouter,
  occurrences: occurrencesRouter,
  public: publicRouter,
} satisfies TRPCRouterRecord;
