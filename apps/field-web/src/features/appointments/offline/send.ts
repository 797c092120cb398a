import { TRPCClientError } from '@trpc/client';
import type { makeTRPCClient } from '../../../trpc';
import type { DayOutput, RecordOutcomeInput } from '../day/types';
import { NO_SIGNAL, type SendResult } from './outbox';

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

export const isSignedOut = (error: unknown) =>
  error instanceof TRPCClientError && error.data?.code === 'UNAUTHORIZED';

export function networkSender(client: Client) {
  return async (input: RecordOutcomeInput): Promise<SendResult> => {
    try {
      await client.appointments.recordOutcome.mutate(input);
      return { ok: true };
    } catch (error) {
      return toSendResult(error);
    }
  };
}

export const fetchDay = (client: Client, date: string, days: 1 | 7): Promise<DayOutput> =>
  client.appointments.day.query({ date, days });

export const fetchSessionEnd = async (client: Client) =>
  (await client.auth.session.query()).absoluteEndsAt;
