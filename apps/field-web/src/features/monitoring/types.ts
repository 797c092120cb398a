import type { FairnessTable } from '@doorstep/domain';

// The shapes in /work/monitoring-contract.md, until the monitoring router is committed.
export interface Breakdown {
  dimension: string;
  group: string;
  label: string;
  counted: number;
  met: number;
}
export interface SummaryMeasure {
  id: string;
  label: string;
  definition: string;
  source: string;
  kind: 'rate' | 'count';
  counted: number;
  met: number;
  rate: number | null;
  breakdown: Breakdown[];
}
export interface Summary {
  asOf: string;
  computedAt: string | null;
  measures: SummaryMeasure[];
}
export interface TrendWeek {
  weekStart: string;
  counted: number;
  met: number;
  rate: number | null;
}
export interface Trend {
  measure: string;
  label: string;
  weeks: TrendWeek[];
}
export type Fairness = FairnessTable & { asOf: string };
export type FairnessRow = Fairness['rows'][number];
export interface ExportInput {
  table: 'summary' | 'trend' | 'fairness';
  measure?: string;
  patchId?: string;
}
