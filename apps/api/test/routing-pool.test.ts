import type { RoutingProblem } from '@doorstep/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { createRoutingPool } from '../src/routing';

const problem = (jobs: number, seed: number): RoutingProblem => {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return {
    travel: { kind: 'euclidean' },
    vehicles: Array.from({ length: 8 }, (_, v) => ({
      id: `v${v}`,
      start: { x: 50, y: 50 },
      shift: { start: 0, end: 1000 },
      capacity: 100,
    })),
    jobs: Array.from({ length: jobs }, (_, j) => {
      const open = Math.floor(random() * 700);
      return {
        id: `j${j}`,
        location: { x: Math.floor(random() * 100), y: Math.floor(random() * 100) },
        service: 10,
        demand: 1 + Math.floor(random() * 9),
        windows: [{ start: open, end: open + 150 }],
      };
    }),
  };
};

describe('routing pool', () => {
  const pool = createRoutingPool({ size: 2 });
  afterAll(() => pool.close());

  it('answers concurrent requests, more than it has workers', async () => {
    const plans = await Promise.all(
      [1, 2, 3, 4, 5].map((seed) => pool.solve(problem(40, seed), { seed, maxIterations: 200 })),
    );
    for (const plan of plans) {
      const served = plan.routes.reduce((sum, route) => sum + route.stops.length, 0);
      expect(served + plan.unassigned.length).toBe(40);
      expect(plan.distance).toBeGreaterThan(0);
    }
  });

  it('keeps the event loop free while a long solve runs', async () => {
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 10);
    const started = performance.now();
    await pool.solve(problem(150, 9), { seed: 1, timeLimitMs: 1500 });
    clearInterval(timer);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
    expect(gaps.length).toBeGreaterThan(50);
    expect(Math.max(...gaps)).toBeLessThan(250);
  });

  it('rejects with the solver’s validation error', async () => {
    const bad = problem(3, 1);
    const broken = {
      ...bad,
      vehicles: [{ ...bad.vehicles[0], id: 'late', shift: { start: 10, end: 5 } }],
    };
    await expect(pool.solve(broken as RoutingProblem)).rejects.toMatchObject({
      name: 'DomainError',
      code: 'INVALID_INPUT',
      message: expect.stringContaining('"late"'),
    });
    // The worker that reported the error is still serving.
    await expect(pool.solve(problem(5, 2), { maxIterations: 10 })).resolves.toHaveProperty(
      'routes',
    );
  });

  it('rejects queued work on close and refuses new work', async () => {
    const other = createRoutingPool({ size: 1 });
    const running = other.solve(problem(60, 3), { timeLimitMs: 2000 });
    const queued = other.solve(problem(10, 4));
    const outcomes = Promise.allSettled([running, queued]);
    await other.close();
    for (const outcome of await outcomes) {
      expect(outcome).toMatchObject({
        status: 'rejected',
        reason: { message: 'routing pool is closed' },
      });
    }
    await expect(other.solve(problem(5, 5))).rejects.toThrow('closed');
  });
});
