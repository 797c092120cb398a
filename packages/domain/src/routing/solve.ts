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
  const model = buildModel(problem);
  return toPlan(model, search(model, options));
};
