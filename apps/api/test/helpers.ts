import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseKind } from '@doorstep/db';
import { seedDatabase } from '@doorstep/db/seed';
import { createTestDatabase, type TestDatabase } from '@doorstep/db/testing';
import { loadConfig } from '../src/config';
import { createServer, type Server } from '../src/server';

export const SEED = { homes: 300, seed: 7, today: '2026-11-23' };

export async function seededTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const database = await createTestDatabase(kind);
  await seedDatabase(database.db, SEED);
  return database;
}

/** A stand-in web build, so static serving is tested without building the real app first. */
export function fakeWebBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'doorstep-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Doorstep shell</title>');
  writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log("app")');
  return dir;
}

export async function startTestServer(
  database: TestDatabase,
): Promise<{ server: Server; url: string }> {
  const config = {
    ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
    webDist: fakeWebBuild(),
  };
  const server = await createServer(config, { database });
  const url = await server.start();
  return { server, url };
}
