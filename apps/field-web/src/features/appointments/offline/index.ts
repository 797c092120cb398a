/** The advisor app offline: the day kept on the phone, and outcomes queued until there is signal. */
export { type DayResult, useDay, useOutbox } from './hooks';
export { OutboxStatus } from './OutboxStatus';
export {
  clearIfSessionEnded,
  clearOfflineData,
  resumeOfflineSession,
  startOfflineSession,
} from './runtime';
export type { QueuedOutcome } from './store';
