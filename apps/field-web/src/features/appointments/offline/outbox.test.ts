import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingRecordInput } from '../../living-well/record/types';
import type { RecordOutcomeInput } from '../day/types';
import { sentOutcomeFor } from './hooks';
import { NO_SIGNAL, Outbox, type OutboxOptions, type SendResult } from './outbox';
import {
  type MeetingRecordAnswer,
  type OfflineDb,
  openOfflineDb,
  type RecordOutcomeAnswer,
  readOutbox,
  readSent,
  SENT_KEPT,
} from './store';

const STAFF = '6f1d3c2a-0000-4000-8000-000000000001';
let dbCount = 0;
let db: OfflineDb;
beforeEach(async () => {
  dbCount += 1;
  db = await openOfflineDb(`outbox-test-${dbCount}`);
});
afterEach(() => db.close());

/**
 * The server side of recordOutcome as the contract gives it, in memory: one outcome per visit,
 * the same key again answered from what was stored, a changed version refused in words.
 */
function officeServer() {
  const versions = new Map<string, number>();
  const cancelled = new Set<string>();
  const byKey = new Map<string, string>();
  const applied: RecordOutcomeInput[] = [];
  const received: string[] = [];
  return {
    applied,
    received,
    versions,
    cancel(appointmentId: string) {
      cancelled.add(appointmentId);
      versions.set(appointmentId, (versions.get(appointmentId) ?? 0) + 1);
    },
    receive(input: RecordOutcomeInput): SendResult {
      received.push(input.idempotencyKey);
      if (byKey.has(input.idempotencyKey)) return { ok: true };
      if (cancelled.has(input.appointmentId)) {
        return {
          ok: false,
          kind: 'conflict',
          reason: 'This visit was cancelled in the office at 10:42. Check and record again.',
        };
      }
      if ((versions.get(input.appointmentId) ?? 0) !== input.expectedVersion) {
        return { ok: false, kind: 'conflict', reason: 'This visit was changed in the office.' };
      }
      if (Date.parse(input.occurredAt) > Date.parse('2026-11-24T12:05:00Z')) {
        return { ok: false, kind: 'refused', reason: 'The time of the visit is in the future.' };
      }
      byKey.set(input.idempotencyKey, input.appointmentId);
      versions.set(input.appointmentId, input.expectedVersion + 1);
      applied.push(input);
      return { ok: true };
    },
  };
}

let keyCount = 0;
function outcome(appointment: number, changes: Partial<RecordOutcomeInput> = {}) {
  keyCount += 1;
  return {
    idempotencyKey: `00000000-0000-4000-8000-${String(keyCount).padStart(12, '0')}`,
    appointmentId: `10000000-0000-4000-8000-${String(appointment).padStart(12, '0')}`,
    expectedVersion: 0,
    outcome: 'no_access',
    occurredAt: '2026-11-24T10:00:00Z',
    cardLeft: true,
    ...changes,
  } satisfies RecordOutcomeInput;
}

function makeOutbox(send: OutboxOptions['send'], options: Partial<OutboxOptions> = {}) {
  let keys = 0;
  return new Outbox({
    db: async () => db,
    send,
    sendMeeting: async () => {
      throw new Error('no meeting record was expected here');
    },
    staffId: () => STAFF,
    newKey: () => {
      keys += 1;
      return `99999999-0000-4000-8000-${String(keys).padStart(12, '0')}`;
    },
    ...options,
  });
}

/** A network that can be cut, and can lose answers after the server has acted. */
function network(server: ReturnType<typeof officeServer>) {
  const state = { online: false, loseAnswers: 0 };
  const send = async (input: RecordOutcomeInput): Promise<SendResult> => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (!state.online) throw new TypeError('Failed to fetch');
    const result = server.receive(input);
    if (state.loseAnswers > 0) {
      state.loseAnswers -= 1;
      throw new TypeError('Failed to fetch');
    }
    return result;
  };
  return { state, send };
}

