import type { AddressInfo } from 'node:net';
import { customers, notices } from '@doorstep/db';
import { seedDatabase } from '@doorstep/db/seed';
import { createTestDatabase } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { smtpTransport } from '../src/services/notices/email';
import { createOutboxWorker, type OutboxNotice } from '../src/services/notices/outbox';

/**
 * `npm run bench:notices`: 10,000 queued email notices delivered by two outbox workers to a
 * local SMTP server. Uses the PostgreSQL server in TEST_DATABASE_URL (a new database), else PGlite.
 */
const COUNT = Number(process.env.NOTICES ?? 10_000);
const kind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
const database = await createTestDatabase(kind, { poolSize: 10 });
await seedDatabase(database.db, { homes: 300, seed: 5, today: '2026-11-23' });
const people = await database.db.select({ id: customers.id }).from(customers);
await database.db.update(customers).set({ email: 'tenant@example.com' });

const received = new Set<string>();
let duplicates = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream).then((mail) => {
      const id = mail.messageId ?? '';
      if (received.has(id)) duplicates += 1;
      received.add(id);
      callback();
    }, callback);
  },
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;

const at = new Date('2026-11-23T10:00:00Z');
for (let i = 0; i < COUNT; i += 2_000) {
  await database.db.insert(notices).values(
    Array.from({ length: Math.min(2_000, COUNT - i) }, (_, j) => ({
      kind: 'booking_confirmation' as const,
      customerId: people[(i + j) % people.length]?.id ?? '',
      channel: 'email' as const,
      format: 'standard' as const,
      language: 'en',
      nextAttemptAt: at,
    })),
  );
}

const transport = smtpTransport({
  url,
  from: 'Doorstep <visits@doorstep.example>',
  pooledConnections: 8,
});
const deliver = async (notice: OutboxNotice) =>
  transport.send({
    to: 'tenant@example.com',
    subject: 'Your visit is booked',
    text: `Your visit is booked. Reference for notice ${notice.id}.`,
    messageId: `<notice-${notice.id}@doorstep>`,
  });
const workers = [1, 2].map(() =>
  createOutboxWorker({ db: database.db, deliver, now: () => at, batchSize: 200 }),
);
const started = performance.now();
for (;;) {
  const results = await Promise.all(workers.map((worker) => worker.runOnce()));
  if (results.every((r) => r.sent + r.retrying + r.failed === 0)) break;
}
const seconds = (performance.now() - started) / 1000;
const sent = await database.db.$count(notices, eq(notices.status, 'sent'));
transport.close();
await new Promise<void>((resolve) => server.close(() => resolve()));
await database.close();
console.log(
  `driver=${kind} notices=${COUNT} sent=${sent} received=${received.size} duplicates=${duplicates} seconds=${seconds.toFixed(1)} per_second=${Math.round(COUNT / seconds)}`,
);
