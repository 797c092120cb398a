import type { Temporal } from 'temporal-polyfill';
import type { AppointmentType } from '../appointments/types';
import { describeDate, parseDate } from '../calendar/dates';
import { endOfLondonDay, type InstantInput, londonDate, toLondon } from '../calendar/london';
import { DomainError } from '../errors';
import { describePeriod } from './delivery';
import { type NoticeOptions, resolveOptions } from './options';
import { periodEnd } from './periods';

/** What a deadline is counted from. Give the field the appointment type's deadline needs. */
export interface DeadlineBasis {
  /** Date of the last visit of the same kind (Living Well, gas and electrical checks). */
  lastVisit?: string | null;
  /** When the problem was reported (damp and mould, emergency repairs). */
  reportedAt?: InstantInput | null;
  /** Awaab's Law emergency hazard: investigate within 24 hours. */
  emergencyHazard?: boolean;
}

export interface LatestStart {
  /** The visit must start before this instant. */
  by: Temporal.ZonedDateTime;
  /** The last day it may happen on, for deadlines counted in days; null for hour deadlines. */
  dueDate: string | null;
  reason: string;
}

export const hasDeadlineBasis = (basis: DeadlineBasis): boolean =>
  Boolean(basis.lastVisit || basis.reportedAt);

/**
 * The deadline for a visit of `type`, or null when the type has none. Throws when the type
 * has a deadline but the date it runs from is missing: a deadline is never silently dropped.
 */
export const latestStart = (
  input: { type: AppointmentType } & DeadlineBasis,
  options?: NoticeOptions,
): LatestStart | null => {
  const { rules, calendar } = resolveOptions(options);
  const rule = rules.appointments[input.type];
  const deadline = rule.deadline;
  if (!deadline) return null;

  if (deadline.from === 'last_visit') {
    if (!input.lastVisit) {
      throw new DomainError(
        'INVALID_INPUT',
        `A ${rule.label.toLowerCase()} is due ${deadline.months} months after the last one: give the date of the last one.`,
      );
    }
    const dueDate = parseDate(input.lastVisit).add({ months: deadline.months }).toString();
    return {
      by: endOfLondonDay(dueDate),
      dueDate,
      reason: `${rule.label} due by ${describeDate(dueDate)}, ${deadline.months} months after the last on ${describeDate(input.lastVisit)}`,
    };
  }

  if (!input.reportedAt) {
    throw new DomainError(
      'INVALID_INPUT',
      `A ${rule.label.toLowerCase()} has a deadline counted from the report: give the time it was reported.`,
    );
  }
  const reported = toLondon(input.reportedAt);
  const from = { instant: reported, date: londonDate(reported) };
  const emergency = input.emergencyHazard === true && deadline.emergencyWithinHours !== undefined;
  const within = emergency
    ? { unit: 'hours' as const, amount: deadline.emergencyWithinHours ?? 0 }
    : deadline.within;
  const by = periodEnd(from, within, calendar, 'end');
  return {
    by,
    dueDate: within.unit === 'hours' ? null : londonDate(by.subtract({ nanoseconds: 1 })),
    reason: `${emergency ? 'Emergency hazard: ' : ''}${rule.label} within ${describePeriod(within)} of the report`,
  };
};
