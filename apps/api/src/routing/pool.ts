import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  DomainError,
  type Plan,
  type PlannerInput,
  type PlanResult,
  type RoutingProblem,
} from '@doorstep/domain';
import type { WorkerPlanOptions, WorkerReply, WorkerSolveOptions, WorkerTask } from './messages';

export interface RoutingPool {
  /** Resolves with the plan; rejects with the solver's DomainError, or when the pool closes. */
  solve(problem: RoutingProblem, options?: WorkerSolveOptions): Promise<Plan>;
  /** One advisor's Living Well plan (planMeetings), in a worker; rejects like `solve`. */
  plan(input: PlannerInput, options?: WorkerPlanOptions): Promise<PlanResult>;
  /** Rejects what is queued or running and stops every worker. */
  close(): Promise<void>;
  readonly size: number;
}

interface Task {
  readonly id: number;
  readonly work: WorkerTask;
  readonly resolve: (result: Plan | PlanResult) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

const workerUrl = new URL(
  `./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/**
 * Source files run under tsx, and a worker is a fresh isolate without its loader. On Node 20
 * `execArgv: ['--import', 'tsx']` does not reach a worker's entry module, so a small
 * bootstrap registers tsx in the worker first and then imports the real entry.
 */
const startWorker = (): Worker => {
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl);
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true });
};

/** URL of tsx's ESM register API, found through its package exports rather than a guessed path. */
const tsxEsmApi = (): string => {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return pathToFileURL(join(dirname(manifestPath), manifest.exports['./esm/api'].import.default))
    .href;
};

/**
 * A fixed set of worker threads for route solving, so a long plan never holds the API's
 * event loop. Requests queue in arrival order; a worker that dies is replaced and its
 * request rejected.
 */
export const createRoutingPool = ({ size = 2 }: { size?: number } = {}): RoutingPool => {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError('routing pool size must be a positive integer');
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.task || queue.length === 0) continue;
      const task = queue.shift() as Task;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, task: task.work });
    }
  };

  const spawn = (slot: Slot) => {
    const worker = startWorker();
    worker.on('message', (reply: WorkerReply) => {
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      slot.task = null;
      if (reply.ok) task.resolve(reply.result);
      else
        task.reject(
          reply.error.code
            ? new DomainError(reply.error.code, reply.error.message)
            : new Error(reply.error.message),
        );
      dispatch();
    });
    const fail = (error: Error) => {
      if (slot.worker !== worker) return;
      slot.task?.reject(error);
      slot.task = null;
      if (closed) return;
      spawn(slot);
      dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`routing worker exited with code ${code}`)));
    slot.worker = worker;
  };

  for (let i = 0; i < size; i++) {
    const slot = { task: null } as unknown as Slot;
    spawn(slot);
    slots.push(slot);
  }

  const run = <T extends Plan | PlanResult>(work: WorkerTask): Promise<T> => {
    if (closed) return Promise.reject(new Error('routing pool is closed'));
    return new Promise<T>((resolve, reject) => {
      queue.push({ id: nextId++, work, resolve: resolve as Task['resolve'], reject });
      dispatch();
    });
  };

  return {
    size,
    solve: (problem, options = {}) => run<Plan>({ kind: 'solve', problem, options }),
    plan: (input, options = {}) => run<PlanResult>({ kind: 'plan', input, options }),
    async close() {
      if (closed) return;
      closed = true;
      const error = new Error('routing pool is closed');
      for (const task of queue.splice(0)) task.reject(error);
      await Promise.all(
        slots.map(async (slot) => {
          slot.task?.reject(error);
          slot.task = null;
          await slot.worker.terminate();
        }),
      );
    },
  };
};

/**
 * A pool for Living Well planning that starts its workers on the first plan, so a server
 * that never plans (and every test server) pays nothing for it.
 */
export const lazyPlanningPool = (
  options: { size?: number } = {},
): Pick<RoutingPool, 'plan' | 'close'> => {
  let pool: RoutingPool | null = null;
  return {
    plan(input, planOptions) {
      pool ??= createRoutingPool({
        size: options.size ?? Math.max(1, Math.min(4, availableParallelism())),
      });
      return pool.plan(input, planOptions);
    },
    async close() {
      await pool?.close();
      pool = null;
    },
  };
};
