import type { AddressInfo } from 'node:net';
import { customers, notices } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { eq, inArray } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpTransport } from '../src/services/notices/email';
import {
  createOutboxWorker,
  type OutboxNotice,
  PermanentDeliveryError,
} from '../src/services/notices/outbox';
import { customersInPatch, seededTestDatabase } from './helpers';

/** A real SMTP server in this process; `refuse` makes it reject messages until turned off. */
async function startSmtp() {
  const received: { messageId: string; to: string; subject: string }[] = [];
  const state = { refuse: false, drop: false, hang: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (state.hang) {
        stream.resume();
        return; // never answers: the client must give up by itself
      }
      if (state.drop) {
        // 421 makes the server close the connection in the middle of the exchange.
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('Closing connection'), { responseCode: 421 })),
        );
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          if (state.refuse) return callback(new Error('451 Try again later'));
          received.push({
            messageId: mail.messageId ?? '',
            to: mail.to ? String((mail.to as { text: string }).text) : '',
            subject: mail.subject ?? '',
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    state,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe.each(testDrivers())('the notices outbox on %s', (kind) => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let customerIds: string[];
  const at = new Date('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    smtp = await startSmtp();
    customerIds = (await customersInPatch(database, 'Huyton')).slice(0, 40);
    await database.db
      .update(customers)
      .set({ email: 'tenant@example.com' })
      .where(inArray(customers.id, customerIds));
  });
  afterAll(async () => {
    await smtp?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.delete(notices);
    smtp.received.length = 0;
    smtp.state.refuse = false;
    smtp.state.drop = false;
    smtp.state.hang = false;
  });

  const queue = (ids: string[]) =>
    database.db
      .insert(notices)
      .values(
        ids.map((customerId) => ({
          kind: 'booking_confirmation' as const,
          customerId,
          channel: 'email' as const,
          format: 'standard' as const,
          language: 'en',
          nextAttemptAt: at,
        })),
      )
      .returning({ id: notices.id });

  function emailDelivery() {
    const transport = smtpTransport({
      url: smtp.url,
      from: 'Doorstep <visits@doorstep.example>',
      timeoutMs: 2_000,
    });
    return async (notice: OutboxNotice) => {
      const [customer] = await database.db
        .select()
        .from(customers)
        .where(eq(customers.id, notice.customerId));
      if (!customer?.email)
        throw new PermanentDeliveryError(
          'The customer has no email address; contact them another way.',
        );
      await transport.send({
        to: customer.email,
        subject: `Your visit (${notice.kind})`,
        text: 'Details',
        messageId: `<notice-${notice.id}@doorstep>`,
      });
    };
  }

  it('lets two workers share one queue, delivering each notice exactly once', async () => {
    const queued = await queue(customerIds.slice(0, 30));
    const make = () =>
      createOutboxWorker({
        db: database.db,
        deliver: emailDelivery(),
        now: () => at,
        batchSize: 4,
      });
    const [a, b] = [make(), make()];
    let rounds = 0;
    while (rounds < 50) {
      const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
      rounds += 1;
      if (ra.sent + rb.sent === 0) break;
    }
    expect(smtp.received).toHaveLength(30);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(30);
    expect(new Set(smtp.received.map((m) => m.messageId))).toEqual(
      new Set(queued.map((n) => `<notice-${n.id}@doorstep>`)),
    );
    const rows = await database.db.select().from(notices);
    expect(rows.every((n) => n.status === 'sent' && n.attempts === 1 && n.sentAt)).toBe(true);
  });

  it('keeps a notice queued when the server refuses, and retries after the backoff', async () => {
    const [queued] = await queue(customerIds.slice(0, 1));
    let clock = at;
    const worker = createOutboxWorker({
      db: database.db,
      deliver: emailDelivery(),
      now: () => clock,
    });
    smtp.state.refuse = true;
    expect(await worker.runOnce()).toMatchObject({ sent: 0, retrying: 1 });
    const [afterFailure] = await database.db
      .select()
      .from(notices)
      .where(eq(notices.id, queued?.id ?? ''));
    expect(afterFailure).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(afterFailure?.problem).toMatch(/451/);
    expect(afterFailure?.nextAttemptAt.getTime()).toBe(at.getTime() + 60_000);

    smtp.state.refuse = false;
    clock = new Date(at.getTime() + 30_000);
    expect(await worker.runOnce()).toMatchObject({ sent: 0, retrying: 0 });
    clock = new Date(at.getTime() + 60_000);
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it.each(['drop', 'hang'] as const)(
    'keeps a notice queued when the server %ss the connection mid-message',
    async (failure) => {
      const [queued] = await queue(customerIds.slice(0, 1));
      smtp.state[failure] = true;
      const worker = createOutboxWorker({
        db: database.db,
        deliver: emailDelivery(),
        now: () => at,
      });
      expect(await worker.runOnce()).toMatchObject({ sent: 0, retrying: 1 });
      const [row] = await database.db
        .select()
        .from(notices)
        .where(eq(notices.id, queued?.id ?? ''));
      expect(row).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
      expect(row?.problem).toBeTruthy();
      expect(smtp.received).toHaveLength(0);
    },
  );

  it('gives up after the last attempt and raises the notice to staff', async () => {
    const [queued] = await queue(customerIds.slice(0, 1));
    let clock = at;
    const worker = createOutboxWorker({
      db: database.db,
      deliver: emailDelivery(),
      now: () => clock,
      maxAttempts: 3,
    });
    smtp.state.refuse = true;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await worker.runOnce();
      clock = new Date(clock.getTime() + 6 * 3_600_000);
    }
    const [row] = await database.db
      .select()
      .from(notices)
      .where(eq(notices.id, queued?.id ?? ''));
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(smtp.received).toHaveLength(0);
  });

  it('fails at once, with the reason, when there is no address for the channel', async () => {
    const [queued] = await queue(customerIds.slice(0, 1));
    await database.db
      .update(customers)
      .set({ email: null })
      .where(eq(customers.id, customerIds[0] ?? ''));
    const worker = createOutboxWorker({ db: database.db, deliver: emailDelivery(), now: () => at });
    expect(await worker.runOnce()).toMatchObject({ failed: 1 });
    const [row] = await database.db
      .select()
      .from(notices)
      .where(eq(notices.id, queued?.id ?? ''));
    expect(row).toMatchObject({
      status: 'failed',
      attempts: 1,
      problem: 'The customer has no email address; contact them another way.',
    });
    await database.db
      .update(customers)
      .set({ email: 'tenant@example.com' })
      .where(eq(customers.id, customerIds[0] ?? ''));
  });

  it('never sends twice when a worker dies between sending and marking', async () => {
    const [queued] = await queue(customerIds.slice(0, 1));
    const crashing = createOutboxWorker({
      db: database.db,
      deliver: emailDelivery(),
      now: () => at,
      afterSend: () => {
        throw new Error('worker killed');
      },
    });
    await expect(crashing.runOnce()).rejects.toThrow('worker killed');
    expect(smtp.received).toHaveLength(1);

    const restarted = createOutboxWorker({
      db: database.db,
      deliver: emailDelivery(),
      now: () => new Date(at.getTime() + 11 * 60_000),
    });
    expect(await restarted.runOnce()).toMatchObject({ sent: 0, recovered: 1 });
    expect(await restarted.runOnce()).toMatchObject({ sent: 0, recovered: 0 });
    expect(smtp.received).toHaveLength(1);
    const [row] = await database.db
      .select()
      .from(notices)
      .where(eq(notices.id, queued?.id ?? ''));
    expect(row?.status).toBe('failed');
    expect(row?.problem).toMatch(/Check with the customer before sending again/);
  });
});
