import { parseDate } from '../calendar/dates';
import { livingWellCadence, livingWellCoverage, type MeetingOutcome } from '../living-well/cadence';
import type { Tally } from './tally-types';
import { weekStart } from './weeks';

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
