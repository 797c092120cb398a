import { customers, notices } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { londonDate } from '@doorstep/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createOutboxWorker, PermanentDeliveryError } from '../src/services/notices/outbox';
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
const ADVISOR = 'advisor.huyton@doorstep.example';
const OTHER_ADVISOR = 'advisor.kirkby@doorstep.example';
const NO_ADDRESS = 'There is no postal address for this letter: contact them another way.';

describe('the staff view of notices', () => {
  let database: TestDatabase;
  let customerId: string;
  let invitationNoticeId: string;
  let confirmationNoticeId: string;
  const as = async (email: string | null, at = now) =>
    createCaller(await contextAs(database, email, at));

  beforeAll(async () => {
    database = await seededTestDatabase('pglite');
    [customerId = ''] = await customersInPatch(database, 'Huyton');
    await database.db
      .update(customers)
      .set({ preferredChannel: 'post', preferredFormat: 'large_print', preferredLanguage: 'en' })
      .where(eq(customers.id, customerId));
    // The real flows: an advisor's invitation, then a visit booked on the phone.
    const advisor = await as(ADVISOR);
    const { id } = await advisor.invitations.create({
      customerId,
      type: 'repair_inspection',
      purpose: 'Look at the leak under the kitchen sink',
      windowStartsOn: '2026-12-01',
      windowEndsOn: '2026-12-18',
    });
    // Then a survey agreed on the phone: the landlord's visit, so its notice has a deadline.
    const offer = await advisor.appointments.slots({
      customerId,
      type: 'survey',
      from: '2026-12-14',
      to: '2026-12-18',
    });
    await advisor.appointments.create({
      customerId,
      type: 'survey',
      purpose: 'A survey of the kitchen and bathroom',
      start: offer.days[0]?.slots[0]?.start ?? '',
      bookedVia: 'phone',
    });
    const [notice] = await database.db
      .select({ id: notices.id })
      .from(notices)
      .where(and(eq(notices.invitationId, id), isNull(notices.representativeId)));
    invitationNoticeId = notice?.id ?? '';
    const [confirmation] = await database.db
      .select({ id: notices.id })
      .from(notices)
      .where(
        and(
          eq(notices.customerId, customerId),
          eq(notices.kind, 'booking_confirmation'),
          isNull(notices.representativeId),
        ),
      );
    confirmationNoticeId = confirmation?.id ?? '';
  });
  afterAll(() => database?.close());

  it('lists every notice for a customer, newest first, with how and in what state', async () => {
    const list = await (await as(ADVISOR)).notices.forCustomer({ customerId });
    expect(list.map((n) => n.kind)).toEqual(['booking_confirmation', 'invitation']);
    expect(list[1]).toMatchObject({
      id: invitationNoticeId,
      channel: 'post',
      format: 'large_print',
      language: 'en',
      status: 'pending',
      attempts: 0,
      problem: null,
      sentAt: null,
      representativeName: null,
    });
    expect(Date.parse(list[0]?.createdAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(list[1]?.createdAt ?? ''),
    );
  });

  it('refuses another patch’s advisor the list and the preview', async () => {
    const other = await as(OTHER_ADVISOR);
    await expect(other.notices.forCustomer({ customerId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(other.notices.preview({ noticeId: invitationNoticeId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('previews the email and the text, the text carrying the booking link', async () => {
    const preview = await (await as(ADVISOR)).notices.preview({ noticeId: invitationNoticeId });
    expect(preview.language).toBe('en');
    expect(preview.email.subject.length).toBeGreaterThan(0);
    expect(preview.email.text).toContain('Look at the leak under the kitchen sink');
    expect(preview.sms.text).toMatch(/\/b\/[A-Za-z0-9_-]{43}/);
    expect(preview.sms.segments).toBeLessThanOrEqual(3);
    await expect(
      (await as(ADVISOR)).notices.preview({ noticeId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows a day’s due notices, the late ones and the failed ones, for the caller’s patches', async () => {
    // Times the tenant agreed owe no notice period, so no flow yet sets a deadline: give
    // the confirmation one as a landlord-proposed visit's notice would have.
    const sendBy = new Date('2026-12-09T17:00:00Z');
    await database.db
      .update(notices)
      .set({ sendBy, nextAttemptAt: now })
      .where(eq(notices.id, confirmationNoticeId));
    const day = londonDate(sendBy);
    const before = await (await as(ADVISOR)).notices.day({ date: day });
    expect(before.date).toBe(day);
    expect(before.due.find((n) => n.id === confirmationNoticeId)).toBeDefined();

    // After its send-by time, still pending: late.
    const after = new Date(sendBy.getTime() + 60_000);
    const late = await (await as(ADVISOR, after)).notices.day({ date: londonDate(after) });
    expect(late.late.find((n) => n.id === confirmationNoticeId)?.customerName).toBeTruthy();

    // The worker finds no address for it: failed, with the reason for staff.
    const worker = createOutboxWorker({
      db: database.db,
      now: () => after,
      batchSize: 500,
      deliver: async (notice) => {
        if (notice.id === confirmationNoticeId) throw new PermanentDeliveryError(NO_ADDRESS);
        throw new Error('The post room is closed');
      },
    });
    await worker.runOnce();
    const failed = await (await as(ADVISOR, after)).notices.day({ date: londonDate(after) });
    expect(failed.failed.find((n) => n.id === confirmationNoticeId)).toMatchObject({
      status: 'failed',
      problem: NO_ADDRESS,
    });
    expect(failed.late.find((n) => n.id === confirmationNoticeId)).toBeUndefined();

    const other = await (await as(OTHER_ADVISOR, after)).notices.day({ date: day });
    const theirs = [...other.due, ...other.late, ...other.failed].map((n) => n.customerId);
    expect(theirs).not.toContain(customerId);
    const manager = await (await as('manager@doorstep.example', after)).notices.day({ date: day });
    expect(manager.failed.map((n) => n.id)).toContain(confirmationNoticeId);
  });

  it('refuses a malformed date', async () => {
    await expect((await as(ADVISOR)).notices.day({ date: '23/11/2026' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  describe('the letter PDF', () => {
    let url: string;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      const started = await startTestServer(database);
      url = started.url;
      stop = () => started.server.stop();
    });
    afterAll(() => stop?.());

    const letter = (cookie?: string, id = invitationNoticeId) =>
      fetch(`${url}/notices/${id}/letter.pdf`, { headers: cookie ? { cookie } : {} });

    it('is a PDF for the patch’s advisor', async () => {
      const response = await letter(await signedInCookie(url, ADVISOR));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('cache-control')).toContain('no-store');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('needs a session', async () => {
      expect((await letter()).status).toBe(401);
      expect((await letter('doorstep_session=not-a-real-session')).status).toBe(401);
    });

    it('is refused to another patch’s advisor', async () => {
      expect((await letter(await signedInCookie(url, OTHER_ADVISOR))).status).toBe(403);
    });

    it('is not found for an unknown or malformed id', async () => {
      const cookie = await signedInCookie(url, ADVISOR);
      expect((await letter(cookie, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await letter(cookie, 'nope')).status).toBe(404);
    });
  });
});
