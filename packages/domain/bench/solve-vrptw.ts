/**
 * `npm run -s solve-vrptw -- <instance-file> --time-limit-ms N [--seed S]`: solves one
 * Solomon file and prints only `{"routes": [[customer ids]], "distance": n}` on stdout.
 */
import { resolve } from 'node:path';
import { solve } from '../src/routing';
import { readSolomon, toProblem } from './solomon';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const file = args.find((arg, i) => !arg.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
if (!file) {
  process.stderr.write('usage: solve-vrptw <instance-file> --time-limit-ms N [--seed S]\n');
  process.exit(2);
}
// npm runs workspace scripts from the package folder; paths are meant from where it was typed.
const instance = readSolomon(resolve(process.env.INIT_CWD ?? process.cwd(), file));
const plan = solve(toProblem(instance), {
  timeLimitMs: Number(option('--time-limit-ms') ?? 1000),
  seed: Number(option('--seed') ?? 1),
});
const routes = plan.routes.map((route) =>
  route.stops.flatMap((stop) => (stop.jobId ? [Number(stop.jobId)] : [])),
);
process.stdout.write(`${JSON.stringify({ routes, distance: plan.distance })}\n`);
