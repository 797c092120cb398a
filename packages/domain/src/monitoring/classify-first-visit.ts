import { type OutcomeStatus, outcomeStatus, type VisitOutcome } from '../appointments/outcomes';
import type { AppointmentType } from '../appointments/types';
import type { Tally } from './tally-types';
import { weekStart } from './weeks';

export interface FirstVisitAppointment {
  type: AppointmentType;
  attemptNumber: number;
  status: string;
  /** ISO instant with an offset. */
  startsAt: string;
  /** The recorded outcome, when known: read through `outcomeStatus` (unsafe to enter is no access). */
  outcome?: VisitOutcome | null;
}

const settled: readonly OutcomeStatus[] = ['completed', 'no_access'];

/**
 * A first attempt counts once it is settled: completed (access gained) or no access (which
 * includes unsafe to enter). Cancelled, rescheduled and still-booked visits say nothing about
 * access, and follow-up attempts are not first visits (002 §11.1).
 */
export const classifyFirstVisit = (a: FirstVisitAppointment): Tally | null => {
  if (a.attemptNumber !== 1) return null;
  const status = a.outcome ? outcomeStatus[a.outcome] : a.status;
  if (!(settled as readonly string[]).includes(status)) return null;
  return { counted: true, met: status === 'completed', week: weekStart(a.startsAt) };
};
