/**
 * `npm run bench:routing-scale -w @doorstep/domain -- [--jobs 1000] [--vehicles 25] [--improve-ms 1000]`:
 * a generated instance with time windows. Reports the time to the first complete feasible
 * plan (model, construction and its local search, no improvement iterations), then a run
 * whose time limit gives the search that long again plus `--improve-ms` of improvement,
 * with the process's peak resident memory.
 */
import { solve } from '../src/routing';
import { createRng } from '../src/routing/rng';
import type { RoutingProblem } from '../src/routing/types';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const jobs = option('--jobs', 1000);
const vehicles = option('--vehicles', 25);
const improveMs = option('--improve-ms', 1000);
const seed = option('--seed', 1);

/** Homes scattered over a 200×200 area around a central depot, two- to five-hour windows in a 2,000-minute day. */
const generate = (): RoutingProblem => {
  const rng = createRng(seed);
  return {
    travel: { kind: 'euclidean' },
    vehicles: Array.from({ length: vehicles }, (_, v) => ({
      id: `v${v + 1}`,
      start: { x: 100, y: 100 },
      shift: { start: 0, end: 2000 },
      capacity: 300,
    })),
    jobs: Array.from({ length: jobs }, (_, j) => {
      const open = Math.floor(rng() * 1600);
      return {
        id: `j${j + 1}`,
        location: { x: rng() * 200, y: rng() * 200 },
        service: 10,
        demand: 1 + Math.floor(rng() * 9),
        windows: [{ start: open, end: open + 120 + Math.floor(rng() * 180) }],
      };
    }),
  };
};

const problem = generate();
const started = performance.now();
const first = solve(problem, { seed, maxIterations: 0 });
const firstMs = performance.now() - started;
const runStarted = performance.now();
const timeLimitMs = Math.ceil(firstMs) + improveMs;
const full = solve(problem, { seed, timeLimitMs });
const fullMs = performance.now() - runStarted;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `jobs=${jobs} vehicles=${vehicles} first_plan_ms=${firstMs.toFixed(0)} first_distance=${first.distance.toFixed(1)} first_unassigned=${first.unassigned.length} ` +
    `improved_distance=${full.distance.toFixed(1)} improved_unassigned=${full.unassigned.length} run_limit_ms=${timeLimitMs} run_ms=${fullMs.toFixed(0)} peak_rss_mb=${peakMb.toFixed(0)}`,
);
