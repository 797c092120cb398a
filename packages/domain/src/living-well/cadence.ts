import { parseDate } from '../calendar/dates';

/**
 * Where a tenancy stands in its yearly Living Well cycle (000 §2.9). `declined` is not overdue:
 * the tenant said no this year and is offered again next year.
 */
export const livingWellStatuses = [
  'not_planned',
  'planned',
  'invited',
  'booked',
  'met',
  'no_access',
  'declined',
  'overdue',
] as const;
export type LivingWellStatus = (typeof livingWellStatuses)[number];

export const meetingOutcomes = ['met', 'no_access', 'declined'] as const;
export type MeetingOutcome = (typeof meetingOutcomes)[number];

export interface MeetingAttempt {
  heldOn: string;
  outcome: MeetingOutcome;
}

export interface CadenceOptions {
  /** A new tenancy's first meeting falls due this many months after it starts. */
  settlingInMonths: number;
  /** How early a meeting may be held and still count for its cycle. */
  monthsEarly: number;
}

export const defaultCadenceOptions: CadenceOptions = { settlingInMonths: 3, monthsEarly: 2 };

export interface CadenceInput {
  tenancyStartedOn: string;
  attempts: readonly MeetingAttempt[];
  /** The date the current plan proposes, if any. */
  plannedOn?: string | null;
  /** An invitation is out and has not been answered. */
  invited?: boolean;
  /** The date of a booked, not yet held, meeting. */
  bookedFor?: string | null;
}

export interface Cadence {
  status: LivingWellStatus;
  /** The date the next meeting is due by. */
  dueOn: string;
  /** The first date a meeting counts for this cycle (dueOn less `monthsEarly`). */
  opensOn: string;
  lastMetOn: string | null;
  /** Past its due date with no meeting held, whatever is in motion. */
  overdue: boolean;
}

const addMonths = (date: string, months: number) => parseDate(date).add({ months }).toString();

const latest = (dates: string[]) =>
  dates.reduce<string | null>((a, b) => (a && a > b ? a : b), null);

/**
 * The due date and status of one tenancy on `today`. The next meeting falls due 12 months
 * after the last one held; a decline closes the cycle it answered, so the next offer is due
 * 12 months after that cycle's due date.
 */
export function livingWellCadence(
  input: CadenceInput,
  today: string,
  options: CadenceOptions = defaultCadenceOptions,
): Cadence {
  const lastMetOn = latest(input.attempts.filter((a) => a.outcome === 'met').map((a) => a.heldOn));
  let dueOn = lastMetOn
    ? addMonths(lastMetOn, 12)
    : addMonths(input.tenancyStartedOn, options.settlingInMonths);

  const since = (attempt: MeetingAttempt) => !lastMetOn || attempt.heldOn > lastMetOn;
  const declines = input.attempts
    .filter((a) => a.outcome === 'declined' && since(a))
    .map((a) => a.heldOn)
    .sort();
  let declinedOn: string | null = null;
  for (const heldOn of declines) {
    if (heldOn >= addMonths(dueOn, -12)) {
      declinedOn = heldOn;
      dueOn = addMonths(dueOn, 12);
    }
  }
  const opensOn = addMonths(dueOn, -options.monthsEarly);
  const overdue = today > dueOn;
  const inWindow = today >= opensOn;
  const noAccessThisCycle = input.attempts.some(
    (a) =>
      a.outcome === 'no_access' &&
      since(a) &&
      a.heldOn >= opensOn &&
      (!declinedOn || a.heldOn > declinedOn),
  );

  const status = ((): LivingWellStatus => {
    if (!inWindow) return declinedOn ? 'declined' : lastMetOn ? 'met' : 'not_planned';
    if (input.bookedFor && input.bookedFor >= today) return 'booked';
    if (input.invited) return 'invited';
    if (overdue) return 'overdue';
    if (noAccessThisCycle) return 'no_access';
    if (input.plannedOn) return 'planned';
    return 'not_planned';
  })();

  return { status, dueOn, opensOn, lastMetOn, overdue };
}

/** Tenancies met in the 12 months up to `today` (inclusive), as a share of all of them. */
export function livingWellCoverage(lastMetDates: readonly (string | null)[], today: string) {
  const yearAgo = addMonths(today, -12);
  const met = lastMetDates.filter((d) => d !== null && d > yearAgo && d <= today).length;
  const total = lastMetDates.length;
  return { met, total, share: total === 0 ? null : met / total };
}
