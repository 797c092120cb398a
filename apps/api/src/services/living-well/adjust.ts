import { type Database, livingWellLockedDays, livingWellPlanVisits } from '@doorstep/db';
import {
  checkVisitMove,
  type DayBooking,
  DomainError,
  describeDate,
  londonDate,
} from '@doorstep/domain';
import { and, asc, eq } from 'drizzle-orm';
import { loadPlanSetup } from './load';
import { invitationSendOn, meetingFor } from './meeting-rules';
import { latestRun } from './view';

type Writer = Parameters<Parameters<Database['transaction']>[0]>[0];

const hhmm = (time: string) => time.slice(0, 5);

/** Day order follows the times on the day, so the route reads top to bottom after a move. */
async function renumberDay(tx: Writer, patchId: string, date: string) {
  const rows = await tx
    .select({ id: livingWellPlanVisits.id })
    .from(livingWellPlanVisits)
    .where(and(eq(livingWellPlanVisits.patchId, patchId), eq(livingWellPlanVisits.date, date)))
    .orderBy(asc(livingWellPlanVisits.startTime));
  for (const [order, row] of rows.entries()) {
    await tx
      .update(livingWellPlanVisits)
      .set({ dayOrder: order })
      .where(eq(livingWellPlanVisits.id, row.id));
  }
}

/**
 * The advisor moves one proposed visit to another day or time. The planner's own rules
 * decide (checkVisitMove); a refusal says which rule. Booked visits, visits on locked days and
 * visits already offered to the tenant are not moved here.
 */
export async function moveVisit(
  db: Database,
  patchId: string,
  target: { tenancyId: string; date: string; startTime: string },
  now: Date,
): Promise<void> {
  const today = londonDate(now);
  const horizon = await latestRun(db, patchId, today);
  const to = horizon.to < today ? today : horizon.to;
  const setup = await loadPlanSetup(db, patchId, now, {
    horizonWeeks: 0,
    dailyCap: horizon.dailyCap,
    to,
  });
  const state = setup.states.get(target.tenancyId);
  if (!state) throw new DomainError('NOT_FOUND', 'That tenancy is not in this patch.');
  const refuse = (message: string) => new DomainError('PRECONDITION_FAILED', message);
  if (state.booked) {
    throw refuse(
      `The tenant booked ${describeDate(state.booked.date)} at ${state.booked.startTime}. Change it with them, through their booking link or by phone.`,
    );
  }
  const visit = state.visit;
  if (!visit) {
    throw new DomainError('NOT_FOUND', 'This tenancy has no planned visit to move. Re-plan first.');
  }
  if (visit.kind === 'locked') {
    throw refuse(`${describeDate(visit.date)} is locked. Unlock it first to move its visits.`);
  }
  if (state.invitation && !state.invitation.answered) {
    throw refuse(
      `An invitation offering ${describeDate(visit.date)} at ${hhmm(visit.startTime)} has gone to the tenant. Wait for their answer, or revoke the invitation first.`,
    );
  }

  const profile = setup.profiles.get(state.customerId) ?? {};
  const meeting = setup.meetings.get(state.tenancyId) ?? meetingFor(state, profile, now);
  const sameDay: DayBooking[] = [];
  for (const other of setup.states.values()) {
    if (other.tenancyId === state.tenancyId) continue;
    const date = other.booked?.date ?? other.visit?.date;
    if (date !== target.date) continue;
    const startTime = other.booked?.startTime ?? hhmm(other.visit?.startTime ?? '');
    const endTime = other.booked?.endTime ?? hhmm(other.visit?.endTime ?? '');
    sameDay.push({
      startTime,
      endTime,
      label: `the visit to ${other.addressLine1}`,
      kind: 'meeting',
    });
  }
  for (const commitment of setup.input.commitments) {
    if (commitment.date !== target.date) continue;
    sameDay.push({
      startTime: commitment.startTime,
      endTime: commitment.endTime,
      label: commitment.label,
      kind: 'commitment',
    });
  }

  const check = checkVisitMove(setup.input, meeting, target, sameDay);
  if (!check.ok) throw new DomainError('INVALID_INPUT', check.reason);
  await db.transaction(async (tx) => {
    await tx
      .update(livingWellPlanVisits)
      .set({
        date: target.date,
        startTime: target.startTime,
        endTime: check.endTime,
        late: target.date > state.cadence.dueOn,
        sendInvitationOn: invitationSendOn(profile, target.date, target.startTime, today),
      })
      .where(eq(livingWellPlanVisits.id, visit.id));
    await renumberDay(tx, patchId, visit.date);
    if (visit.date !== target.date) await renumberDay(tx, patchId, target.date);
  });
}

/**
 * Locks or unlocks one day of a patch's plan. A locked day keeps its visits through
 * re-planning and takes no new ones; unlocking makes its visits proposals again.
 */
export async function lockDay(
  db: Database,
  patchId: string,
  date: string,
  locked: boolean,
  staffId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (locked) {
      await tx
        .insert(livingWellLockedDays)
        .values({ patchId, date, lockedById: staffId })
        .onConflictDoNothing();
    } else {
      await tx
        .delete(livingWellLockedDays)
        .where(and(eq(livingWellLockedDays.patchId, patchId), eq(livingWellLockedDays.date, date)));
    }
    await tx
      .update(livingWellPlanVisits)
      .set({ kind: locked ? 'locked' : 'proposed' })
      .where(
        and(
          eq(livingWellPlanVisits.patchId, patchId),
          eq(livingWellPlanVisits.date, date),
          eq(livingWellPlanVisits.kind, locked ? 'proposed' : 'locked'),
        ),
      );
  });
}
