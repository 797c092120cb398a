import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { customers, type DatabaseKind, homes, patches, staff, tenancies } from '@doorstep/db';
import { seedDatabase } from '@doorstep/db/seed';
import { createTestDatabase, type TestDatabase } from '@doorstep/db/testing';
import { londonDate } from '@doorstep/domain';
import { and, asc, eq } from 'drizzle-orm';
import { type Config, loadConfig } from '../src/config';
import { CSRF_HEADER } from '../src/http/security';
import { createServer, type Server, type ServerOptions } from '../src/server';
import { DEMO_PASSWORD, setDemoPasswords } from '../src/services/auth/demo-accounts';
import { loadPrincipal } from '../src/services/auth/principal';
import { createInnerContext, type InnerContext } from '../src/trpc/context';

export const SEED = { homes: 300, seed: 7, today: '2026-11-23' };
export const TODAY = SEED.today;
export { DEMO_PASSWORD };

export async function seededTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const database = await createTestDatabase(kind);
  await seedDatabase(database.db, SEED);
  await setDemoPasswords(database.db);
  return database;
}

/** A stand-in web build, so static serving is tested without building the real app first. */
export function fakeWebBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'doorstep-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Doorstep shell</title>');
  writeFileSync(path.join(dir, 'booking.html'), '<!doctype html><title>Doorstep booking</title>');
  writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log("app")');
  return dir;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return {
    ...loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      LINK_SECRET: 'doorstep-test-link-secret-0123456789abcdef',
      OUTBOX_WORKER: 'false',
      ...env,
    }),
    webDist: fakeWebBuild(),
    demoData: false,
  };
}

export async function startTestServer(
  database: TestDatabase,
  options: { env?: Record<string, string> } & Omit<ServerOptions, 'database'> = {},
): Promise<{ server: Server; url: string }> {
  const { env, ...serverOptions } = options;
  const server = await createServer(testConfig(env), { database, ...serverOptions });
  const url = await server.start();
  return { server, url };
}

/** The session cookie from a response, as a Cookie header value. */
export function sessionCookieFrom(response: Response): string | undefined {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('doorstep_session='));
  return header?.split(';')[0];
}

export async function signIn(
  url: string,
  email: string,
  password = DEMO_PASSWORD,
  cookie?: string,
) {
  return fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CSRF_HEADER]: '1',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ email, password }),
  });
}

export async function signedInCookie(url: string, email: string): Promise<string> {
  const response = await signIn(url, email);
  const cookie = sessionCookieFrom(response);
  if (response.status !== 200 || !cookie)
    throw new Error(`sign-in as ${email} failed: ${response.status}`);
  return cookie;
}

/** An inner context signed in as the member of staff with this email (no HTTP). */
export async function contextAs(
  database: TestDatabase,
  email: string | null,
  now = new Date(`${TODAY}T10:00:00Z`),
): Promise<InnerContext> {
  let principal = null;
  if (email) {
    const [member] = await database.db
      .select({ id: staff.id })
      .from(staff)
      .where(eq(staff.email, email));
    if (!member) throw new Error(`no staff with email ${email}`);
    principal = await loadPrincipal(database.db, member.id, londonDate(now));
  }
  return createInnerContext({
    db: database.db,
    databaseKind: database.kind,
    principal,
    now: () => now,
    // A short search per patch: tests check what a plan keeps to, not how short its routes are.
    livingWell: { planTimeLimitMs: 200 },
  });
}

/** Lead tenants living in the named patch, in a stable order. */
export async function customersInPatch(
  database: TestDatabase,
  patchName: string,
): Promise<string[]> {
  const rows = await database.db
    .select({ id: customers.id })
    .from(customers)
    .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(patches, and(eq(patches.id, homes.patchId), eq(patches.name, patchName)))
    .where(eq(customers.isLeadTenant, true))
    .orderBy(asc(customers.id));
  return rows.map((row) => row.id);
}
