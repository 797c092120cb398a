import { type Database, monitoringFigures } from '@doorstep/db';
import {
  ALL,
  DomainError,
  definitionOn,
  type FairnessTable,
  fairnessMeasures,
  fairnessTable,
  type GroupDimension,
  type GroupFigure,
  groupDimensions,
  lastWeeks,
  londonDate,
  type MeasureId,
  measureDefinitions,
  measureIds,
  type RateMeasure,
} from '@doorstep/domain';
import { and, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { breakdownLabel } from './labels';
import { type FinishedRun, latestRun } from './runs';

/** The dimensions a summary shows beside a figure; customer groups are the fairness table's. */
export const breakdownDimensions = ['appointment_type', 'state', 'channel', 'area', 'topic'];
const stateOrder = ['met', 'due', 'in_date', 'open', 'at_risk', 'overdue', 'late', 'no_record'];

const rateOf = (met: number, counted: number): number | null =>
  counted === 0 ? null : met / counted;

const inPatch = (patchId: string | undefined): SQL =>
  patchId === undefined
    ? isNull(monitoringFigures.patchId)
    : eq(monitoringFigures.patchId, patchId);

export interface BreakdownRow {
  dimension: string;
  group: string;
  label: string;
  counted: number;
  met: number;
}

export interface MeasureSummary {
  id: MeasureId;
  label: string;
  definition: string;
  source: string;
  kind: 'rate' | 'count';
  fairness: boolean;
  counted: number;
  met: number;
  rate: number | null;
  breakdown: BreakdownRow[];
}

export interface Summary {
  asOf: string;
  computedAt: string | null;
  measures: MeasureSummary[];
}

const byBreakdown = (a: BreakdownRow, b: BreakdownRow): number => {
  if (a.dimension !== b.dimension)
    return breakdownDimensions.indexOf(a.dimension) - breakdownDimensions.indexOf(b.dimension);
  if (a.dimension === 'state') return stateOrder.indexOf(a.group) - stateOrder.indexOf(b.group);
  return b.counted - a.counted || a.label.localeCompare(b.label);
};

/** Every measure's 12-month figure and its breakdowns, for the organisation or one patch. */
export async function monitoringSummary(
  db: Database,
  input: { patchId?: string | undefined; now?: Date },
): Promise<Summary> {
  const run = await latestRun(db);
  if (!run) return { asOf: londonDate(input.now ?? new Date()), computedAt: null, measures: [] };
  const rows = await db
    .select({
      measure: monitoringFigures.measure,
      dimension: monitoringFigures.dimension,
      groupKey: monitoringFigures.groupKey,
      counted: monitoringFigures.counted,
      met: monitoringFigures.met,
    })
    .from(monitoringFigures)
    .where(
      and(
        eq(monitoringFigures.runId, run.id),
        inPatch(input.patchId),
        isNull(monitoringFigures.weekStart),
        inArray(monitoringFigures.dimension, [ALL, ...breakdownDimensions]),
      ),
    );
  const measures = measureIds.map((id): MeasureSummary => {
    const definition = measureDefinitions[id];
    const own = rows.filter((row) => row.measure === id);
    const total = own.find((row) => row.dimension === ALL);
    const counted = total?.counted ?? 0;
    const met = total?.met ?? 0;
    return {
      id,
      label: definition.label,
      definition: definitionOn(id, run.asOf),
      source: definition.source,
      kind: definition.kind,
      fairness: definition.fairness,
      counted,
      met,
      rate: definition.kind === 'rate' ? rateOf(met, counted) : null,
      breakdown: own
        .filter((row) => row.dimension !== ALL)
        .map((row) => ({
          dimension: row.dimension,
          group: row.groupKey,
          label: breakdownLabel(row.dimension, row.groupKey),
          counted: row.counted,
          met: row.met,
        }))
        .sort(byBreakdown),
    };
  });
  return { asOf: run.asOf, computedAt: run.finishedAt.toISOString(), measures };
}

export interface Trend {
  measure: MeasureId;
  label: string;
  asOf: string;
  computedAt: string | null;
  weeks: { weekStart: string; counted: number; met: number; rate: number | null }[];
}

/** The measure week by week over the 52 weeks to the date of the figures, oldest first. */
export async function monitoringTrend(
  db: Database,
  input: { measure: MeasureId; patchId?: string | undefined; now?: Date },
): Promise<Trend> {
  const run = await latestRun(db);
  const asOf = run?.asOf ?? londonDate(input.now ?? new Date());
  const rows = run
    ? await db
        .select({
          weekStart: monitoringFigures.weekStart,
          counted: monitoringFigures.counted,
          met: monitoringFigures.met,
        })
        .from(monitoringFigures)
        .where(
          and(
            eq(monitoringFigures.runId, run.id),
            eq(monitoringFigures.measure, input.measure),
            inPatch(input.patchId),
            isNotNull(monitoringFigures.weekStart),
            eq(monitoringFigures.dimension, ALL),
          ),
        )
    : [];
  const byWeek = new Map(rows.map((row) => [row.weekStart, row]));
  const rate = measureDefinitions[input.measure].kind === 'rate';
  return {
    measure: input.measure,
    label: measureDefinitions[input.measure].label,
    asOf,
    computedAt: run?.finishedAt.toISOString() ?? null,
    weeks: lastWeeks(asOf).map((weekStart) => {
      const counted = byWeek.get(weekStart)?.counted ?? 0;
      const met = byWeek.get(weekStart)?.met ?? 0;
      return { weekStart, counted, met, rate: rate ? rateOf(met, counted) : null };
    }),
  };
}

export interface Fairness extends FairnessTable {
  measure: RateMeasure;
  label: string;
  asOf: string;
  computedAt: string | null;
}

/** Refuses a measure that is not split by customer group, in words. */
export function fairnessMeasure(measure: MeasureId): RateMeasure {
  const found = fairnessMeasures.find((id) => id === measure);
  if (found) return found;
  const { label, kind } = measureDefinitions[measure];
  throw new DomainError(
    'INVALID_INPUT',
    kind === 'count'
      ? `${label} is a count, not a rate, so it has no fairness table.`
      : `${label} is counted per home, not per customer, so it is not split by customer group.`,
    { field: 'measure' },
  );
}

const isGroupDimension = (dimension: string): dimension is GroupDimension =>
  (groupDimensions as readonly string[]).includes(dimension);

/**
 * The measure split by customer group over the 12 months, each group with its Wilson interval,
 * small groups suppressed and worse-off groups flagged (the domain's fairness table).
 */
export async function monitoringFairness(
  db: Database,
  input: { measure: MeasureId; patchId?: string | undefined; now?: Date },
  knownRun?: FinishedRun | null,
): Promise<Fairness> {
  const measure = fairnessMeasure(input.measure);
  const run = knownRun === undefined ? await latestRun(db) : knownRun;
  const rows = run
    ? await db
        .select({
          dimension: monitoringFigures.dimension,
          groupKey: monitoringFigures.groupKey,
          counted: monitoringFigures.counted,
          met: monitoringFigures.met,
        })
        .from(monitoringFigures)
        .where(
          and(
            eq(monitoringFigures.runId, run.id),
            eq(monitoringFigures.measure, measure),
            inPatch(input.patchId),
            isNull(monitoringFigures.weekStart),
          ),
        )
    : [];
  const total = rows.find((row) => row.dimension === ALL);
  const groups = rows.flatMap((row): GroupFigure[] =>
    isGroupDimension(row.dimension)
      ? [{ dimension: row.dimension, group: row.groupKey, counted: row.counted, met: row.met }]
      : [],
  );
  const table = fairnessTable({ counted: total?.counted ?? 0, met: total?.met ?? 0 }, groups);
  return {
    measure,
    label: measureDefinitions[measure].label,
    asOf: run?.asOf ?? londonDate(input.now ?? new Date()),
    computedAt: run?.finishedAt.toISOString() ?? null,
    ...table,
  };
}
