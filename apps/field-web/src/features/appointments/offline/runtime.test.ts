import 'fake-indexeddb/auto';
import { TRPCClientError } from '@trpc/client';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecordForm } from '../../living-well/record/types';
import type { DayOutput } from '../day/types';
import { NO_SIGNAL } from './outbox';
import {
  clearIfSessionEnded,
  clearOfflineData,
  keepsDay,
  offlineDb,
  outbox,
  resumeOfflineSession,
} from './runtime';
import { toSendResult } from './send';
import { offlineStaff } from './staff';
import {
  markSent,
  readDay,
  readOutbox,
  readRecordForm,
  readSent,
  saveDay,
  saveRecordForm,
} from './store';

const STAFF = '6f1d3c2a-0000-4000-8000-000000000001';
const day = { date: '2026-11-24', days: 1, visits: [] } as unknown as DayOutput;

/**
 * What a day out leaves on the phone: the session, a kept day and a Living Well record form,
 * an outcome sent with the server's answer, an unsent outcome.
 */
async function keepSomething(absoluteEndsAt: string | null) {
  const db = await offlineDb();
  await db.put('session', { staffId: STAFF, absoluteEndsAt }, 'current');
  await saveDay(db, { staffId: STAFF, date: '2026-11-24', days: 1, data: day, savedAt: 'x' });
  await saveRecordForm(db, {
    staffId: STAFF,
    tenancyId: 't1',
    savedAt: 'x',
    data: { customer: { id: 'c1', name: 'Ann Lee' } } as unknown as RecordForm,
  });
  await markSent(db, {
    kind: 'meeting',
    id: 'k0',
    staffId: STAFF,
    input: { idempotencyKey: 'k0', tenancyId: 't0', heldOn: '2026-11-24', outcome: 'met' },
    answer: { meetingId: 'm0', nextDueOn: '2027-11-24' },
    sentAt: '2026-11-24T09:00:00Z',
    order: 0,
  });
  await db.put('outbox', {
    id: 'k1',
    staffId: STAFF,
    input: {
      idempotencyKey: 'k1',
      appointmentId: 'a1',
      expectedVersion: 0,
      outcome: 'met',
      occurredAt: '2026-11-24T10:00:00Z',
      note: 'Spoke about the damp in the back bedroom',
    },
    status: 'pending',
    reason: null,
    attempts: 0,
    createdAt: '2026-11-24T10:00:00Z',
    order: 1,
  });
}

async function nothingLeft() {
  const db = await offlineDb();
  expect(await readOutbox(db)).toEqual([]);
  expect(await readDay(db, STAFF, '2026-11-24', 1)).toBeUndefined();
  expect(await readRecordForm(db, STAFF, 't1')).toBeUndefined();
  expect(await readSent(db)).toEqual([]);
  expect(await db.get('session', 'current')).toBeUndefined();
  expect(outbox.getSnapshot().items).toEqual([]);
  expect(offlineStaff.get()).toBeNull();
}

describe('what is kept on the phone for offline use', () => {
  beforeEach(() => clearOfflineData());

  it('is all cleared at sign-out', async () => {
    await keepSomething('2026-11-24T20:00:00Z');
    expect(await resumeOfflineSession()).toBe(STAFF);
    expect(outbox.getSnapshot().items).toHaveLength(1);
    await clearOfflineData();
    await nothingLeft();
  });

  it('is kept until the session’s absolute end, and cleared once it has passed', async () => {
    await keepSomething('2026-11-24T20:00:00Z');
    expect(await clearIfSessionEnded(new Date('2026-11-24T19:59:59Z'))).toBe(false);
    expect(await readOutbox(await offlineDb())).toHaveLength(1);
    expect(await clearIfSessionEnded(new Date('2026-11-24T20:00:00Z'))).toBe(true);
    await nothingLeft();
    // Offline after the end: the staff pages do not open from what was kept.
    expect(await resumeOfflineSession()).toBeNull();
  });

  it('keeps only today and tomorrow, one day at a time', () => {
    const now = new Date('2026-11-24T23:30:00Z');
    expect(keepsDay('2026-11-24', 1, now)).toBe(true);
    expect(keepsDay('2026-11-25', 1, now)).toBe(true);
    expect(keepsDay('2026-11-26', 1, now)).toBe(false);
    expect(keepsDay('2026-11-24', 7, now)).toBe(false);
    // 23:30 UTC on 28 June is 00:30 on the 29th in London (summer time): today is the 29th.
    const summer = new Date('2026-06-28T23:30:00Z');
    expect(keepsDay('2026-06-28', 1, summer)).toBe(false);
    expect(keepsDay('2026-06-29', 1, summer)).toBe(true);
    expect(keepsDay('2026-06-30', 1, summer)).toBe(true);
  });
});

const serverError = (code: string, httpStatus: number, message: string) =>
  new TRPCClientError(message, {
    result: { error: { code: -32000, message, data: { code, httpStatus } } },
  });

describe('what the server said, sorted by what the advisor can do', () => {
  it.each([
    ['CONFLICT', 409, 'conflict'],
    ['NOT_FOUND', 404, 'conflict'],
    ['BAD_REQUEST', 400, 'refused'],
    ['INTERNAL_SERVER_ERROR', 500, 'unavailable'],
    ['TOO_MANY_REQUESTS', 429, 'unavailable'],
    ['UNAUTHORIZED', 401, 'signed-out'],
  ])('%s is %s', (code, status, kind) => {
    const result = toSendResult(serverError(code, status, 'This visit no longer exists.'));
    expect(result).toMatchObject({ ok: false, kind });
  });

  it('passes on the server’s words for a conflict', () => {
    expect(toSendResult(serverError('CONFLICT', 409, 'This visit was cancelled.'))).toEqual({
      ok: false,
      kind: 'conflict',
      reason: 'This visit was cancelled.',
    });
  });

  it('takes a failed fetch for no signal', () => {
    expect(toSendResult(new TRPCClientError('Failed to fetch'))).toEqual({
      ok: false,
      kind: 'unavailable',
      reason: NO_SIGNAL,
    });
  });
});