describe('the outbox of outcomes recorded on the phone', () => {
  it('keeps an outcome with its reason while there is no signal, and sends it later with the same key', async () => {
    const server = officeServer();
    const net = network(server);
    const outbox = makeOutbox(net.send);
    const input = outcome(1);
    await outbox.enqueue(input);
    await outbox.sync();
    await outbox.sync();

    const [waiting] = await readOutbox(db);
    expect(waiting).toMatchObject({ status: 'pending', reason: NO_SIGNAL, input });
    expect(outbox.getSnapshot().items).toHaveLength(1);
    expect(server.applied).toHaveLength(0);

    net.state.online = true;
    await outbox.sync();
    expect(await readOutbox(db)).toEqual([]);
    expect(server.applied).toEqual([input]);
    expect(new Set(server.received)).toEqual(new Set([input.idempotencyKey]));
  });

  it('applies 20 outcomes exactly once when answers are lost and the sync is repeated', async () => {
    const server = officeServer();
    const net = network(server);
    const outbox = makeOutbox(net.send);
    const inputs = Array.from({ length: 20 }, (_, index) => outcome(index + 1));
    for (const input of inputs) await outbox.enqueue(input);
    await outbox.sync();
    expect(outbox.getSnapshot().items).toHaveLength(20);

    net.state.online = true;
    net.state.loseAnswers = 3;
    // Each lost answer stops the run: the same item is sent again, with its key, next time.
    for (let run = 0; run < 5 && outbox.getSnapshot().items.length > 0; run += 1) {
      await outbox.sync();
    }
    expect(outbox.getSnapshot().items).toEqual([]);
    expect(server.applied.map((i) => i.idempotencyKey)).toEqual(
      inputs.map((i) => i.idempotencyKey),
    );
    expect(server.received.length).toBe(23);
  });

  it('sends in the order the outcomes were saved, and nothing after one that must wait', async () => {
    const server = officeServer();
    let serverUp = false;
    const sent: string[] = [];
    const outbox = makeOutbox(async (input) => {
      sent.push(input.appointmentId);
      return serverUp
        ? server.receive(input)
        : { ok: false, kind: 'unavailable', reason: 'Doorstep could not take it just now.' };
    });
    const inputs = [outcome(3), outcome(1), outcome(2)];
    for (const input of inputs) await outbox.enqueue(input);
    await outbox.sync();

    // The first could not be sent: the others waited behind it, however often it was tried.
    expect(new Set(sent)).toEqual(new Set([inputs[0]?.appointmentId]));
    const items = await readOutbox(db);
    expect(items.map((item) => item.input)).toEqual(inputs);
    expect(items[0]).toMatchObject({
      status: 'pending',
      reason: 'Doorstep could not take it just now.',
    });
    expect(items[0]?.attempts).toBeGreaterThanOrEqual(1);
    expect(items.slice(1).map((item) => item.attempts)).toEqual([0, 0]);

    serverUp = true;
    await outbox.sync();
    expect(server.applied).toEqual(inputs);
  });

  it('tries again by itself after a lost answer, waiting longer each time, with the same key', async () => {
    const server = officeServer();
    const net = network(server);
    net.state.online = true;
    net.state.loseAnswers = 2;
    const asked: number[] = [];
    const outbox = makeOutbox(net.send, {
      retryDelay: (failures) => {
        asked.push(failures);
        return failures * 5;
      },
    });
    const input = outcome(1);
    await outbox.enqueue(input);
    await expect.poll(() => outbox.getSnapshot().items.length).toBe(0);
    expect(asked).toEqual([1, 2]);
    expect(server.received).toEqual([
      input.idempotencyKey,
      input.idempotencyKey,
      input.idempotencyKey,
    ]);
    expect(server.applied).toEqual([input]);
  });

  it('runs one sync at a time, however often it is asked', async () => {
    const server = officeServer();
    let inFlight = 0;
    let most = 0;
    const outbox = makeOutbox(async (input) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
      return server.receive(input);
    });
    const inputs = Array.from({ length: 8 }, (_, index) => outcome(index + 1));
    await Promise.all(inputs.map((input) => outbox.enqueue(input)));
    await Promise.all([outbox.sync(), outbox.sync(), outbox.sync()]);
    await outbox.sync();
    expect(most).toBe(1);
    expect(server.received).toHaveLength(8);
    expect(server.applied).toHaveLength(8);
  });

  it('shows a visit cancelled in the office as a conflict, in the server words, and sends the rest', async () => {
    const server = officeServer();
    const outbox = makeOutbox(async (input) => server.receive(input));
    const [cancelledVisit, other] = [outcome(1), outcome(2)];
    server.cancel(cancelledVisit.appointmentId);
    await outbox.enqueue(cancelledVisit);
    await outbox.enqueue(other);
    await outbox.sync();

    expect(server.applied).toEqual([other]);
    const [conflict] = outbox.getSnapshot().items;
    expect(conflict).toMatchObject({
      status: 'conflict',
      reason: 'This visit was cancelled in the office at 10:42. Check and record again.',
      input: cancelledVisit,
    });
    // Never sent again on its own: only the advisor's choice moves it.
    await outbox.sync();
    expect(server.received.filter((key) => key === cancelledVisit.idempotencyKey)).toHaveLength(1);

    await outbox.discard(cancelledVisit.idempotencyKey);
    expect(await readOutbox(db)).toEqual([]);
  });

  it('after a change in the office, sends again only when the advisor retries, as a new request', async () => {
    const server = officeServer();
    const outbox = makeOutbox(async (input) => server.receive(input));
    const input = outcome(1);
    server.versions.set(input.appointmentId, 2);
    await outbox.enqueue(input);
    await outbox.sync();
    expect(outbox.getSnapshot().items[0]).toMatchObject({
      status: 'conflict',
      reason: 'This visit was changed in the office.',
    });

    await outbox.retry(input.idempotencyKey, { expectedVersion: 2 });
    await outbox.sync();
    expect(outbox.getSnapshot().items).toEqual([]);
    expect(server.applied).toHaveLength(1);
    expect(server.applied[0]).toMatchObject({ expectedVersion: 2 });
    expect(server.applied[0]?.idempotencyKey).not.toBe(input.idempotencyKey);
  });

  it('keeps an outcome the server refuses as failed, with the reason, until the advisor acts', async () => {
    const server = officeServer();
    const outbox = makeOutbox(async (input) => server.receive(input));
    const future = outcome(1, { occurredAt: '2026-11-25T10:00:00Z' });
    await outbox.enqueue(future);
    await outbox.sync();
    expect(outbox.getSnapshot().items[0]).toMatchObject({
      status: 'failed',
      reason: 'The time of the visit is in the future.',
    });
  });

  it('keeps everything and asks to sign in again when the session has ended', async () => {
    const server = officeServer();
    let signedIn = false;
    const outbox = makeOutbox(async (input) =>
      signedIn
        ? server.receive(input)
        : { ok: false, kind: 'signed-out', reason: 'Sign in again to send them.' },
    );
    const inputs = [outcome(1), outcome(2)];
    for (const input of inputs) await outbox.enqueue(input);
    await outbox.sync();
    expect(outbox.getSnapshot()).toMatchObject({ needsSignIn: true });
    expect((await readOutbox(db)).map((item) => item.status)).toEqual(['pending', 'pending']);

    signedIn = true;
    await outbox.sync();
    expect(outbox.getSnapshot()).toMatchObject({ needsSignIn: false, items: [] });
    expect(server.applied).toEqual(inputs);
  });

  it('after the page died mid-send, a new start sends the same outcome again with the same key', async () => {
    const server = officeServer();
    const input = outcome(1);
    // The first page: the server applied it, then the page was closed before the answer came.
    const first = makeOutbox(async (sent) => {
      server.receive(sent);
      return new Promise<SendResult>(() => {});
    });
    await first.enqueue(input);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readOutbox(db))[0]).toMatchObject({ status: 'sending', attempts: 1 });

    const second = makeOutbox(async (sent) => server.receive(sent));
    await second.load();
    await second.sync();
    expect(server.received).toEqual([input.idempotencyKey, input.idempotencyKey]);
    expect(server.applied).toEqual([input]);
    expect(await readOutbox(db)).toEqual([]);
  });

  it('does not save the same outcome twice, and sends nobody else’s', async () => {
    const server = officeServer();
    const outbox = makeOutbox(async (input) => server.receive(input));
    const input = outcome(1);
    await outbox.enqueue(input);
    await expect(outbox.enqueue(input)).rejects.toThrow();
    const someoneElse = makeOutbox(async (sent) => server.receive(sent), {
      staffId: () => '6f1d3c2a-0000-4000-8000-000000000002',
    });
    await someoneElse.load();
    await someoneElse.sync();
    expect(someoneElse.getSnapshot().items).toEqual([]);
    expect(server.received).toEqual([input.idempotencyKey]);
  });
});

