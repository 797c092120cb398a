import { endOfLondonDay } from '../calendar/london';
import { epochMs } from './instants';
import type { Tally } from './tally-types';
import { weekStart } from './weeks';

/**
 * An alternative-format task is met when done before the end of its due date (5 working
 * days, 000 §2.15, set when the task was made). Not counted while that time is still running.
 */
export const classifyFormatTask = (
  t: { createdAt: string; dueOn: string; doneAt: string | null },
  now: string,
): Tally | null => {
  const due = endOfLondonDay(t.dueOn).epochMilliseconds;
  if (t.doneAt === null && epochMs(now) < due) return null;
  const met = t.doneAt !== null && epochMs(t.doneAt) < due;
  return { counted: true, met, week: weekStart(t.createdAt) };
};
