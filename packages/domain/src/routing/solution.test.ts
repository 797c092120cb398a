import { describe, expect, it } from 'vitest';
import { breakNode, buildModel, endNode, startNode } from './model';
import { Route } from './route';
import { Solution } from './solution';

describe('Solution.removeAll', () => {
  it('keeps a stop whose removal would make the break after it late', () => {
    const m = buildModel({
      travel: { kind: 'euclidean' },
      vehicles: [
        {
          id: 'van',
          start: { x: 0, y: 0 },
          shift: { start: 0, end: 100 },
          break: { window: { start: 10, end: 10 }, duration: 0 },
        },
      ],
      jobs: [
        { id: 'a', location: { x: 10, y: 0 }, service: 0 },
        { id: 'b', location: { x: 20, y: 0 }, service: 0, windows: [{ start: 20, end: 20 }] },
      ],
    });
    const nodes = [startNode(m, 0), 0, breakNode(m, 0), 1, endNode(m, 0)];
    const sol = new Solution(m, [new Route(m, 0, nodes)]);
    // Without a, the break is taken at the depot at 10 and b is reached at 30, after its window.
    expect(sol.removeAll([0])).toEqual([]);
    expect(sol.routeOf[0]).toBe(0);
    expect(sol.removeAll([0, 1])).toEqual([0, 1]);
    expect(sol.unassigned()).toEqual([0, 1]);
  });
});