/** livingWell.record as the API answers it, in memory: one meeting per key, per tenancy and day. */
function meetingServer() {
  const byKey = new Map<string, MeetingRecordAnswer>();
  const applied: MeetingRecordInput[] = [];
  const received: string[] = [];
  const held = new Set<string>();
  return {
    applied,
    received,
    receive(input: MeetingRecordInput): SendResult<MeetingRecordAnswer> {
      received.push(input.idempotencyKey);
      const earlier = byKey.get(input.idempotencyKey);
      if (earlier) return { ok: true, answer: earlier };
      if (held.has(`${input.tenancyId}|${input.heldOn}`)) {
        return {
          ok: false,
          kind: 'conflict',
          reason: 'This meeting is already recorded for Tuesday 24 November 2026.',
        };
      }
      held.add(`${input.tenancyId}|${input.heldOn}`);
      const answer = { meetingId: `m-${applied.length + 1}`, nextDueOn: '2027-11-24' };
      byKey.set(input.idempotencyKey, answer);
      applied.push(input);
      return { ok: true, answer };
    },
  };
}

function meeting(tenancy: number): MeetingRecordInput {
  keyCount += 1;
  return {
    idempotencyKey: `00000000-0000-4000-8000-${String(keyCount).padStart(12, '0')}`,
    tenancyId: `20000000-0000-4000-8000-${String(tenancy).padStart(12, '0')}`,
    heldOn: '2026-11-24',
    outcome: 'met',
    notes: 'Talked through the new boiler controls.',
  };
}

