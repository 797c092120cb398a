import type { Model } from './model';
import { Route } from './route';

/**
 * A set of routes, one per vehicle, plus where each job sits. Routes are shared between
 * copies until one of them writes (copy-on-write), so keeping the current and best
 * solutions of a search costs only the routes that changed.
 */
export class Solution {
  routes: Route[];
  /** Route index of each job, or -1 when unassigned. */
  routeOf: Int32Array;
  posOf: Int32Array;
  private owned: Uint8Array;

  constructor(
    readonly m: Model,
    routes?: Route[],
  ) {
    this.routes = routes ?? Array.from({ length: m.vehicleCount }, (_, v) => new Route(m, v));
    this.routeOf = new Int32Array(m.jobCount).fill(-1);
    this.posOf = new Int32Array(m.jobCount).fill(-1);
    this.owned = new Uint8Array(m.vehicleCount).fill(1);
    for (let r = 0; r < this.routes.length; r++) this.index(r);
  }

  copy(): Solution {
    const copy = Object.create(Solution.prototype) as Solution;
    Object.assign(copy, this);
    copy.routes = this.routes.slice();
    copy.routeOf = this.routeOf.slice();
    copy.posOf = this.posOf.slice();
    copy.owned = new Uint8Array(this.m.vehicleCount);
    this.owned.fill(0);
    return copy;
  }

  /** The route, cloned first if another solution still shares it. */
  writable(r: number): Route {
    if (!this.owned[r]) {
      this.routes[r] = (this.routes[r] as Route).clone();
      this.owned[r] = 1;
    }
    return this.routes[r] as Route;
  }

  /** Replaces route r's sequence and refreshes its data and the job index. */
  setNodes(r: number, nodes: number[]): void {
    const route = this.writable(r);
    route.nodes = nodes;
    route.update();
    this.index(r);
  }

  /**
   * Takes the jobs out of their routes, refreshing each route once, and returns those taken.
   * A break is taken where the previous stop was, so removing that stop can leave the break
   * (and what follows) too late; such a route keeps its jobs.
   */
  removeAll(jobs: readonly number[]): number[] {
    const byRoute = new Map<number, number[]>();
    for (const job of jobs) {
      const r = this.routeOf[job] as number;
      byRoute.set(r, [...(byRoute.get(r) ?? []), job]);
    }
    const removed: number[] = [];
    for (const [r, taken] of byRoute) {
      const before = (this.routes[r] as Route).nodes;
      const out = new Set(taken);
      this.setNodes(
        r,
        before.filter((node) => !out.has(node)),
      );
      if (!(this.routes[r] as Route).feasible) {
        this.setNodes(r, before);
        continue;
      }
      for (const job of taken) {
        this.routeOf[job] = -1;
        this.posOf[job] = -1;
      }
      removed.push(...taken);
    }
    return removed;
  }

  /** Puts the job right after position `after` of route r. */
  insert(job: number, r: number, after: number): void {
    const nodes = (this.routes[r] as Route).nodes.slice();
    nodes.splice(after + 1, 0, job);
    this.setNodes(r, nodes);
  }

  get distance(): number {
    let total = 0;
    for (const route of this.routes) total += route.distance;
    return total;
  }

  unassigned(): number[] {
    const out: number[] = [];
    for (let j = 0; j < this.m.jobCount; j++) if (this.routeOf[j] === -1) out.push(j);
    return out;
  }

  /** Distance plus the penalty of every job left out: what the search minimises. */
  get cost(): number {
    let total = this.distance;
    for (let j = 0; j < this.m.jobCount; j++) {
      if (this.routeOf[j] === -1) total += this.m.penalty[j] as number;
    }
    return total;
  }

  private index(r: number): void {
    const nodes = (this.routes[r] as Route).nodes;
    const jobs = this.m.jobCount;
    for (let p = 1; p < nodes.length - 1; p++) {
      const node = nodes[p] as number;
      if (node < jobs) {
        this.routeOf[node] = r;
        this.posOf[node] = p;
      }
    }
  }
}
