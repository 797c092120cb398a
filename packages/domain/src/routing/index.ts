export { greatCircleKm, roadEstimate, roadEstimateDefaults } from './metrics';
export { rankInsertions } from './rank-insertions';
export { solve } from './solve';
export type {
  Break,
  InsertionCandidate,
  Job,
  Location,
  Plan,
  PlannedRoute,
  RankedInsertion,
  RoadEstimateOptions,
  RoutingProblem,
  SolveOptions,
  Stop,
  TimeWindow,
  Travel,
  Unassigned,
  UnassignedReason,
  Vehicle,
} from './types';