/** recordOutcome's answer after no access with a rebook link, as the API gives it. */
const rebookAnswer = (input: RecordOutcomeInput): RecordOutcomeAnswer => ({
  outcomeId: `o-${input.appointmentId}`,
  replayed: false,
  status: 'no_access',
  attempt: { number: 2, standard: 3 },
  followUp: { kind: 'rebook_link', link: `https://doorstep.example/b/${input.appointmentId}` },
  nextStep: 'Second attempt failed: one more reasonable attempt before a referral.',
  livingWellTenancyId: null,
});

describe('meeting records in the same outbox', () => {
  it('sends outcomes and meeting records in the one order they were saved, each once', async () => {
    const visits = officeServer();
    const meetings = meetingServer();
    const order: string[] = [];
    let online = false;
    const outbox = makeOutbox(
      async (input) => {
        if (!online) throw new TypeError('Failed to fetch');
        order.push(input.idempotencyKey);
        return visits.receive(input);
      },
      {
        sendMeeting: async (input) => {
          if (!online) throw new TypeError('Failed to fetch');
          order.push(input.idempotencyKey);
          return meetings.receive(input);
        },
      },
    );
    const first = outcome(1, { outcome: 'met', cardLeft: undefined });
    const record = meeting(1);
    const last = outcome(2);
    await outbox.enqueue(first);
    await outbox.enqueueMeeting(record);
    await outbox.enqueue(last);
    await outbox.sync();
    expect((await readOutbox(db)).map((item) => [item.kind, item.status])).toEqual([
      ['outcome', 'pending'],
      ['meeting', 'pending'],
      ['outcome', 'pending'],
    ]);

    online = true;
    await outbox.sync();
    expect(order).toEqual([first, record, last].map((item) => item.idempotencyKey));
    expect(meetings.applied).toEqual([record]);
    expect(visits.applied).toEqual([first, last]);
    expect(outbox.getSnapshot().items).toEqual([]);
    const meetingSent = outbox.getSnapshot().sent.find((item) => item.kind === 'meeting');
    expect(meetingSent?.answer).toEqual({ meetingId: 'm-1', nextDueOn: '2027-11-24' });
  });

  it('applies a meeting record once when its first answer is lost, and keeps the answer', async () => {
    const meetings = meetingServer();
    let loseAnswers = 1;
    const outbox = makeOutbox(async () => ({ ok: true }), {
      sendMeeting: async (input) => {
        const result = meetings.receive(input);
        if (loseAnswers > 0) {
          loseAnswers -= 1;
          throw new TypeError('Failed to fetch');
        }
        return result;
      },
    });
    const record = meeting(2);
    await outbox.enqueueMeeting(record);
    // The save's own send lost its answer; this sync sends the record again, with its key.
    await outbox.sync();
    expect(outbox.getSnapshot().items).toEqual([]);
    expect(meetings.received).toEqual([record.idempotencyKey, record.idempotencyKey]);
    expect(meetings.applied).toEqual([record]);
    expect(await readSent(db)).toMatchObject([
      { id: record.idempotencyKey, kind: 'meeting', answer: { meetingId: 'm-1' } },
    ]);
  });

  it('keeps a meeting record the server will not take, in its words, and sends what follows', async () => {
    const meetings = meetingServer();
    const visits = officeServer();
    const outbox = makeOutbox(async (input) => visits.receive(input), {
      sendMeeting: async (input) => meetings.receive(input),
    });
    const [once, twice] = [meeting(3), meeting(3)];
    const after = outcome(4);
    await outbox.enqueueMeeting(once);
    await outbox.enqueueMeeting(twice);
    await outbox.enqueue(after);
    await outbox.sync();

    expect(outbox.getSnapshot().items).toEqual([
      expect.objectContaining({
        id: twice.idempotencyKey,
        kind: 'meeting',
        status: 'conflict',
        reason: 'This meeting is already recorded for Tuesday 24 November 2026.',
      }),
    ]);
    expect(visits.applied).toEqual([after]);
    await outbox.sync();
    expect(meetings.received.filter((key) => key === twice.idempotencyKey)).toHaveLength(1);
  });

  it('asks to sign in and keeps the meeting record when the session has ended', async () => {
    const meetings = meetingServer();
    let signedIn = false;
    const outbox = makeOutbox(async () => ({ ok: true }), {
      sendMeeting: async (input) =>
        signedIn
          ? meetings.receive(input)
          : { ok: false, kind: 'signed-out', reason: 'Sign in again to send them.' },
    });
    const record = meeting(5);
    await outbox.enqueueMeeting(record);
    await outbox.sync();
    expect(outbox.getSnapshot()).toMatchObject({ needsSignIn: true });
    expect((await readOutbox(db))[0]).toMatchObject({ status: 'pending', input: record });

    signedIn = true;
    await outbox.sync();
    expect(meetings.applied).toEqual([record]);
  });

  it('keeps the server’s answer to the latest sent items, no more than SENT_KEPT of them', async () => {
    const outbox = makeOutbox(async (input) => ({ ok: true, answer: rebookAnswer(input) }));
    const inputs = Array.from({ length: SENT_KEPT + 5 }, (_, index) => outcome(index + 1));
    for (const input of inputs) await outbox.enqueue(input);
    await outbox.sync();

    const sent = await readSent(db);
    expect(sent).toHaveLength(SENT_KEPT);
    expect(sent.map((item) => item.id)).toEqual(
      inputs.slice(5).map((input) => input.idempotencyKey),
    );
    const lastVisit = inputs.at(-1)?.appointmentId ?? '';
    expect(sentOutcomeFor(outbox.getSnapshot().sent, lastVisit)?.answer).toMatchObject({
      nextStep: 'Second attempt failed: one more reasonable attempt before a referral.',
      followUp: { kind: 'rebook_link', link: `https://doorstep.example/b/${lastVisit}` },
    });
    expect(sentOutcomeFor(outbox.getSnapshot().sent, inputs[0]?.appointmentId ?? '')).toBeNull();
  });
});
