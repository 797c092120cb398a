import { buildModel } from './model';
import { toPlan } from './plan';
import { search } from './search';
import type { Plan, RoutingProblem, SolveOptions } from './types';

/**
 * Plans the routes: the best plan found within the limits. Invalid input throws a
 * DomainError('INVALID_INPUT') naming the item; jobs that cannot fit come back unassigned
 * with a reason.
 */
export const solve = (problem: RoutingProblem, options: SolveOptions = {}): Plan => {
  // The time limit covers building the model too: for a thousand jobs that is a fair share.
  const startedAt =
    options.timeLimitMs === undefined ? undefined : (options.now ?? (() => performance.now()))();
  const model = buildModel(problem);
  return toPlan(model, search(model, options, startedAt));
};
