import { describe, expect, it } from 'vitest';
import { evaluateSolomon } from '../../bench/evaluate-solomon';
import { instanceFile, readReference, readSolomon, toProblem } from '../../bench/solomon';
import { solve } from './solve';

// A smoke test of the benchmark path; the figures that matter come from `npm run bench:routing`.
// An iteration budget rather than a time limit, so the result is the same on a busy CI machine.
describe('Solomon smoke test', () => {
  const reference = readReference();
  it.each(['c101', 'r105', 'rc201'])(
    '%s: feasible and within 5% of the best known distance after 1,500 iterations',
    (name) => {
      const instance = readSolomon(instanceFile(name));
      const plan = solve(toProblem(instance), { seed: 1, maxIterations: 1500 });
      const routes = plan.routes.map((r) => r.stops.map((s) => Number(s.jobId)));
      const check = evaluateSolomon(instance, routes);
      expect(check.problems).toEqual([]);
      expect(check.distance).toBeCloseTo(plan.distance, 6);
      expect(check.distance).toBeLessThan((reference.get(name) ?? 0) * 1.05);
    },
  );

  it('the evaluator catches what the rules forbid', () => {
    const instance = readSolomon(instanceFile('c101'));
    const all = instance.customers.slice(1).map((c) => c.id);
    expect(evaluateSolomon(instance, [all]).problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('over capacity'),
        expect.stringContaining('too late'),
      ]),
    );
    expect(evaluateSolomon(instance, [[1, 1, 0]]).problems).toEqual(
      expect.arrayContaining([
        'customer 1 served twice',
        'route 1: 0 is not a customer',
        'customer 2 not served',
      ]),
    );
    expect(
      evaluateSolomon(
        instance,
        Array.from({ length: 26 }, (_, i) => [i + 1]),
      ).problems,
    ).toContain('uses more than 25 vehicles');
  });
});
