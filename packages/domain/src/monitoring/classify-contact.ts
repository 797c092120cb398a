import type { WorkingCalendar } from '../calendar/working-calendar';
import { serviceDeadline } from '../service-standards/deadlines';
import { epochMs } from './instants';
import type { Tally } from './tally-types';
import { weekStart } from './weeks';

export interface CalendarOption {
  calendar?: WorkingCalendar;
}

/**
 * Acknowledged before the end of the 2nd working day after the day of receipt (002 §8.14,
 * the same deadline staff see). Not counted while that time is still running.
 */
export const classifyContact = (
  c: { receivedAt: string; acknowledgedAt: string | null },
  now: string,
  options: CalendarOption = {},
): Tally | null => {
  const due = serviceDeadline('acknowledge_contact', c.receivedAt, options).dueBy.epochMilliseconds;
  if (c.acknowledgedAt === null && epochMs(now) < due) return null;
  const met = c.acknowledgedAt !== null && epochMs(c.acknowledgedAt) < due;
  return { counted: true, met, week: weekStart(c.receivedAt) };
};
