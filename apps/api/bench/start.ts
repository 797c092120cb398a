import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench:start`: how long `npm start` takes from the command to a healthy /health,
 * on a new data directory (migrations and demo seed included) and again on the same one.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

async function timeToHealthy(dataDir: string): Promise<{ seconds: number; child: ChildProcess }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  const deadline = started + 120_000;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return { seconds: (performance.now() - started) / 1000, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('npm start did not become healthy within 120 s');
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  await exited;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'doorstep-bench-start-'));
try {
  const first = await timeToHealthy(dataDir);
  await stop(first.child);
  const again = await timeToHealthy(dataDir);
  await stop(again.child);
  console.log(
    `first_run_ready_s=${first.seconds.toFixed(1)} existing_data_ready_s=${again.seconds.toFixed(1)}`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
