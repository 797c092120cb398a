import type { AppRouter } from '@doorstep/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>['monitoring'];
type Inputs = inferRouterInputs<AppRouter>['monitoring'];

export type Summary = Outputs['summary'];
export type SummaryMeasure = Summary['measures'][number];
export type Breakdown = SummaryMeasure['breakdown'][number];
export type Trend = Outputs['trend'];
export type TrendWeek = Trend['weeks'][number];
export type Fairness = Outputs['fairness'];
export type FairnessRow = Fairness['rows'][number];
export type ExportInput = Inputs['export'];
