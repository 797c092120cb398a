import type {
  DomainErrorCode,
  Plan,
  PlannerInput,
  PlannerOptions,
  PlanResult,
  RoutingProblem,
  SolveOptions,
} from '@doorstep/domain';

/** What crosses the thread boundary: structured-clone data only, so no clock function. */
export type WorkerSolveOptions = Omit<SolveOptions, 'now'>;
export type WorkerPlanOptions = Omit<PlannerOptions, 'now'>;

/** One piece of work: a routing problem, or a Living Well plan for one advisor's patch. */
export type WorkerTask =
  | {
      readonly kind: 'solve';
      readonly problem: RoutingProblem;
      readonly options: WorkerSolveOptions;
    }
  | { readonly kind: 'plan'; readonly input: PlannerInput; readonly options: WorkerPlanOptions };

export interface WorkerRequest {
  readonly id: number;
  readonly task: WorkerTask;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: Plan | PlanResult }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { message: string; code?: DomainErrorCode };
    };
