import { type Database, livingWellPlanVisits } from '@doorstep/db';
import { addWorkingDays, londonDate, londonDateTime } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { Principal } from '../auth/principal';
import { createInvitation } from '../booking/invitations';
import { loadTenancyStates } from './due';

/** Alternatives offered after the planned time: two working weeks' worth of days. */
const ALTERNATIVE_DAYS = 14;

export const LIVING_WELL_PURPOSE =
  'Your yearly Living Well meeting: a chat about your home, your household and any help you would like.';

const hhmm = (time: string) => time.slice(0, 5);

/**
 * The planner starts visits on quarter hours or 5-minute steps where the day allows; a visit
 * it had to keep at its exact time is offered at the nearest 5 minutes, the finest step a
 * booking page has.
 */
function onGrid(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const total = Math.round((hours * 60 + minutes) / 5) * 5;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Sends the invitations whose day has come: for each planned visit not yet offered whose
 * send date (noticeSendBy for the tenant's format) is today or past, a booking link through
 * the invitations service, in the tenant's channel and format, offering the planned time
 * first and the following fortnight after it. Visits already past are left for re-planning.
 */
export async function sendDueInvitations(
  db: Database,
  principal: Principal,
  patchId: string,
  now: Date,
  link: { publicUrl: string; secret: string },
): Promise<{ sent: number; notYet: number }> {
  const today = londonDate(now);
  const states = await loadTenancyStates(db, [patchId], now);
  let sent = 0;
  let notYet = 0;
  for (const state of states) {
    const visit = state.visit;
    if (!visit || state.booked || visit.invitationId || visit.kind === 'booked') continue;
    if (visit.date <= today) continue;
    if (visit.sendInvitationOn > today) {
      notYet += 1;
      continue;
    }
    const start = londonDateTime(visit.date, onGrid(hhmm(visit.startTime)));
    const invitation = await createInvitation(
      db,
      principal,
      {
        customerId: state.customerId,
        type: 'living_well',
        purpose: LIVING_WELL_PURPOSE,
        windowStartsOn: visit.date,
        windowEndsOn: Temporal.PlainDate.from(visit.date)
          .add({ days: ALTERNATIVE_DAYS })
          .toString(),
        proposedStart: new Date(start.epochMilliseconds),
      },
      now,
      link,
    );
    await db
      .update(livingWellPlanVisits)
      .set({ invitationId: invitation.id })
      .where(eq(livingWellPlanVisits.id, visit.id));
    sent += 1;
  }
  return { sent, notYet };
}

/**
 * Tenants to phone or visit: invited, and no time booked once `responseWorkingDays` working
 * days have passed — or they asked us to call because none of the times suit them.
 */
export async function callOrKnockList(
  db: Database,
  patchId: string,
  now: Date,
  responseWorkingDays: number,
) {
  const today = londonDate(now);
  const states = await loadTenancyStates(db, [patchId], now);
  return states
    .flatMap((state) => {
      const invitation = state.invitation;
      if (!invitation || invitation.answered || state.booked || !state.visit) return [];
      const waited = addWorkingDays(invitation.invitedOn, responseWorkingDays) <= today;
      if (!waited && !invitation.callbackRequested) return [];
      return [
        {
          tenancyId: state.tenancyId,
          customerId: state.customerId,
          customerName: state.customerName,
          addressLine1: state.addressLine1,
          phone: state.phone,
          invitedOn: invitation.invitedOn,
          plannedOn: state.visit.date,
        },
      ];
    })
    .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
}
