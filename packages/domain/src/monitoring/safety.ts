import { parseDate } from '../calendar/dates';
import { DomainError } from '../errors';
import { gasCheckWindow } from '../notices/gas-check-window';
import { latestStart } from '../notices/latest-start';
import type { NoticeOptions } from '../notices/options';
import { epochMs } from './instants';
import type { Tally } from './tally-types';
import { weekStart } from './weeks';

/** "At risk in the next 30 days" (issue 11). */
export const AT_RISK_DAYS = 30;

export const certificateStates = ['in_date', 'at_risk', 'overdue', 'no_record'] as const;
export type CertificateState = (typeof certificateStates)[number];

export interface CertificateStatus {
  /** One per check that has fallen due (its due date has passed), met if the next came in time. */
  dues: Tally[];
  state: CertificateState;
  /** The date the next check is due by; null with no check on record. */
  nextDueOn: string | null;
}

export interface CertificateHistory {
  /** The dates checks were done (YYYY-MM-DD), in any order. */
  checks: string[];
  /** The date of the next check booked, if any. */
  bookedOn: string | null;
}

/** When a check falls due, and from when an early check still keeps that date. */
interface Due {
  dueOn: string;
  opensOn: string;
}

const certificateStatus = (
  h: CertificateHistory,
  today: string,
  dueAfter: (check: string, previous: Due | null) => Due,
): CertificateStatus => {
  parseDate(today);
  const checks = [...new Set(h.checks.map((c) => parseDate(c).toString()))]
    .filter((c) => c <= today)
    .sort();
  const dues: Tally[] = [];
  let nextDueOn: string | null = null;
  let previous: Due | null = null;
  checks.forEach((check, i) => {
    const due = dueAfter(check, previous);
    previous = due;
    const { dueOn } = due;
    nextDueOn = dueOn;
    // A due still ahead is not counted yet, even if already met: it counts in the week it falls due.
    if (today <= dueOn) return;
    const next = checks[i + 1];
    dues.push({ counted: true, met: next !== undefined && next <= dueOn, week: weekStart(dueOn) });
  });
  if (nextDueOn === null) return { dues, state: 'no_record', nextDueOn };
  const dueOn: string = nextDueOn;
  if (today > dueOn) return { dues, state: 'overdue', nextDueOn };
  const soon = parseDate(today).add({ days: AT_RISK_DAYS }).toString();
  const booked = h.bookedOn !== null && h.bookedOn >= today && h.bookedOn <= dueOn;
  return { dues, state: dueOn <= soon && !booked ? 'at_risk' : 'in_date', nextDueOn };
};

/**
 * A home's gas safety checks against reg 36A: each check falls due on the anniversary of the
 * last. A check inside the window (from 10 months and 1 day, `gasCheckWindow`) is treated as
 * done on the date it was due, so the anniversary carries forward and a home checked a few
 * weeks early every year does not drift earlier. Null for a home without gas.
 */
export const gasCheckStatus = (
  h: CertificateHistory & { hasGas: boolean },
  today: string,
  options?: NoticeOptions,
): CertificateStatus | null =>
  h.hasGas
    ? certificateStatus(h, today, (check, previous) => {
        const keepsAnniversary =
          previous !== null && check >= previous.opensOn && check <= previous.dueOn;
        const window = gasCheckWindow(keepsAnniversary ? previous.dueOn : check, options);
        return { dueOn: window.dueOn, opensOn: window.opensOn };
      })
    : null;

/** A home's electrical checks: each due within 5 years of the last (the notice rules table). */
export const electricalCheckStatus = (
  h: CertificateHistory,
  today: string,
  options?: NoticeOptions,
): CertificateStatus =>
  certificateStatus(h, today, (c) => {
    const due = latestStart({ type: 'electrical_safety_check', lastVisit: c }, options);
    if (!due?.dueDate)
      throw noDeadline('Electrical safety checks', 'a number of months after the last check');
    return { dueOn: due.dueDate, opensOn: due.dueDate };
  });

const noDeadline = (what: string, when: string) =>
  new DomainError('INVALID_INPUT', `${what} must be due ${when} for the figures to be worked out.`);

export const dampMouldStates = ['met', 'open', 'at_risk', 'late'] as const;
export type DampMouldState = (typeof dampMouldStates)[number];

export interface DampMouldReport {
  reportedAt: string;
  emergency: boolean;
  /** Start of the first completed investigation at or after the report. */
  investigatedAt: string | null;
  /** Start of the investigation booked, if any. */
  bookedAt: string | null;
}

/**
 * A damp and mould report against Awaab's Law: investigated within 10 working days, or
 * 24 hours for an emergency hazard (the notice rules table, via `latestStart`). The due is
 * counted once investigated or late; an open report with nothing booked in time is at risk.
 */
export const dampMouldStatus = (
  r: DampMouldReport,
  now: string,
  options?: NoticeOptions,
): { due: Tally | null; state: DampMouldState; dueBy: string } => {
  const deadline = latestStart(
    { type: 'damp_mould_investigation', reportedAt: r.reportedAt, emergencyHazard: r.emergency },
    options,
  );
  if (!deadline) throw noDeadline('Damp and mould investigations', 'a time after the report');
  const by = deadline.by.epochMilliseconds;
  const dueBy = deadline.by.toInstant().toString();
  const week = weekStart(r.reportedAt);
  if (r.investigatedAt !== null) {
    const met = epochMs(r.investigatedAt) < by;
    return { due: { counted: true, met, week }, state: met ? 'met' : 'late', dueBy };
  }
  const current = epochMs(now);
  if (current >= by) return { due: { counted: true, met: false, week }, state: 'late', dueBy };
  const booked = r.bookedAt !== null && epochMs(r.bookedAt) < by;
  const soon = by - current <= AT_RISK_DAYS * 24 * 60 * 60 * 1000;
  return { due: null, state: soon && !booked ? 'at_risk' : 'open', dueBy };
};
