export type { WorkerSolveOptions } from './messages';
export { createRoutingPool, type RoutingPool } from './pool';
