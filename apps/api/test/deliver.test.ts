import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { customers, formatTasks, notices, representatives } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { addWorkingDays, londonDate, workingDaysBetween } from '@doorstep/domain';
import { eq, isNull } from 'drizzle-orm';
import ICAL from 'ical.js';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { queueNotice } from '../src/services/booking/notices';
import { createDelivery } from '../src/services/notices/deliver';
import { smtpTransport } from '../src/services/notices/email';
import { createOutboxWorker } from '../src/services/notices/outbox';
import { TEST_LINK_SECRET } from '../src/trpc/context';
import { createCallerFactory } from '../src/trpc/init';
import {
  contextAs,
  customersInPatch,
  seededTestDatabase,
  signedInCookie,
  startTestServer,
} from './helpers';

const createCaller = createCallerFactory(appRouter);
const now = new Date('2026-11-23T10:00:00Z');
let database: TestDatabase;
let server: SMTPServer;
let smtpUrl: string;
const mails: ParsedMail[] = [];
let customerIds: string[];
const outboxDir = mkdtempSync(path.join(tmpdir(), 'doorstep-outbox-'));

beforeAll(async () => {
  database = await seededTestDatabase('pglite');
  customerIds = await customersInPatch(database, 'Huyton');
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database?.close();
});

async function inviteAndBook(customerId: string, setup: Partial<typeof customers.$inferInsert>) {
  await database.db.update(customers).set(setup).where(eq(customers.id, customerId));
  await database.db.delete(notices);
  const advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example', now));
  const { link } = await advisor.invitations.create({
    customerId,
    type: 'repair_inspection',
    purpose: 'Look at the leak under the kitchen sink',
    windowStartsOn: '2026-12-07',
    windowEndsOn: '2026-12-18',
  });
  const token = link.split('/b/')[1] ?? '';
  const tenant = createCaller(await contextAs(database, null, now));
  const slot = (await tenant.booking.view({ token })).days[0]?.slots[0];
  const booked = await tenant.booking.book({ token, start: slot?.start ?? '' });
  return { link, booked };
}

const deliverAll = async () => {
  const worker = createOutboxWorker({
    db: database.db,
    now: () => now,
    deliver: createDelivery({
      db: database.db,
      links: { publicUrl: 'http://localhost:3000', secret: TEST_LINK_SECRET },
      email: smtpTransport({ url: smtpUrl, from: 'Doorstep <visits@doorstep.example>' }),
      outboxDir,
    }),
  });
  return worker.runOnce();
};

it('emails the invitation with its link, then the confirmation with a calendar file, in the customer’s language', async () => {
  const { link, booked } = await inviteAndBook(customerIds[0] ?? '', {
    email: 'tenant@example.com',
    preferredChannel: 'email',
    preferredFormat: 'standard',
    preferredLanguage: 'pl',
  });
  const result = await deliverAll();
  expect(result).toMatchObject({ sent: 2, failed: 0 });
  const [invitation, confirmation] = [...mails].sort((a, b) =>
    a.attachments.length > b.attachments.length ? 1 : -1,
  );
  expect(invitation?.text).toContain(link);
  expect(invitation?.html || '').toContain('lang="pl"');
  const ics = confirmation?.attachments.find((a) => a.filename === 'visit.ics');
  const event = new ICAL.Event(
    new ICAL.Component(ICAL.parse(ics?.content.toString('utf8') ?? '')).getFirstSubcomponent(
      'vevent',
    ) ?? undefined,
  );
  expect(event.startDate.toJSDate().toISOString()).toBe(booked.start);
  expect(confirmation?.text).toContain(booked.reference);
});

