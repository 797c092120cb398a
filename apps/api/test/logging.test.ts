import { Writable } from 'node:stream';
import type { TestDatabase } from '@doorstep/db/testing';
import { createTestDatabase } from '@doorstep/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { createServer, type Server } from '../src/server';

let database: TestDatabase;
let server: Server;
let url: string;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const config = {
    ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' }),
    demoData: false,
  };
  server = await createServer(config, { database, logStream: stream });
  url = await server.start();
});
afterAll(async () => {
  await server?.stop();
  await database?.close();
});

it('logs requests without their query strings, where tRPC puts its input', async () => {
  const input = encodeURIComponent(JSON.stringify({ id: 'secret-marker-7741' }));
  await fetch(`${url}/trpc/patches.byId?input=${input}`);
  const logged = lines.join('');
  expect(logged).toContain('/trpc/patches.byId');
  expect(logged).not.toContain('secret-marker-7741');
});
