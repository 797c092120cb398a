import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, loadConfig, type Server } from '@doorstep/api';
import { createDatabase, type DatabaseHandle } from '@doorstep/db';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { untilFiguresComputed } from './monitoring-ready';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

let server: Server | undefined;
let database: DatabaseHandle | undefined;

/**
 * Starts the real API, on a fresh embedded database seeded with the demo data, serving the
 * real production build of the web app. Without a Chromium the browser suite says so
 * plainly; in CI that is a failure, never a quiet pass.
 */
export async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const message =
      'Browser tests SKIPPED: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH).';
    if (process.env.CI) throw new Error(`${message} CI must run them.`);
    console.warn(`\n${message}\n`);
    project.provide('chromiumPath', '');
    project.provide('baseUrl', '');
    return;
  }
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(
      `No web build at ${webDist}: run "npm run build" first (turbo does this for npm test).`,
    );
  }
  const config = {
    ...loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LINK_SECRET: 'doorstep-e2e-link-secret-0123456789abcdef',
      OUTBOX_WORKER: 'false',
    }),
    webDist,
    demoData: true,
  };
  database = await createDatabase({ dataDir: 'memory://' });
  server = await createServer(config, { database });
  const baseUrl = await server.start();
  await untilFiguresComputed(database.db);
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', chromiumPath);
}

export async function teardown() {
  await server?.stop();
  await database?.close();
}
