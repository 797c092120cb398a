import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { rankInsertions } from './rank-insertions';
import { solve } from './solve';
import type { Job, RoutingProblem } from './types';

const problem: RoutingProblem = {
  travel: { kind: 'euclidean' },
  vehicles: [
    { id: 'east', start: { x: 10, y: 0 }, shift: { start: 0, end: 200 } },
    { id: 'west', start: { x: -10, y: 0 }, shift: { start: 0, end: 200 }, skills: ['welsh'] },
    {
      id: 'idle',
      start: { x: 0, y: 50 },
      shift: { start: 0, end: 200 },
      break: { window: { start: 50, end: 60 }, duration: 10 },
    },
  ],
  jobs: [
    {
      id: 'e1',
      location: { x: 20, y: 0 },
      service: 10,
      pinnedVehicle: 'east',
      windows: [{ start: 0, end: 40 }],
    },
    {
      id: 'w1',
      location: { x: -20, y: 0 },
      service: 10,
      pinnedVehicle: 'west',
      windows: [{ start: 0, end: 40 }],
    },
  ],
};
const plan = solve(problem, { seed: 1, maxIterations: 20 });
const newcomer: Job = {
  id: 'new',
  location: { x: 20, y: 5 },
  service: 10,
  windows: [{ start: 0, end: 150 }],
};

describe('rankInsertions', () => {
  it('ranks feasible slots by added travel and leaves out those that cannot fit', () => {
    const ranked = rankInsertions({ problem, plan }, newcomer, [
      { vehicleId: 'west', window: { start: 0, end: 150 } },
      { vehicleId: 'east', window: { start: 100, end: 120 } },
      { vehicleId: 'east', window: { start: 0, end: 5 } },
      { vehicleId: 'east', window: { start: 160, end: 170 } },
      { vehicleId: 'idle', window: { start: 0, end: 150 } },
    ]);
    expect(ranked.map((r) => r.vehicleId)).toEqual(['east', 'west', 'idle']);
    const [east] = ranked;
    // From e1 at (20,0) to (20,5) and home: 5 + √125 − 10.
    expect(east?.addedDistance).toBeCloseTo(5 + Math.sqrt(125) - 10, 9);
    expect(east?.start).toBeGreaterThanOrEqual(100);
    expect(east?.position).toBe(1);
    expect(ranked[2]?.addedDistance).toBeCloseTo(2 * Math.hypot(20, 45), 9);
  });

  it('respects the job’s own windows and skills, and ignores an older copy of the job', () => {
    const welsh = {
      ...newcomer,
      id: 'e1',
      skills: ['welsh'],
      windows: [
        { start: 0, end: 30 },
        { start: 90, end: 95 },
      ],
    };
    const ranked = rankInsertions({ problem, plan }, welsh, [
      { vehicleId: 'east', window: { start: 0, end: 200 } },
      { vehicleId: 'west', window: { start: 50, end: 200 } },
    ]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.start).toBe(90);
  });

  it('names an unknown vehicle or job', () => {
    expect(() =>
      rankInsertions({ problem, plan }, newcomer, [
        { vehicleId: 'bus', window: { start: 0, end: 1 } },
      ]),
    ).toThrow(DomainError);
    const stale = {
      ...plan,
      routes: [{ ...plan.routes[0], stops: [{ kind: 'job', jobId: 'gone' }] }],
    };
    expect(() => rankInsertions({ problem, plan: stale as never }, newcomer, [])).toThrow('"gone"');
    const lost = { ...plan, routes: [{ ...plan.routes[0], vehicleId: 'lorry' }] };
    expect(() => rankInsertions({ problem, plan: lost as never }, newcomer, [])).toThrow('"lorry"');
  });
});
