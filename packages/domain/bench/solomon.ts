import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RoutingProblem } from '../src/routing';

/** The benchmark set shared between the repository's checkouts. */
export const solomonDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/benchmarks/solomon',
);

export interface SolomonCustomer {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly demand: number;
  readonly ready: number;
  readonly due: number;
  readonly service: number;
}

export interface SolomonInstance {
  readonly name: string;
  readonly vehicles: number;
  readonly capacity: number;
  /** Row 0 is the depot. */
  readonly customers: readonly SolomonCustomer[];
}

/** Tolerant of CRLF and trailing spaces: numbers are read row by row after the headers. */
export const parseSolomon = (text: string, name: string): SolomonInstance => {
  const rows = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^\d/.test(line))
    .map((line) => line.split(/\s+/).map(Number));
  const [fleet, ...table] = rows;
  if (fleet?.length !== 2 || table.length === 0) throw new Error(`${name}: not a Solomon instance`);
  const customers = table.map((row) => {
    if (row.length !== 7 || row.some((n) => !Number.isFinite(n)))
      throw new Error(`${name}: bad customer row`);
    const [id, x, y, demand, ready, due, service] = row as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return { id, x, y, demand, ready, due, service };
  });
  return { name, vehicles: fleet[0] as number, capacity: fleet[1] as number, customers };
};

export const readSolomon = (file: string): SolomonInstance =>
  parseSolomon(
    readFileSync(file, 'utf8'),
    basename(file)
      .replace(/\.txt$/i, '')
      .toLowerCase(),
  );

export const instanceFile = (name: string): string => join(solomonDir, 'instances', `${name}.txt`);

/** Best-known distance-only totals (DIMACS convention), by instance name. */
export const readReference = (): Map<string, number> => {
  const [, ...lines] = readFileSync(join(solomonDir, 'bks_distance_only.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  return new Map(
    lines.map((line) => {
      const [name, , distance] = line.split(',');
      return [name as string, Number(distance)];
    }),
  );
};

/** Customer ids become job ids; the depot is every vehicle's start and end. */
export const toProblem = (instance: SolomonInstance): RoutingProblem => {
  const [depot, ...customers] = instance.customers;
  if (!depot) throw new Error(`${instance.name}: no depot`);
  const at = (c: SolomonCustomer) => ({ x: c.x, y: c.y });
  return {
    travel: { kind: 'euclidean' },
    vehicles: Array.from({ length: instance.vehicles }, (_, v) => ({
      id: `v${v + 1}`,
      start: at(depot),
      shift: { start: depot.ready, end: depot.due },
      capacity: instance.capacity,
    })),
    jobs: customers.map((c) => ({
      id: String(c.id),
      location: at(c),
      service: c.service,
      demand: c.demand,
      windows: [{ start: c.ready, end: c.due }],
    })),
  };
};
