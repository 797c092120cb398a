import { parseDate } from '../calendar/dates';
import { livingWellCadence, livingWellCoverage, type MeetingOutcome } from '../living-well/cadence';
import type { Tally } from './tally-types';
import { lastWeeks, weekStart } from './weeks';

export const LIVING_WELL_TENURE = 'low_cost_rental';

export interface CoverageTenancy {
  tenure: string;
  startDate: string;
  endDate: string | null;
  meetings: { heldOn: string; outcome: MeetingOutcome }[];
}

export type CoverageState = 'met' | 'due' | 'overdue';

export interface CoverageTally extends Tally {
  overdue: boolean;
  /** For the breakdown: met in the 12 months, past its due date, or neither yet. */
  state: CoverageState;
}

/**
 * An open low-cost rental tenancy on `asOf` (000 §2.9), the same rule the customer page uses:
 * started by `asOf` and not ended before it.
 */
export const isLivingWellTenancy = (
  t: { tenure: string; startDate: string; endDate: string | null },
  asOf: string,
): boolean =>
  t.tenure === LIVING_WELL_TENURE &&
  t.startDate <= asOf &&
  (t.endDate === null || t.endDate >= asOf);

/**
 * Whether a tenancy had a Living Well meeting in the 12 months to `asOf`, and whether it is
 * overdue by the Living Well cadence. Null for tenancies the measure does not cover.
 */
export const classifyCoverage = (t: CoverageTenancy, asOf: string): CoverageTally | null => {
  parseDate(asOf);
  if (!isLivingWellTenancy(t, asOf)) return null;
  const held = t.meetings.filter((m) => m.heldOn <= asOf);
  const cadence = livingWellCadence({ tenancyStartedOn: t.startDate, attempts: held }, asOf);
  const met = livingWellCoverage([cadence.lastMetOn], asOf).met === 1;
  return {
    counted: true,
    met,
    overdue: cadence.overdue,
    state: met ? 'met' : cadence.overdue ? 'overdue' : 'due',
    week: weekStart(asOf),
  };
};

/** One point of the coverage trend: the last day of a week, and the day 12 months before it. */
export interface CoveragePoint {
  week: string;
  asOf: string;
  yearAgo: string;
}

/**
 * The trend's points: coverage as it stood at the end of each of the 52 weeks to `asOf` (the
 * current week ends on `asOf` itself). Dates are worked out once here, not per tenancy.
 */
export const coveragePoints = (asOf: string): CoveragePoint[] =>
  lastWeeks(asOf).map((week) => {
    const sunday = parseDate(week).add({ days: 6 }).toString();
    const end = sunday < asOf ? sunday : asOf;
    return { week, asOf: end, yearAgo: parseDate(end).subtract({ months: 12 }).toString() };
  });

/**
 * Coverage at each point, by the same rule as `classifyCoverage` (an open low-cost rental
 * tenancy with a meeting held in the 12 months to that day); null where the tenancy was not
 * covered then.
 */
export const coverageSeries = (
  t: CoverageTenancy,
  points: readonly CoveragePoint[],
): (Tally | null)[] => {
  const metOn = t.meetings.filter((m) => m.outcome === 'met').map((m) => m.heldOn);
  return points.map((point) =>
    isLivingWellTenancy(t, point.asOf)
      ? {
          counted: true,
          met: metOn.some((day) => day > point.yearAgo && day <= point.asOf),
          week: point.week,
        }
      : null,
  );
};
