import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs, promisify } from 'node:util';
import { appointments, customers, homes, patches, staff, tenancies } from '@doorstep/db';
import { seedDatabase } from '@doorstep/db/seed';
import { createTestDatabase } from '@doorstep/db/testing';
import type autocannon from 'autocannon';
import { and, eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server';
import { loadPrincipal } from '../src/services/auth/principal';
import { forgetView, viewBooking } from '../src/services/booking/booking';
import { createInvitation } from '../src/services/booking/invitations';

/**
 * `npm run bench:booking [-- --seconds 30 --connections 100]`: server CPU to list the slots
 * of one invitation when the advisor holds 150 appointments over the 3-week window, then
 * `booking.view` under load next to a bare Fastify route in the same run. Uses the
 * PostgreSQL server in TEST_DATABASE_URL (a new database on it), else PGlite.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '100' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const now = new Date('2026-11-23T09:00:00Z');
const kind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
const run = promisify(execFile);

const database = await createTestDatabase(kind, { poolSize: 20 });
await seedDatabase(database.db, { homes: 3000, seed: 3, today: '2026-11-23' });
const [huyton] = await database.db.select().from(patches).where(eq(patches.name, 'Huyton'));
const advisorId = huyton?.advisorId ?? '';
const patchHomes = await database.db
  .select({ homeId: homes.id, customerId: customers.id })
  .from(homes)
  .innerJoin(tenancies, eq(tenancies.homeId, homes.id))
  .innerJoin(
    customers,
    and(eq(customers.tenancyId, tenancies.id), eq(customers.isLeadTenant, true)),
  )
  .where(eq(homes.patchId, huyton?.id ?? ''));

// Fill the advisor's diary for the window: 10 visits a working day, in a morning and an
// afternoon run along one street each, leaving the middle of the day open.
await database.db.delete(appointments).where(eq(appointments.staffId, advisorId));
const rows: (typeof appointments.$inferInsert)[] = [];
const windowDays: string[] = [];
for (let d = 0; windowDays.length < 15; d += 1) {
  const day = new Date(Date.parse('2026-12-07') + d * 86_400_000);
  if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6)
    windowDays.push(day.toISOString().slice(0, 10));
}
for (const day of windowDays) {
  for (let v = 0; v < 10; v += 1) {
    const home = patchHomes[rows.length % patchHomes.length];
    const run = v < 5 ? `${day}T09:00:00Z` : `${day}T14:00:00Z`;
    const start = new Date(run).getTime() + (v % 5) * 30 * 60_000;
    rows.push({
      type: 'repair_inspection',
      customerId: home?.customerId ?? '',
      homeId: home?.homeId ?? '',
      staffId: advisorId,
      startsAt: new Date(start),
      endsAt: new Date(start + 30 * 60_000),
      bookedVia: 'phone',
      purpose: 'Benchmark visit',
    });
  }
}
await database.db.insert(appointments).values(rows);

const [manager] = await database.db.select().from(staff).where(eq(staff.role, 'manager'));
const principal = await loadPrincipal(database.db, manager?.id ?? '', '2026-11-23');
if (!principal) throw new Error('no manager in the seed');
const target = patchHomes[patchHomes.length - 1];
const { id: invitationId, link } = await createInvitation(
  database.db,
  principal,
  {
    customerId: target?.customerId ?? '',
    type: 'repair_inspection',
    purpose: 'Benchmark invitation visit',
    windowStartsOn: '2026-12-07',
    windowEndsOn: '2026-12-25',
  },
  now,
  { publicUrl: 'http://localhost', secret: 'bench-link-secret-0123456789abcdef' },
);
const token = link.split('/b/')[1] ?? '';

// Server CPU for one slot listing: database reads and the slot engine together.
const cpu: number[] = [];
for (let i = 0; i < 60; i += 1) {
  forgetView(invitationId); // measure the full work, not the short-lived cache
  const before = process.cpuUsage();
  const view = await viewBooking(database.db, token, now);
  const used = process.cpuUsage(before);
  if (i === 0 && view.days.length === 0) throw new Error('no slots offered');
  cpu.push((used.user + used.system) / 1000);
}
cpu.sort((a, b) => a - b);
const cpuMedian = cpu[Math.floor(cpu.length / 2)] ?? 0;

/** The load comes from a second process, as it would from clients: not from the server's own event loop. */
async function load(url: string) {
  // autocannon's main module is also its command line.
  const cli = createRequire(import.meta.url).resolve('autocannon');
  const { stdout } = await run(
    process.execPath,
    [cli, '-c', String(connections), '-d', String(seconds), '-j', url],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const result = JSON.parse(stdout) as autocannon.Result;
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const config = {
  ...loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    LINK_SECRET: 'bench-link-secret-0123456789abcdef',
    OUTBOX_WORKER: 'false',
  }),
  demoData: false,
};
const server = await createServer(config, {
  database,
  now: () => now,
  rateLimits: { linkPerMinute: 10_000_000, generalPerMinute: 10_000_000 },
});
const base = await server.start();
const hello = Fastify();
hello.get('/hello', async () => ({ hello: 'world' }));
await hello.listen({ port: 0, host: '127.0.0.1' });
const helloAddress = hello.server.address();
const helloUrl = `http://127.0.0.1:${typeof helloAddress === 'object' && helloAddress ? helloAddress.port : 0}/hello`;

const input = encodeURIComponent(JSON.stringify({ token }));
const view = await load(`${base}/trpc/booking.view?input=${input}`);
const bare = await load(helloUrl);
await hello.close();
await server.stop();
await database.close();

console.log(
  `driver=${kind} appointments=${rows.length} window_days=21 slot_listing_cpu_median_ms=${cpuMedian.toFixed(1)} ` +
    `view_rps=${view.rps.toFixed(0)} view_p99_ms=${view.p99} view_errors=${view.errors} ` +
    `hello_rps=${bare.rps.toFixed(0)} hello_p99_ms=${bare.p99} ratio=${(view.rps / bare.rps).toFixed(3)} ` +
    `connections=${connections} seconds=${seconds}`,
);
