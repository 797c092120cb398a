import type { AppRouter } from '@doorstep/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>['livingWell'];

export type PlanView = Outputs['planView'];
export type PlanDay = PlanView['days'][number];
export type PlanVisit = PlanDay['visits'][number];
export type CallOrKnockEntry = Outputs['callOrKnock'][number];
export type CoverageReport = Outputs['coverage'];
export type Coverage = CoverageReport['overall'];
