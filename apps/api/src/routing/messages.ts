import type { DomainErrorCode, Plan, RoutingProblem, SolveOptions } from '@doorstep/domain';

/** What crosses the thread boundary: structured-clone data only, so no clock function. */
export type WorkerSolveOptions = Omit<SolveOptions, 'now'>;

export interface WorkerRequest {
  readonly id: number;
  readonly problem: RoutingProblem;
  readonly options: WorkerSolveOptions;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly plan: Plan }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { message: string; code?: DomainErrorCode };
    };
