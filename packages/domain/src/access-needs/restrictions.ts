import { describeDate, parseDate } from '../calendar/dates';
import { type InstantInput, londonDate } from '../calendar/london';
import type { AccessProfile } from './profile';
import type { ContactRestrictionKind } from './vocabulary';

export interface ActiveRestriction {
  kind: ContactRestrictionKind;
  id: string | null;
  reviewOn: string;
  /** Past its review date: it still applies, but a manager must review it (000 §2.26–2.27). */
  reviewOverdue: boolean;
  namedStaffId: string | null;
  venue: string | null;
  /** What the arrangement is, in plain words, without the reason for it. */
  message: string;
}

const arrangements: Record<ContactRestrictionKind, string> = {
  written_contact_only: 'Contact in writing only: do not phone.',
  two_person_visits: 'Two members of staff must attend any visit.',
  no_home_visits: 'No home visits: meet at an agreed venue.',
  named_contact_only: 'Only the named member of staff may deal with this customer.',
};

/**
 * The restrictions of contact in force at `at`. A restriction applies from its start day to
 * its end day, if it has one; passing its review date does not lift it, it is only reported
 * as overdue, because lifting one is a manager's decision, never the calendar's.
 */
export const activeRestrictions = (
  profile: AccessProfile,
  at: InstantInput,
): ActiveRestriction[] => {
  const on = londonDate(at);
  return (profile.contactRestrictions ?? [])
    .filter(
      (r) =>
        parseDate(r.startsOn).toString() <= on &&
        (!r.endsOn || on <= parseDate(r.endsOn).toString()),
    )
    .map((r) => {
      const reviewOverdue = on > parseDate(r.reviewOn).toString();
      return {
        kind: r.kind,
        id: r.id ?? null,
        reviewOn: r.reviewOn,
        reviewOverdue,
        namedStaffId: r.namedStaffId ?? null,
        venue: r.venue ?? null,
        message: reviewOverdue
          ? `${arrangements[r.kind]} Review overdue since ${describeDate(r.reviewOn)}: it still applies until a manager reviews it.`
          : `${arrangements[r.kind]} To be reviewed by ${describeDate(r.reviewOn)}.`,
      };
    });
};
