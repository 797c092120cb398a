import { livingWellStatuses } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { lockDay, moveVisit } from '../services/living-well/adjust';
import { livingWellCoverageReport } from '../services/living-well/coverage';
import { listDue } from '../services/living-well/due';
import { callOrKnockList, sendDueInvitations } from '../services/living-well/invitations';
import { DEFAULT_DAILY_CAP, DEFAULT_HORIZON_WEEKS } from '../services/living-well/load';
import { planOrganisation, planPatch } from '../services/living-well/plan';
import { loadPlanView } from '../services/living-well/view';
import { assertPatchInScope, patchScope } from '../services/scope';
import { caseworkProcedure, managerProcedure } from '../trpc/init';
import { dateField } from './fields';
import { livingWellRecordProcedures } from './living-well-record';

const patchId = z.uuid({
  error: (issue) =>
    issue.input === undefined ? 'Patch id is required' : 'Patch id must be a UUID',
});
const tenancyId = z.uuid({
  error: (issue) =>
    issue.input === undefined ? 'Tenancy id is required' : 'Tenancy id must be a UUID',
});
const time = z
  .string({ error: 'Give the time as HH:MM' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give the time as HH:MM, such as 09:30');
const horizonWeeks = z
  .number({ error: 'Give the number of weeks to plan as a whole number' })
  .int('Give the number of weeks to plan as a whole number')
  .min(1, 'Plan at least 1 week ahead')
  .max(26, 'Plan at most 26 weeks ahead')
  .default(DEFAULT_HORIZON_WEEKS);
const dailyCap = z
  .number({ error: 'Give the most meetings in a day as a whole number' })
  .int('Give the most meetings in a day as a whole number')
  .min(0, 'The most meetings in a day cannot be below 0')
  .max(10, 'The most meetings in a day is 10')
  .default(DEFAULT_DAILY_CAP);

const status = z.enum(livingWellStatuses);

const planView = z.object({
  patchId: z.uuid(),
  from: z.iso.date(),
  to: z.iso.date(),
  dailyCap: z.number().int(),
  days: z.array(
    z.object({
      date: z.iso.date(),
      locked: z.boolean(),
      travelKm: z.number(),
      visits: z.array(
        z.object({
          tenancyId: z.uuid(),
          customerName: z.string(),
          addressLine1: z.string(),
          postcode: z.string(),
          latitude: z.number(),
          longitude: z.number(),
          startTime: z.string(),
          endTime: z.string(),
          kind: z.enum(['proposed', 'locked', 'booked']),
          late: z.boolean(),
          dueOn: z.iso.date(),
          status,
        }),
      ),
    }),
  ),
  unplaced: z.array(
    z.object({ tenancyId: z.uuid(), customerName: z.string(), reason: z.string() }),
  ),
  travelKmPerVisit: z.number().nullable(),
  plannedAt: z.iso.datetime().nullable(),
});

const coverage = z.object({
  tenancies: z.number().int(),
  metLast12Months: z.number().int(),
  share: z.number().nullable(),
  overdue: z.number().int(),
  plannedNext13Weeks: z.number().int(),
  capacityNext13Weeks: z.number().int(),
  travelKmPerVisit: z.number().nullable(),
});

const planRequest = { horizonWeeks, dailyCap };

export const livingWellRouter = {
  /** Every low-cost rental tenancy of the patch: due date and status, soonest due first. */
  due: caseworkProcedure
    .input(z.strictObject({ patchId }))
    .output(
      z.object({
        tenancies: z.array(
          z.object({
            tenancyId: z.uuid(),
            reference: z.string(),
            customerId: z.uuid(),
            customerName: z.string(),
            addressLine1: z.string(),
            postcode: z.string(),
            latitude: z.number(),
            longitude: z.number(),
            status,
            dueOn: z.iso.date(),
            lastMetOn: z.iso.date().nullable(),
            overdue: z.boolean(),
            plannedOn: z.iso.date().nullable(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      assertPatchInScope(ctx.principal, input.patchId);
      return { tenancies: await listDue(ctx.db, input.patchId, ctx.now()) };
    }),

  /**
   * Re-plans the patch over the horizon (in the planning workers): every meeting due on a
   * working day before it is due, within the cap; locked days, booked visits and visits
   * already offered to tenants stay where they are.
   */
  plan: caseworkProcedure
    .input(z.strictObject({ patchId, ...planRequest }))
    .output(planView)
    .mutation(async ({ ctx, input }) => {
      assertPatchInScope(ctx.principal, input.patchId);
      const { patchId: id, ...request } = input;
      await planPatch(ctx.db, ctx.livingWell, id, ctx.now(), request, ctx.principal.staffId);
      return loadPlanView(ctx.db, id, ctx.now());
    }),

  /** The stored plan, as last made and adjusted; nothing is re-planned. */
  planView: caseworkProcedure
    .input(z.strictObject({ patchId }))
    .output(planView)
    .query(({ ctx, input }) => {
      assertPatchInScope(ctx.principal, input.patchId);
      return loadPlanView(ctx.db, input.patchId, ctx.now());
    }),

  /** The advisor moves one proposed visit; a refusal (weekend, full day, out of range…) says why. */
  moveVisit: caseworkProcedure
    .input(z.strictObject({ patchId, tenancyId, date: dateField('new'), startTime: time }))
    .output(planView)
    .mutation(async ({ ctx, input }) => {
      assertPatchInScope(ctx.principal, input.patchId);
      const { patchId: id, ...target } = input;
      await moveVisit(ctx.db, id, target, ctx.now());
      return loadPlanView(ctx.db, id, ctx.now());
    }),

  /** Locks a day (kept through re-planning, nothing added) or unlocks it. */
  lockDay: caseworkProcedure
    .input(
      z.strictObject({
        patchId,
        date: dateField('day’s'),
        locked: z.boolean({ error: 'Say whether the day is locked (true or false)' }),
      }),
    )
    .output(planView)
    .mutation(async ({ ctx, input }) => {
      assertPatchInScope(ctx.principal, input.patchId);
      await lockDay(ctx.db, input.patchId, input.date, input.locked, ctx.principal.staffId);
      return loadPlanView(ctx.db, input.patchId, ctx.now());
    }),

  /** Sends the invitations whose day has come, each offering the planned time first. */
  sendInvitations: caseworkProcedure
    .input(z.strictObject({ patchId }))
    .output(z.object({ sent: z.number().int(), notYet: z.number().int() }))
    .mutation(({ ctx, input }) => {
      assertPatchInScope(ctx.principal, input.patchId);
      return sendDueInvitations(ctx.db, ctx.principal, input.patchId, ctx.now(), {
        publicUrl: ctx.publicUrl,
        secret: ctx.linkSecret,
      });
    }),

  /** Tenants invited who have not booked within the response time, or asked for a call. */
  callOrKnock: caseworkProcedure
    .input(z.strictObject({ patchId }))
    .output(
      z.array(
        z.object({
          tenancyId: z.uuid(),
          customerId: z.uuid(),
          customerName: z.string(),
          addressLine1: z.string(),
          phone: z.string().nullable(),
          invitedOn: z.iso.date(),
          plannedOn: z.iso.date(),
        }),
      ),
    )
    .query(({ ctx, input }) => {
      assertPatchInScope(ctx.principal, input.patchId);
      return callOrKnockList(ctx.db, input.patchId, ctx.now(), ctx.livingWell.responseWorkingDays);
    }),

  /** Coverage of one patch, or of every patch the caller works on (all, for managers). */
  coverage: caseworkProcedure
    .input(z.strictObject({ patchId: patchId.optional() }).optional())
    .output(
      z.object({
        overall: coverage,
        patches: z.array(coverage.extend({ patchId: z.uuid(), patchName: z.string() })),
      }),
    )
    .query(({ ctx, input }) => {
      if (input?.patchId) assertPatchInScope(ctx.principal, input.patchId);
      const scope = input?.patchId ? [input.patchId] : patchScope(ctx.principal);
      return livingWellCoverageReport(ctx.db, scope, ctx.now());
    }),

  /** The whole organisation: one planning task per patch, spread over the workers. */
  planAll: managerProcedure
    .input(z.strictObject(planRequest).optional())
    .output(
      z.object({
        plans: z.array(
          z.object({
            patchId: z.uuid(),
            placed: z.number().int(),
            unplaced: z.number().int(),
            travelKm: z.number(),
            travelKmPerVisit: z.number().nullable(),
          }),
        ),
        skipped: z.array(z.object({ patchId: z.uuid(), reason: z.string() })),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const request = {
        horizonWeeks: input?.horizonWeeks ?? DEFAULT_HORIZON_WEEKS,
        dailyCap: input?.dailyCap ?? DEFAULT_DAILY_CAP,
      };
      return planOrganisation(ctx.db, ctx.livingWell, ctx.now(), request, ctx.principal.staffId);
    }),

  ...livingWellRecordProcedures,
} satisfies TRPCRouterRecord;
