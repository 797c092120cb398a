import type { WrittenFormat } from '../access-needs/vocabulary';
import { epochMs } from './instants';
import type { Tally } from './tally-types';
import { weekStart } from './weeks';

export interface NoticeRecord {
  /** When it had to be dispatched to arrive in time (noticeSendBy); null: no deadline. */
  sendBy: string | null;
  sentAt: string | null;
  format: WrittenFormat;
  /** The format recorded on the customer's profile. */
  customerFormat: WrittenFormat;
  status: string;
}

/**
 * A notice with a send-by time is met when it went by then in the customer's recorded format.
 * It counts once it is sent or its send-by time has passed; a cancelled notice (the visit was
 * called off) owed nothing.
 */
export const classifyNotice = (n: NoticeRecord, now: string): Tally | null => {
  if (n.sendBy === null || n.status === 'cancelled') return null;
  const due = epochMs(n.sendBy);
  if (n.sentAt === null && epochMs(now) < due) return null;
  const met = n.sentAt !== null && epochMs(n.sentAt) <= due && n.format === n.customerFormat;
  return { counted: true, met, week: weekStart(n.sendBy) };
};
