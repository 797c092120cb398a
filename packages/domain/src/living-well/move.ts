import { weekdays } from '../access-needs/vocabulary';
import { describeDate, parseDate } from '../calendar/dates';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { clock, meetingRange, minutesOf, windowsOnDay } from './planner';
import type { PlanMeeting, PlannerInput } from './planner-types';

/** What a day of the plan already holds, apart from the visit being moved. */
export interface DayBooking {
  startTime: string;
  endTime: string;
  /** e.g. "the visit to 4 Elm Road" or "the drop-in at Page Moss Library". */
  label: string;
  /** Meetings count towards the daily cap; other commitments only take time. */
  kind: 'meeting' | 'commitment';
}

export type MoveCheck = { ok: true; endTime: string } | { ok: false; reason: string };

type MoveRules = Pick<
  PlannerInput,
  | 'from'
  | 'to'
  | 'workingHours'
  | 'dailyCap'
  | 'leave'
  | 'closedDays'
  | 'pairDays'
  | 'lockedDays'
  | 'monthsEarly'
>;

/**
 * Whether the advisor may move one planned meeting to `date` at `startTime`, by the same
 * rules the planner places it by: a working day off leave and not locked, inside the
 * meeting's range (no more than two months early, not after it is due, not before notice can
 * reach the tenant), a time the tenant can do inside the working day, the daily cap, and no
 * overlap with what the day already holds. The refusal says which rule, in plain words.
 */
export function checkVisitMove(
  rules: MoveRules,
  meeting: PlanMeeting,
  target: { date: string; startTime: string },
  sameDay: readonly DayBooking[],
): MoveCheck {
  const refuse = (reason: string): MoveCheck => ({ ok: false, reason });
  const { date } = target;
  const day = describeDate(date);
  if (date < rules.from || date > rules.to) {
    return refuse(
      `${day} is outside this plan, which runs from ${describeDate(rules.from)} to ${describeDate(rules.to)}.`,
    );
  }
  if (parseDate(date).dayOfWeek >= 6) return refuse(`${day} is a weekend.`);
  const calendar = createWorkingCalendar({ closedDays: [...(rules.closedDays ?? [])] });
  if (!calendar.isWorkingDay(date)) {
    return refuse(`${day} is a bank holiday or a day the office is closed.`);
  }
  if (rules.leave.some((spell) => date >= spell.startsOn && date <= spell.endsOn)) {
    return refuse(`The advisor is on leave on ${day}.`);
  }
  if (rules.lockedDays.includes(date)) return refuse(`${day} is locked. Unlock it first.`);

  const range = meetingRange(meeting, rules);
  if (date < range.firstDay || date > range.lastDay) {
    return refuse(
      range.firstDay > range.lastDay
        ? `This meeting cannot be held before ${describeDate(range.firstDay)}, after the end of this plan.`
        : `This meeting can only be held between ${describeDate(range.firstDay)} and ${describeDate(range.lastDay)}: ${
            range.late ? 'it is already overdue' : `it is due by ${describeDate(meeting.dueOn)}`
          }, no more than ${rules.monthsEarly ?? 2} months early, and written notice must reach the tenant first.`,
    );
  }
  if (meeting.twoPerson && rules.pairDays !== undefined && !rules.pairDays.includes(date)) {
    return refuse(`No colleague is free to come along on ${day}, and this visit needs two people.`);
  }

  const hours = {
    start: minutesOf(rules.workingHours.start),
    end: minutesOf(rules.workingHours.end),
  };
  const start = minutesOf(target.startTime);
  const end = start + meeting.durationMinutes;
  if (start < hours.start || end > hours.end) {
    return refuse(
      `A ${meeting.durationMinutes}-minute visit starting at ${clock(start)} does not fit in the working day (${rules.workingHours.start} to ${rules.workingHours.end}).`,
    );
  }
  const windows = windowsOnDay(meeting, date, 0, hours);
  if (!windows.some((w) => start >= w.start && start <= w.end)) {
    const weekday = weekdays[parseDate(date).dayOfWeek - 1];
    const busy = (meeting.unavailableWeekly ?? []).filter((b) => b.day === weekday);
    return refuse(
      meeting.unavailableDates?.includes(date) || busy.length === 0
        ? `The tenant cannot do ${day}.`
        : `The tenant cannot do that time on ${day} (not ${busy.map((b) => `${b.from}–${b.to}`).join(', ')}).`,
    );
  }
  const meetings = sameDay.filter((other) => other.kind === 'meeting').length;
  if (meetings >= rules.dailyCap) {
    return refuse(
      `${day} already has ${meetings} meetings, the most in a day (${rules.dailyCap}).`,
    );
  }
  const clash = sameDay.find(
    (other) => start < minutesOf(other.endTime) && minutesOf(other.startTime) < end,
  );
  if (clash) {
    return refuse(
      `It would overlap ${clash.label} from ${clash.startTime} to ${clash.endTime} on ${day}.`,
    );
  }
  return { ok: true, endTime: clock(end) };
}
