import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { solve } from './solve';
import type { Job, RoutingProblem, Vehicle } from './types';

const vehicle: Vehicle = {
  id: 'van',
  start: { x: 0, y: 0 },
  shift: { start: 0, end: 100 },
  capacity: 10,
};
const job: Job = {
  id: 'flat-1',
  location: { x: 3, y: 4 },
  service: 5,
  windows: [{ start: 0, end: 50 }],
};
const base: RoutingProblem = { travel: { kind: 'euclidean' }, vehicles: [vehicle], jobs: [job] };

const rejects = (problem: unknown, naming: string) => {
  expect(() => solve(problem as RoutingProblem)).toThrowError(DomainError);
  try {
    solve(problem as RoutingProblem);
  } catch (error) {
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect((error as Error).message).toContain(naming);
  }
};

describe('routing input validation', () => {
  it('names the vehicle whose shift ends before it starts', () => {
    rejects({ ...base, vehicles: [{ ...vehicle, shift: { start: 50, end: 10 } }] }, '"van" shift');
  });

  it('names the job with a negative duration, NaN coordinates or a broken window', () => {
    rejects({ ...base, jobs: [{ ...job, service: -1 }] }, '"flat-1" service duration');
    rejects(
      { ...base, jobs: [{ ...job, location: { x: Number.NaN, y: 1 } }] },
      '"flat-1" location x',
    );
    rejects({ ...base, jobs: [{ ...job, windows: [] }] }, '"flat-1" has an empty list');
    rejects(
      { ...base, jobs: [{ ...job, windows: [{ start: 9, end: 1 }] }] },
      '"flat-1" time window 1',
    );
    rejects(
      { ...base, jobs: [{ ...job, windows: [{ start: 0, end: Number.NaN }] }] },
      'time window 1 end',
    );
    rejects({ ...base, jobs: [{ ...job, demand: -2 }] }, '"flat-1" demand');
    rejects({ ...base, jobs: [{ ...job, priority: -2 }] }, '"flat-1" priority');
    rejects(
      { ...base, jobs: [{ ...job, pinnedStart: Number.POSITIVE_INFINITY }] },
      '"flat-1" pinned start',
    );
    rejects({ ...base, jobs: [{ ...job, pinnedVehicle: 'bike' }] }, 'unknown vehicle "bike"');
    rejects({ ...base, jobs: [job, job] }, 'job id "flat-1" is used twice');
    rejects({ ...base, jobs: [{ ...job, location: 3 }] }, '{x, y}');
  });

  it('rejects a travel matrix of the wrong size or with bad entries', () => {
    const matrix = (distance: number[][]) => ({
      travel: { kind: 'matrix', distance },
      vehicles: [{ ...vehicle, start: 0 }],
      jobs: [{ ...job, location: 1 }],
    });
    rejects(matrix([[0, 1]]), 'distance matrix row 0 has 2 columns, expected 1');
    rejects(matrix([[0, 1], [1]]), 'row 1 has 1 columns');
    rejects(
      matrix([
        [0, 1],
        [1, Number.NaN],
      ]),
      'entry [1][1]',
    );
    rejects({ ...matrix([[0]]), jobs: [{ ...job, location: 1 }] }, 'matrix index from 0 to 0');
    rejects(
      {
        ...matrix([
          [0, 1],
          [1, 0],
        ]),
        travel: {
          kind: 'matrix',
          distance: [
            [0, 1],
            [1, 0],
          ],
          duration: [[0]],
        },
      },
      'duration matrix',
    );
  });

  it('rejects vehicles that cannot work their own day', () => {
    rejects({ ...base, vehicles: [{ ...vehicle, capacity: -1 }] }, '"van" capacity');
    rejects({ ...base, vehicles: [vehicle, vehicle] }, 'vehicle id "van" is used twice');
    rejects(
      {
        ...base,
        vehicles: [{ ...vehicle, break: { window: { start: 200, end: 300 }, duration: 10 } }],
      },
      '"van" break does not fit',
    );
    rejects(
      {
        ...base,
        vehicles: [{ ...vehicle, break: { window: { start: 10, end: 20 }, duration: -1 } }],
      },
      '"van" break duration',
    );
    rejects({ ...base, vehicles: [{ ...vehicle, end: { x: 1000, y: 0 } }] }, '"van" cannot travel');
  });

  it('rejects road-estimate settings and places that make no sense', () => {
    const road = (travel: object, at = { x: -0.1, y: 51.5 }) => ({
      travel: { kind: 'road-estimate', ...travel },
      vehicles: [{ ...vehicle, start: at, shift: { start: 0, end: 600 } }],
      jobs: [{ ...job, location: at, windows: undefined }],
    });
    rejects(road({ speedKmh: 0 }), 'speedKmh must be positive');
    rejects(road({ circuityFactor: -1 }), 'circuityFactor');
    rejects(road({}, { x: 51.5, y: 120 }), 'longitude/latitude');
  });
});
