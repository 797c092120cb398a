import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRoutes, randomProblem } from '../../test-support/routing';
import { solve } from './solve';
import type { Plan, RoutingProblem } from './types';

const asRoutes = (problem: RoutingProblem, plan: Plan) =>
  plan.routes.map((route) => ({
    vehicle: problem.vehicles.findIndex((v) => v.id === route.vehicleId),
    stops: route.stops.map((stop) =>
      stop.kind === 'break'
        ? ('break' as const)
        : problem.jobs.findIndex((j) => j.id === stop.jobId),
    ),
  }));

const permutations = function* (items: number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield items;
    return;
  }
  for (const [i, first] of items.entries()) {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)]))
      yield [first, ...rest];
  }
};

/** Every order of the jobs, cut into two routes at every point: the true optimum, slowly. */
const bruteForce = (problem: RoutingProblem): number => {
  let best = Number.POSITIVE_INFINITY;
  const jobs = [...problem.jobs.keys()];
  for (const order of permutations(jobs)) {
    for (let cut = 0; cut <= order.length; cut++) {
      const routes = [
        { vehicle: 0, stops: order.slice(0, cut) },
        { vehicle: 1, stops: order.slice(cut) },
      ];
      const result = evaluateRoutes(problem, routes);
      if (result.feasible) best = Math.min(best, result.distance);
    }
  }
  return best;
};

describe('solve', () => {
  it('finds the exact optimum of tiny instances (brute force, up to 8 jobs)', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 4, max: 7 }),
        (seed, jobs) => {
          const problem = randomProblem(seed, { jobs, vehicles: 2, features: false });
          const optimum = bruteForce(problem);
          if (!Number.isFinite(optimum)) return;
          compared++;
          const plan = solve(problem, { seed, maxIterations: 2000 });
          expect(plan.unassigned).toEqual([]);
          expect(plan.distance).toBeCloseTo(optimum, 6);
        },
      ),
      { numRuns: 25, seed: 20261123 },
    );
    const eight = randomProblem(8, { jobs: 8, vehicles: 2, features: false });
    const optimum = bruteForce(eight);
    expect(Number.isFinite(optimum)).toBe(true);
    expect(solve(eight, { seed: 1, maxIterations: 2000 }).distance).toBeCloseTo(optimum, 6);
    expect(compared).toBeGreaterThan(10);
  });

  it('is deterministic for a seed and an iteration limit', () => {
    const problem = randomProblem(42, { jobs: 30, vehicles: 4 });
    const first = solve(problem, { seed: 7, maxIterations: 400 });
    expect(solve(problem, { seed: 7, maxIterations: 400 })).toEqual(first);
  });

  it('returns feasible plans whose times and distances add up', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const problem = randomProblem(seed, { jobs: 12 });
        const plan = solve(problem, { seed, maxIterations: 150 });
        const check = evaluateRoutes(problem, asRoutes(problem, plan));
        expect(check.feasible).toBe(true);
        expect(plan.distance).toBeCloseTo(check.distance, 6);
        const served = plan.routes.flatMap((r) => r.stops.filter((s) => s.kind === 'job'));
        expect(served.length + plan.unassigned.length).toBe(problem.jobs.length);
        for (const route of plan.routes) {
          let clock = route.departure;
          for (const stop of route.stops) {
            expect(stop.arrival).toBeGreaterThanOrEqual(clock - 1e-9);
            expect(stop.start).toBeCloseTo(stop.arrival + stop.wait, 9);
            expect(stop.departure).toBeGreaterThanOrEqual(stop.start);
            clock = stop.departure;
          }
          expect(route.arrival).toBeGreaterThanOrEqual(clock - 1e-9);
          expect(route.duration).toBeCloseTo(route.arrival - route.departure, 9);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('stops at the time limit, reading only the clock it is given', () => {
    let now = 0;
    const clock = () => {
      now += 10;
      return now;
    };
    const plan = solve(randomProblem(3, { jobs: 20 }), { seed: 1, timeLimitMs: 200, now: clock });
    expect(plan.routes.length).toBeGreaterThan(0);
    expect(now).toBeLessThan(400);
  });

  it('runs a default, repeatable number of iterations without limits', () => {
    const problem = randomProblem(5, { jobs: 10 });
    expect(solve(problem)).toEqual(solve(problem));
  });
});
