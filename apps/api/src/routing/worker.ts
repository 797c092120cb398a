/**
 * Worker-thread side of the routing pool: runs one task at a time (a route solve or a Living
 * Well plan), and answers with the result or a plain description of the error (class
 * instances do not survive postMessage).
 */
import { parentPort } from 'node:worker_threads';
import { isDomainError, planMeetings, solve } from '@doorstep/domain';
import type { WorkerReply, WorkerRequest } from './messages';

const port = parentPort;
if (!port) throw new Error('routing worker must run in a worker thread');

port.on('message', ({ id, task }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const result =
      task.kind === 'plan'
        ? planMeetings(task.input, task.options)
        : solve(task.problem, task.options);
    reply = { id, ok: true, result };
  } catch (error) {
    reply = {
      id,
      ok: false,
      error: {
        message: error instanceof Error ? error.message : String(error),
        ...(isDomainError(error) ? { code: error.code } : {}),
      },
    };
  }
  port.postMessage(reply);
});
