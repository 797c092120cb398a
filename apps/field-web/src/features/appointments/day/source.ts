/**
 * Where the day pages get their data and send outcomes: the offline hooks (the day kept on
 * the phone, outcomes queued until there is signal). One import to change if that moves.
 */
import { OutboxStatus, type QueuedOutcome, useDay, useOutbox } from '../offline';

export { OutboxStatus, useDay, useOutbox };

/** The outcome waiting on this phone, or refused by the server, for one visit. */
export function queuedFor(
  outbox: { pending: QueuedOutcome[]; conflicts: QueuedOutcome[]; failed: QueuedOutcome[] },
  appointmentId: string,
) {
  const match = (item: QueuedOutcome) => item.input.appointmentId === appointmentId;
  return {
    pending: outbox.pending.find(match) ?? null,
    refused: outbox.conflicts.find(match) ?? outbox.failed.find(match) ?? null,
  };
}
