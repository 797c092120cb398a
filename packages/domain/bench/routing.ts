/**
 * `npm run bench:routing -- [--time-limit-ms N] [--only c1,r1] [--seed S]`: solves the
 * Solomon instances one after another and checks each answer with the independent
 * evaluator. One row per instance, then the summary line.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { solve } from '../src/routing';
import { evaluateSolomon } from './evaluate-solomon';
import { readReference, readSolomon, solomonDir, toProblem } from './solomon';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const timeLimitMs = Number(option('--time-limit-ms') ?? 1000);
const seed = Number(option('--seed') ?? 1);
const only = option('--only')
  ?.split(',')
  .map((prefix) => prefix.trim().toLowerCase());
const reference = readReference();
const names = readdirSync(join(solomonDir, 'instances'))
  .map((file) => file.replace(/\.txt$/i, '').toLowerCase())
  .filter((name) => !only || only.some((prefix) => name.startsWith(prefix)))
  .sort();

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const gaps: number[] = [];
const times: number[] = [];
let feasible = 0;
console.log('instance  vehicles  distance  reference  gap%    ms  feasible');
for (const name of names) {
  const instance = readSolomon(join(solomonDir, 'instances', `${name}.txt`));
  const started = performance.now();
  const plan = solve(toProblem(instance), { timeLimitMs, seed });
  const ms = performance.now() - started;
  const routes = plan.routes.map((route) =>
    route.stops.flatMap((stop) => (stop.jobId ? [Number(stop.jobId)] : [])),
  );
  const check = evaluateSolomon(instance, routes);
  const best = reference.get(name) ?? Number.NaN;
  const gap = ((check.distance - best) / best) * 100;
  gaps.push(gap);
  times.push(ms);
  if (check.feasible) feasible++;
  console.log(
    [
      name.padEnd(8),
      String(routes.length).padStart(8),
      check.distance.toFixed(2).padStart(9),
      best.toFixed(1).padStart(10),
      gap.toFixed(2).padStart(6),
      ms.toFixed(0).padStart(5),
      check.feasible ? 'yes' : `NO (${check.problems.slice(0, 3).join('; ')})`,
    ].join('  '),
  );
}
const mean = gaps.reduce((sum, g) => sum + g, 0) / gaps.length;
console.log(
  `mean_gap=${mean.toFixed(2)}% median_gap=${median(gaps).toFixed(2)}% max_gap=${Math.max(...gaps).toFixed(2)}% median_ms=${median(times).toFixed(0)} feasible=${feasible}/${names.length}`,
);
