/**
 * Worker-thread side of the routing pool: solves one request at a time, and answers with the
 * plan or a plain description of the error (class instances do not survive postMessage).
 */
import { parentPort } from 'node:worker_threads';
import { isDomainError, solve } from '@doorstep/domain';
import type { WorkerReply, WorkerRequest } from './messages';

const port = parentPort;
if (!port) throw new Error('routing worker must run in a worker thread');

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, ok: true, plan: solve(request.problem, request.options) };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      error: {
        message: error instanceof Error ? error.message : String(error),
        ...(isDomainError(error) ? { code: error.code } : {}),
      },
    };
  }
  port.postMessage(reply);
});
