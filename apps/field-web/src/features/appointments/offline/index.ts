/**
 * The advisor app offline: the day and its Living Well record forms kept on the phone, and
 * outcomes and meeting records queued until there is signal.
 */
export { type DayResult, sentOutcomeFor, useDay, useOutbox } from './hooks';
export { OutboxStatus } from './OutboxStatus';
export {
  clearIfSessionEnded,
  clearOfflineData,
  loadRecordForm,
  resumeOfflineSession,
  startOfflineSession,
} from './runtime';
export { isNoSignal } from './send';
export type { QueuedMeeting, QueuedOutcome, SentItem } from './store';
