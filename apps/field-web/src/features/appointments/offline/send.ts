import { TRPCClientError } from '@trpc/client';
import type { makeTRPCClient } from '../../../trpc';
import type { MeetingRecordInput, RecordForm } from '../../living-well/record/types';
import type { DayOutput, RecordOutcomeInput } from '../day/types';
import { type MeetingSender, NO_SIGNAL, type Sender, type SendResult } from './outbox';

type Client = ReturnType<typeof makeTRPCClient>;

const SIGNED_OUT =
  'Your session has ended. Sign in again to send what is saved on this phone: nothing is lost.';
const SERVER_DOWN =
  'Doorstep could not take it just now. Saved on this phone; it will be tried again.';

/** The server's answer, sorted by what the advisor can do about it. */
export function toSendResult(error: unknown): SendResult {
  if (!(error instanceof TRPCClientError)) {
    return { ok: false, kind: 'unavailable', reason: NO_SIGNAL };
  }
  const code: string | undefined = error.data?.code;
  const status: number | undefined = error.data?.httpStatus;
  if (code === 'CONFLICT' || code === 'NOT_FOUND') {
    return { ok: false, kind: 'conflict', reason: error.message };
  }
  if (code === 'UNAUTHORIZED') return { ok: false, kind: 'signed-out', reason: SIGNED_OUT };
  if (!code || status === undefined) return { ok: false, kind: 'unavailable', reason: NO_SIGNAL };
  if (status >= 500 || code === 'TOO_MANY_REQUESTS') {
    return { ok: false, kind: 'unavailable', reason: SERVER_DOWN };
  }
  return { ok: false, kind: 'refused', reason: error.message };
}

/** No signal, or the server down: what was being sent can wait on the phone. */
export const isNoSignal = (error: unknown) => {
  const result = toSendResult(error);
  return !result.ok && result.kind === 'unavailable';
};

export const isSignedOut = (error: unknown) =>
  error instanceof TRPCClientError && error.data?.code === 'UNAUTHORIZED';

/** One send: the server's answer, or what the advisor can do about its refusal. */
async function answered<Answer>(call: () => Promise<Answer>): Promise<SendResult<Answer>> {
  try {
    return { ok: true, answer: await call() };
  } catch (error) {
    return toSendResult(error);
  }
}

export const networkSender =
  (client: Client): Sender =>
  (input: RecordOutcomeInput) =>
    answered(() => client.appointments.recordOutcome.mutate(input));

export const meetingSender =
  (client: Client): MeetingSender =>
  (input: MeetingRecordInput) =>
    answered(() => client.livingWell.record.mutate(input));

export const fetchRecordForm = (client: Client, tenancyId: string): Promise<RecordForm> =>
  client.livingWell.recordForm.query({ tenancyId });

export const fetchDay = (client: Client, date: string, days: 1 | 7): Promise<DayOutput> =>
  client.appointments.day.query({ date, days });

export const fetchSessionEnd = async (client: Client) =>
  (await client.auth.session.query()).absoluteEndsAt;
