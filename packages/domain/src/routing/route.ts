import { earliestIn, endNode, latestIn, type Model, startNode } from './model';

/**
 * One vehicle's sequence with the cumulative data that makes a move's check O(1): per
 * position, the earliest service start given everything before (forward) and the latest
 * service start that keeps everything after feasible (backward), plus running load and
 * distance. `nodes` starts with the vehicle's start node and ends with its end node.
 */
export class Route {
  nodes: number[];
  /** Effective place of each position; a break takes the place of the stop before it. */
  loc: number[] = [];
  earliest: number[] = [];
  latest: number[] = [];
  load: number[] = [];
  dist: number[] = [];
  /** Count of non-universal nodes at positions >= p (moving that tail needs a skill check). */
  restricted: number[] = [];

  constructor(
    readonly m: Model,
    readonly vehicle: number,
    nodes?: number[],
  ) {
    this.nodes = nodes ?? defaultNodes(m, vehicle);
    this.update();
  }

  get distance(): number {
    return this.dist[this.dist.length - 1] as number;
  }

  /** Jobs only; a break alone does not make a route used. */
  get jobCount(): number {
    return this.nodes.length - 2 - (this.m.hasBreak[this.vehicle] as number);
  }

  get feasible(): boolean {
    const last = this.nodes.length - 1;
    return (
      Number.isFinite(this.earliest[last] as number) &&
      (this.load[last] as number) <= (this.m.capacity[this.vehicle] as number)
    );
  }

  clone(): Route {
    const copy = Object.create(Route.prototype) as Route;
    Object.assign(copy, this);
    copy.nodes = this.nodes.slice();
    copy.loc = this.loc.slice();
    copy.earliest = this.earliest.slice();
    copy.latest = this.latest.slice();
    copy.load = this.load.slice();
    copy.dist = this.dist.slice();
    copy.restricted = this.restricted.slice();
    return copy;
  }

  /** Recomputes the cumulative data after `nodes` changed: O(length). */
  update(): void {
    const { m, nodes } = this;
    const n = nodes.length;
    const { loc, earliest, latest, load, dist, restricted } = this;
    loc.length =
      earliest.length =
      latest.length =
      load.length =
      dist.length =
      restricted.length =
        n;
    const L = m.locCount;
    let prevLoc = m.loc[nodes[0] as number] as number;
    let t = earliestIn(m, nodes[0] as number, Number.NEGATIVE_INFINITY);
    loc[0] = prevLoc;
    earliest[0] = t;
    load[0] = 0;
    dist[0] = 0;
    for (let p = 1; p < n; p++) {
      const node = nodes[p] as number;
      const prev = nodes[p - 1] as number;
      const here = m.isBreak[node] ? prevLoc : (m.loc[node] as number);
      const arc = prevLoc * L + here;
      t = earliestIn(m, node, t + (m.service[prev] as number) + (m.time[arc] as number));
      loc[p] = here;
      earliest[p] = t;
      load[p] = (load[p - 1] as number) + (m.demand[node] as number);
      dist[p] = (dist[p - 1] as number) + (m.dist[arc] as number);
      prevLoc = here;
    }
    let next = latestIn(m, nodes[n - 1] as number, Number.POSITIVE_INFINITY);
    latest[n - 1] = next;
    restricted[n - 1] = 0;
    for (let p = n - 2; p >= 0; p--) {
      const node = nodes[p] as number;
      const arc = (loc[p] as number) * L + (loc[p + 1] as number);
      next = latestIn(m, node, next - (m.time[arc] as number) - (m.service[node] as number));
      latest[p] = next;
      restricted[p] = (restricted[p + 1] as number) + (m.universal[node] ? 0 : 1);
    }
  }
}

const defaultNodes = (m: Model, v: number): number[] =>
  m.hasBreak[v]
    ? [startNode(m, v), startNode(m, v) + 2, endNode(m, v)]
    : [startNode(m, v), endNode(m, v)];
