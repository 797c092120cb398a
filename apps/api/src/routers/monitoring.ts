import {
  DomainError,
  fairnessMeasures,
  groupDimensions,
  type MeasureId,
  measureIds,
} from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { recordFairnessRead } from '../services/monitoring/audit';
import { exportTables, monitoringExport } from '../services/monitoring/export';
import {
  fairnessMeasure,
  monitoringFairness,
  monitoringSummary,
  monitoringTrend,
} from '../services/monitoring/read';
import { refreshMonitoring } from '../services/monitoring/refresh';
import { latestRun } from '../services/monitoring/runs';
import { assertMonitoringPatch } from '../services/monitoring/scope';
import { procedureFor } from '../trpc/init';

/** Totals only: every member of staff, advisors confined to their own patches. */
const figuresProcedure = procedureFor(['advisor', 'community', 'manager', 'admin'], {
  patchScoped: true,
});
/** Figures drawn from special-category answers, and the work of recomputing everything. */
const managementProcedure = procedureFor(['manager', 'admin']);

const patchId = z
  .uuid({ error: 'Patch id must be a UUID' })
  .optional()
  .describe('Leave out for the whole organisation');
const measure = z.enum(measureIds as [MeasureId, ...MeasureId[]], {
  error: `Choose a measure: ${measureIds.join(', ')}`,
});

const measureOutput = z.enum(measureIds as [MeasureId, ...MeasureId[]]);
const rate = z.number().min(0).max(1).nullable();

const summaryOutput = z.object({
  asOf: z.iso.date(),
  computedAt: z.iso.datetime().nullable(),
  measures: z.array(
    z.object({
      id: measureOutput,
      label: z.string(),
      definition: z.string(),
      source: z.string(),
      kind: z.enum(['rate', 'count']),
      fairness: z.boolean(),
      counted: z.number().int(),
      met: z.number().int(),
      rate,
      breakdown: z.array(
        z.object({
          dimension: z.string(),
          group: z.string(),
          label: z.string(),
          counted: z.number().int(),
          met: z.number().int(),
        }),
      ),
    }),
  ),
});

const trendOutput = z.object({
  measure: measureOutput,
  label: z.string(),
  asOf: z.iso.date(),
  computedAt: z.iso.datetime().nullable(),
  weeks: z.array(
    z.object({
      weekStart: z.iso.date(),
      counted: z.number().int(),
      met: z.number().int(),
      rate,
    }),
  ),
});

const bound = z.number().min(0).max(1);
const fairnessOutput = z.object({
  measure: z.enum(fairnessMeasures as [MeasureId, ...MeasureId[]]),
  label: z.string(),
  asOf: z.iso.date(),
  computedAt: z.iso.datetime().nullable(),
  overall: z.object({
    counted: z.number().int(),
    met: z.number().int(),
    rate,
    low: bound,
    high: bound,
  }),
  rows: z.array(
    z.object({
      dimension: z.enum(groupDimensions),
      dimensionLabel: z.string(),
      group: z.string(),
      groupLabel: z.string(),
      suppressed: z.boolean(),
      note: z.string().nullable(),
      counted: z.number().int().nullable(),
      met: z.number().int().nullable(),
      rate,
      low: bound.nullable(),
      high: bound.nullable(),
      flagged: z.boolean(),
    }),
  ),
});

export const monitoringRouter = {
  /** Every measure over the 12 months to the newest run, with its definition and breakdown. */
  summary: figuresProcedure
    .input(z.strictObject({ patchId }).optional())
    .output(summaryOutput)
    .query(async ({ ctx, input }) => {
      await assertMonitoringPatch(ctx.db, ctx.principal, input?.patchId);
      return monitoringSummary(ctx.db, { patchId: input?.patchId, now: ctx.now() });
    }),

  /** One measure week by week: 52 weeks, oldest first, weeks with nothing counted as 0. */
  trend: figuresProcedure
    .input(z.strictObject({ measure, patchId }))
    .output(trendOutput)
    .query(async ({ ctx, input }) => {
      await assertMonitoringPatch(ctx.db, ctx.principal, input.patchId);
      return monitoringTrend(ctx.db, { ...input, now: ctx.now() });
    }),

  /** A rate split by customer group (000 §2.13); reading it is audited. */
  fairness: managementProcedure
    .input(z.strictObject({ measure, patchId }))
    .output(fairnessOutput)
    .query(async ({ ctx, input }) => {
      const chosen = fairnessMeasure(input.measure);
      await assertMonitoringPatch(ctx.db, ctx.principal, input.patchId);
      const run = await latestRun(ctx.db);
      const table = await monitoringFairness(ctx.db, { ...input, now: ctx.now() }, run);
      await recordFairnessRead(ctx.db, ctx.principal, chosen, 'monitoring.fairness', ctx.now());
      return table;
    }),

  /** Any table as CSV, safe to open in a spreadsheet; the fairness table for managers only. */
  export: figuresProcedure
    .input(
      z.strictObject({
        table: z.enum(exportTables, { error: 'Choose the table: summary, trend or fairness' }),
        measure: measure.optional(),
        patchId,
      }),
    )
    .output(z.object({ filename: z.string(), csv: z.string() }))
    .query(async ({ ctx, input }) => {
      if (input.table === 'fairness' && !['manager', 'admin'].includes(ctx.principal.role)) {
        throw new DomainError('FORBIDDEN', 'Only managers can download the fairness table.');
      }
      await assertMonitoringPatch(ctx.db, ctx.principal, input.patchId);
      const file = await monitoringExport(ctx.db, { ...input, now: ctx.now() });
      if (input.table === 'fairness' && input.measure) {
        await recordFairnessRead(
          ctx.db,
          ctx.principal,
          fairnessMeasure(input.measure),
          'monitoring.export',
          ctx.now(),
        );
      }
      return file;
    }),

  /** Recomputes every figure now, instead of waiting for the 05:00 run. */
  refresh: managementProcedure
    .input(z.strictObject({}).optional())
    .output(
      z.object({
        asOf: z.iso.date(),
        computedAt: z.iso.datetime(),
        records: z.number().int(),
        ms: z.number(),
      }),
    )
    .mutation(async ({ ctx }) => {
      const result = await refreshMonitoring(ctx.db, { now: ctx.now() });
      return {
        asOf: result.asOf,
        computedAt: result.computedAt,
        records: result.records,
        ms: result.ms,
      };
    }),
} satisfies TRPCRouterRecord;