it('prints a large-print letter and texts a link, into the outbox', async () => {
  await inviteAndBook(customerIds[1] ?? '', {
    preferredChannel: 'post',
    preferredFormat: 'large_print',
    preferredLanguage: 'en',
  });
  expect(await deliverAll()).toMatchObject({ failed: 0 });
  const letters = readdirSync(outboxDir).filter((f) => f.endsWith('.letter.pdf'));
  expect(letters.length).toBeGreaterThanOrEqual(2);
  expect(
    readFileSync(path.join(outboxDir, letters[0] ?? ''))
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  const { link } = await inviteAndBook(customerIds[2] ?? '', {
    preferredChannel: 'sms',
    preferredFormat: 'standard',
    phone: '07700 900123',
    preferredLanguage: 'en',
  });
  expect(await deliverAll()).toMatchObject({ failed: 0 });
  const texts = readdirSync(outboxDir)
    .filter((f) => f.endsWith('.sms.txt'))
    .map((f) => readFileSync(path.join(outboxDir, f), 'utf8'));
  expect(texts.some((t) => t.includes(link))).toBe(true);
});

it('sends in English when there is no template in the customer’s language, and tells staff', async () => {
  await inviteAndBook(customerIds[5] ?? '', {
    email: 'tenant@example.com',
    preferredChannel: 'email',
    preferredFormat: 'standard',
    preferredLanguage: 'lt',
  });
  expect(await deliverAll()).toMatchObject({ failed: 0 });
  const own = await database.db.select().from(notices).where(isNull(notices.representativeId));
  expect(
    own.every(
      (n) =>
        n.status === 'sent' &&
        n.problem === 'Sent in English: there is no lt version of this message yet.',
    ),
  ).toBe(true);
});

it('hands a braille notice to the supplier as a task due in 5 working days (000 §2.15)', async () => {
  await inviteAndBook(customerIds[3] ?? '', {
    preferredChannel: 'post',
    preferredFormat: 'braille',
  });
  expect(await deliverAll()).toMatchObject({ failed: 0 });
  const own = await database.db.select().from(notices).where(isNull(notices.representativeId));
  const tasks = await database.db.select().from(formatTasks);
  expect(tasks.map((t) => t.noticeId).sort()).toEqual(own.map((n) => n.id).sort());
  for (const task of tasks) {
    const notice = own.find((n) => n.id === task.noticeId);
    expect(task).toMatchObject({ format: 'braille', doneAt: null });
    // Five working days from the day the notice was queued.
    expect(task.dueOn).toBe(addWorkingDays(londonDate(notice?.createdAt ?? new Date()), 5));
  }
  expect(readdirSync(outboxDir).filter((f) => own.some((n) => f.startsWith(n.id)))).toEqual([]);
});

it('runs the worker inside the server, so a new invitation reaches the outbox by itself', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'doorstep-data-'));
  const { server: api, url } = await startTestServer(database, {
    env: { OUTBOX_WORKER: 'true', DATA_DIR: dataDir, REMINDER_DAYS_BEFORE: '0' },
  });
  try {
    await database.db
      .update(customers)
      .set({ preferredChannel: 'post', preferredFormat: 'standard' })
      .where(eq(customers.id, customerIds[4] ?? ''));
    const cookie = await signedInCookie(url, 'advisor.huyton@doorstep.example');
    const created = await fetch(`${url}/trpc/invitations.create`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-doorstep-request': '1' },
      body: JSON.stringify({
        customerId: customerIds[4],
        type: 'survey',
        purpose: 'A survey of the kitchen and bathroom',
        windowStartsOn: '2027-01-04',
        windowEndsOn: '2027-01-15',
      }),
    });
    expect(created.status).toBe(200);
    const outbox = path.join(dataDir, 'outbox');
    let letters: string[] = [];
    for (let i = 0; i < 100 && letters.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      letters = (() => {
        try {
          return readdirSync(outbox).filter((f) => f.endsWith('.letter.pdf'));
        } catch {
          return [];
        }
      })();
    }
    expect(letters).toHaveLength(1);
  } finally {
    await api.stop();
  }
});

