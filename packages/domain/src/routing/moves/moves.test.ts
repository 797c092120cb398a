import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRoutes, randomProblem, type SimpleRoute } from '../../../test-support/routing';
import { bestInRoute, greedyInsert } from '../insertion';
import { neighbourhood } from '../local-search';
import { buildModel, type Model, ownerOf } from '../model';
import { createRng } from '../rng';
import { Solution } from '../solution';
import { applyParts, type Offer } from './move';

const simple = (m: Model, sol: Solution): SimpleRoute[] =>
  sol.routes.map((route) => ({
    vehicle: route.vehicle,
    stops: route.nodes
      .slice(1, -1)
      .map((node) =>
        node < m.jobCount ? node : ownerOf(m, node) === route.vehicle ? 'break' : 'other-break',
      ),
  }));

const startingSolution = (seed: number) => {
  const problem = randomProblem(seed);
  const m = buildModel(problem);
  const sol = new Solution(m);
  const rng = createRng(seed);
  const order = [...Array(m.jobCount).keys()].sort(() => rng() - 0.5);
  greedyInsert(sol, order);
  return { problem, m, sol };
};

describe('moves', () => {
  it('start from feasible solutions whose cached distance is the real one', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { problem, m, sol } = startingSolution(seed);
        const check = evaluateRoutes(problem, simple(m, sol));
        expect(check.feasible).toBe(true);
        expect(sol.distance).toBeCloseTo(check.distance, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('report feasibility and distance change exactly as a full re-evaluation does', () => {
    let feasibleMoves = 0;
    let infeasibleMoves = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { problem, m, sol } = startingSolution(seed);
        const before = evaluateRoutes(problem, simple(m, sol)).distance;
        const offer: Offer = (delta, parts) => {
          const trial = sol.copy();
          applyParts(trial, parts());
          const after = evaluateRoutes(problem, simple(m, trial));
          expect(after.feasible).toBe(Number.isFinite(delta));
          if (Number.isFinite(delta)) {
            feasibleMoves++;
            expect(after.distance - before).toBeCloseTo(delta, 6);
            expect(trial.distance - sol.distance).toBeCloseTo(delta, 6);
          } else infeasibleMoves++;
          return false;
        };
        for (let u = 0; u < m.jobCount; u++) {
          for (let v = 0; v < m.jobCount; v++) {
            if (u !== v && sol.routeOf[u] !== -1 && sol.routeOf[v] !== -1)
              neighbourhood(sol, u, v, offer);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(feasibleMoves).toBeGreaterThan(1000);
    expect(infeasibleMoves).toBeGreaterThan(1000);
  });

  it('find the cheapest feasible place for a job, as trying every place in full does', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { problem, m, sol } = startingSolution(seed);
        for (let job = 0; job < m.jobCount; job++) {
          const without = sol.copy();
          if (without.routeOf[job] !== -1 && without.removeAll([job]).length === 0) {
            // Only a stop right before a break may be kept, and only when removing it makes the break late.
            expect(without.routeOf[job]).not.toBe(-1);
            continue;
          }
          const base = evaluateRoutes(problem, simple(m, without)).distance;
          for (const [r, route] of without.routes.entries()) {
            let cheapest = Number.POSITIVE_INFINITY;
            for (let after = 0; after < route.nodes.length - 1; after++) {
              const trial = without.copy();
              trial.insert(job, r, after);
              const check = evaluateRoutes(problem, simple(m, trial));
              if (check.feasible) cheapest = Math.min(cheapest, check.distance - base);
            }
            const found = bestInRoute(route, job);
            if (Number.isFinite(cheapest)) expect(found.delta).toBeCloseTo(cheapest, 6);
            else expect(found.delta).toBe(Number.POSITIVE_INFINITY);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
