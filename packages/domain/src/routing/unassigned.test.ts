import { describe, expect, it } from 'vitest';
import { solve } from './solve';
import type { Job, RoutingProblem, Vehicle } from './types';

const van: Vehicle = {
  id: 'van',
  start: { x: 0, y: 0 },
  shift: { start: 0, end: 100 },
  capacity: 10,
  skills: ['welsh'],
};
const at = (x: number) => ({ x, y: 0 });
const job = (id: string, extra: Partial<Job> = {}): Job => ({
  id,
  location: at(10),
  service: 10,
  ...extra,
});

describe('unassigned jobs', () => {
  it('come back with the reason they could not be planned', () => {
    const problem: RoutingProblem = {
      travel: { kind: 'euclidean' },
      vehicles: [van],
      jobs: [
        job('gas-check', { skills: ['gas-safe'] }),
        job('big-delivery', { demand: 50 }),
        job('too-late', { windows: [{ start: 95, end: 99 }] }),
        job('pinned-time', { pinnedStart: 60, windows: [{ start: 0, end: 50 }] }),
        job('first', { windows: [{ start: 20, end: 20 }], service: 30 }),
        job('second', { windows: [{ start: 25, end: 25 }], service: 30 }),
      ],
    };
    const plan = solve(problem, { seed: 1, maxIterations: 50 });
    const reasons = Object.fromEntries(plan.unassigned.map((u) => [u.jobId, u.reason]));
    expect(reasons).toMatchObject({
      'gas-check': 'missing-skill',
      'big-delivery': 'capacity',
      'too-late': 'no-feasible-window',
      'pinned-time': 'no-feasible-window',
    });
    const clash = ['first', 'second'].filter((id) => reasons[id] === 'fleet-full');
    expect(clash).toHaveLength(1);
  });

  it('keeps the higher-priority job when two cannot both fit', () => {
    const clash = (priority: number): RoutingProblem => ({
      travel: { kind: 'euclidean' },
      vehicles: [van],
      jobs: [
        job('routine', { windows: [{ start: 20, end: 20 }], service: 30 }),
        job('urgent', { windows: [{ start: 25, end: 25 }], service: 30, priority }),
      ],
    });
    const kept = (priority: number) =>
      solve(clash(priority), { seed: 1, maxIterations: 20 }).unassigned[0]?.jobId;
    expect(kept(3)).toBe('routine');
  });

  it('serves a job pinned to a vehicle and time on that vehicle at that time', () => {
    const plan = solve(
      {
        travel: { kind: 'euclidean' },
        vehicles: [{ ...van, id: 'other' }, van],
        jobs: [
          job('fixed', { pinnedVehicle: 'van', pinnedStart: 42 }),
          job('free', { location: at(20) }),
        ],
      },
      { seed: 2, maxIterations: 30 },
    );
    const route = plan.routes.find((r) => r.stops.some((s) => s.jobId === 'fixed'));
    expect(route?.vehicleId).toBe('van');
    expect(route?.stops.find((s) => s.jobId === 'fixed')?.start).toBe(42);
  });

  it('leaves every job out, with its reason, when there are no vehicles', () => {
    const plan = solve({ travel: { kind: 'euclidean' }, vehicles: [], jobs: [job('alone')] });
    expect(plan).toEqual({
      routes: [],
      unassigned: [{ jobId: 'alone', reason: 'missing-skill' }],
      distance: 0,
      duration: 0,
    });
  });
});
