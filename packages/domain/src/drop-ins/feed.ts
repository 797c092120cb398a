import { toLondon } from '../calendar/london';
import type { Occurrence } from './types';

/** How long a cancellation stays in the feeds, so subscribers' calendars pick it up. */
const keepCancelledMs = 30 * 24 * 60 * 60 * 1000;

/**
 * What a feed shows at `now`: everything not skipped, except cancelled occurrences whose
 * cancellation is more than 30 days (30 × 24 hours) before `now`.
 */
export const feedOccurrences = (occurrences: Occurrence[], now: string): Occurrence[] => {
  const cutoff = toLondon(now).epochMilliseconds - keepCancelledMs;
  return occurrences.filter((occurrence) => {
    if (occurrence.status === 'skipped') return false;
    if (occurrence.status !== 'cancelled' || occurrence.changedAt === null) return true;
    return toLondon(occurrence.changedAt).epochMilliseconds >= cutoff;
  });
};