it('lists supplier tasks for the patch and closes one when staff say it has gone', async () => {
  const advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example', now));
  const open = await advisor.notices.formatTasks();
  expect(open.length).toBeGreaterThan(0);
  const [first] = open;
  const { doneAt } = await advisor.notices.completeFormatTask({ id: first?.id ?? '' });
  expect(doneAt).toBe(now.toISOString());
  expect((await advisor.notices.formatTasks()).map((t) => t.id)).not.toContain(first?.id);
  const other = createCaller(await contextAs(database, 'advisor.kirkby@doorstep.example', now));
  expect((await other.notices.formatTasks()).map((t) => t.id)).not.toContain(open[1]?.id);
});

it('fails a notice whose template cannot be filled at once, sending nothing', async () => {
  await database.db.delete(notices);
  const before = mails.length;
  const advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example', now));
  const { id: invitationId } = await advisor.invitations.create({
    customerId: customerIds[0] ?? '',
    type: 'survey',
    purpose: 'A survey of the kitchen and bathroom',
    windowStartsOn: '2026-12-07',
    windowEndsOn: '2026-12-18',
  });
  // A confirmation with no visit behind it: the template has no time to fill in.
  await database.db
    .update(notices)
    .set({ kind: 'booking_confirmation' })
    .where(eq(notices.invitationId, invitationId));
  expect(await deliverAll()).toMatchObject({ sent: 0, retrying: 0, failed: 1 });
  const [row] = await database.db
    .select()
    .from(notices)
    .where(eq(notices.invitationId, invitationId));
  expect(row).toMatchObject({ status: 'failed', attempts: 1 });
  expect(row?.problem).toMatch(/^The message could not be written: /);
  expect(mails.length).toBe(before);
});

it('sends the representative their own copy when the customer has authorised it', async () => {
  const customerId = customerIds[6] ?? '';
  await database.db.delete(representatives).where(eq(representatives.customerId, customerId));
  await database.db.insert(representatives).values({
    customerId,
    name: 'Ola Nowak',
    email: 'ola@example.org',
    relationship: 'daughter',
    authorisedOn: '2025-01-01',
    authorisedBy: 'letter',
    scope: ['all'],
    period: 'ongoing',
    startsOn: '2025-01-01',
    dateOfBirth: '1980-05-05',
  });
  const before = mails.length;
  await inviteAndBook(customerId, {
    email: 'tenant@example.com',
    preferredChannel: 'email',
    preferredFormat: 'standard',
    preferredLanguage: 'en',
  });
  expect(await deliverAll()).toMatchObject({ failed: 0 });
  const recipients = mails.slice(before).map((m) => (m.to as { text: string }).text);
  expect(recipients.filter((to) => to === 'ola@example.org')).toHaveLength(2);
  expect(recipients.filter((to) => to === 'tenant@example.com')).toHaveLength(2);
});

it('gives a braille tenant’s notice of a landlord-proposed visit a deadline a week of working days earlier than an email tenant’s', async () => {
  const start = new Date('2027-01-20T10:00:00Z');
  const queueFor = async (profile: Parameters<typeof queueNotice>[1]['profile']) => {
    await database.db.delete(notices);
    await database.db.transaction((tx) =>
      queueNotice(tx, {
        kind: 'booking_confirmation',
        customerId: customerIds[7] ?? '',
        profile,
        type: 'tenancy_visit',
        now,
        appointment: { start, initiatedBy: 'landlord' },
      }),
    );
    const [row] = await database.db.select().from(notices);
    return row?.sendBy ?? new Date(0);
  };
  const braille = await queueFor({ writtenFormat: 'braille', contactChannel: 'post' });
  const email = await queueFor({ writtenFormat: 'standard', contactChannel: 'email' });
  expect(braille.getTime()).toBeLessThan(email.getTime());
  // 5 working days to produce braille and 2 to post it, before the same notice period.
  expect(workingDaysBetween(londonDate(braille), londonDate(email))).toBeGreaterThanOrEqual(7);
  expect(email.getTime()).toBeLessThan(start.getTime());
});
