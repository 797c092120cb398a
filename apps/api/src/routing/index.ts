export type { WorkerPlanOptions, WorkerSolveOptions } from './messages';
export { createRoutingPool, lazyPlanningPool, type RoutingPool } from './pool';
