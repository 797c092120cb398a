import {
  appointments,
  type BookingChannel,
  contacts,
  type Database,
  invitations,
  staff,
  withDomainErrors,
} from '@doorstep/db';
import {
  type AccessProfile,
  type AvailableSlot,
  availableSlots,
  checkSlot,
  DomainError,
  interpreterLabels,
  languageName,
} from '@doorstep/domain';
import { eq, inArray } from 'drizzle-orm';
import { loadAccessProfile } from '../access-needs';
import { typeLabel } from '../appointments/calendar-files';
import { hashToken, newReference } from '../tokens';
import { invitationByToken } from './invitations';
import { loadAvailabilityRequest, type VisitRequest } from './load';
import { queueNotice } from './notices';
import { checkProposed, offeredDays } from './proposed';
import { forgetView, MAX_CACHED_VIEWS, VIEW_TTL_MS, viewCache } from './view-cache';

/** Tenants can change or cancel up to this long before the visit; after that, by phone. */
export const CHANGE_CUTOFF_HOURS = 24;

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';
const streetOnly = (addressLine1: string) => addressLine1.replace(/^\s*\d+[A-Za-z]?\s+/, '');

/** What the tenant is told we have already arranged, without naming any health condition. */
function adjustmentsNoted(profile: AccessProfile): string[] {
  const notes: string[] = [];
  if (profile.interpreter) {
    const language =
      profile.interpreter === 'bsl'
        ? 'British Sign Language'
        : languageName(profile.preferredLanguage ?? 'en');
    notes.push(`${interpreterLabels[profile.interpreter]}: ${language}`);
  }
  if (profile.relayUk) notes.push('We will call you through Relay UK');
  if (profile.extraTimeMinutes) notes.push('We have allowed extra time, so nobody needs to rush');
  if (profile.writtenFormat && profile.writtenFormat !== 'standard')
    notes.push(`Letters in ${profile.writtenFormat.replace('_', ' ')}`);
  return notes;
}

async function bookedAppointment(db: Database, appointmentId: string | null) {
  if (!appointmentId) return null;
  const [row] = await db.select().from(appointments).where(eq(appointments.id, appointmentId));
  return row ?? null;
}

type BookingView = Awaited<ReturnType<typeof computeView>>;

export { forgetView };

/** Everything the tenant's page shows for a link: no address beyond the street, no needs detail. */
export async function viewBooking(db: Database, token: string, now: Date): Promise<BookingView> {
  const key = `${hashToken(token)}:${Math.floor(now.getTime() / 60_000)}`;
  const cached = viewCache.get(key);
  if (cached && cached.expires > Date.now() && cached.linkExpiresAt > now.getTime())
    return cached.view as Promise<BookingView>;
  const invitation = await invitationByToken(db, token, now);
  const view = computeView(db, invitation, now);
  if (viewCache.size >= MAX_CACHED_VIEWS) viewCache.delete(viewCache.keys().next().value ?? '');
  viewCache.set(key, {
    invitationId: invitation.id,
    linkExpiresAt: invitation.expiresAt.getTime(),
    expires: Date.now() + VIEW_TTL_MS,
    view,
  });
  view.catch(() => viewCache.delete(key));
  return view;
}

async function computeView(db: Database, invitation: typeof invitations.$inferSelect, now: Date) {
  const booked = await bookedAppointment(db, invitation.appointmentId);
  const live = booked && booked.status === 'booked' ? booked : null;
  const canChange = live
    ? live.startsAt.getTime() - now.getTime() > CHANGE_CUTOFF_HOURS * 3_600_000
    : false;
  // A booked visit that can still be moved is offered the other times, as if it were not there.
  const { request, customerName, home } = await loadAvailabilityRequest(db, invitation, now, {
    ignoreAppointmentIds: live ? [live.id] : [],
  });
  const availability = !live || canChange ? availableSlots(request) : null;
  // A planned time is offered first only until something is booked.
  const offer = availability
    ? offeredDays(request, availability.slots, live ? null : invitation.proposedStart)
    : { days: [], proposedStart: null };
  const visitors = await db
    .select({ name: staff.name })
    .from(staff)
    .where(inArray(staff.id, live ? [live.staffId] : request.staff.slice(0, 1).map((s) => s.id)));
  return {
    language: request.profile.preferredLanguage ?? 'en',
    firstName: firstName(customerName),
    street: streetOnly(home.addressLine1),
    type: invitation.type,
    typeLabel: typeLabel(invitation.type),
    purpose: invitation.purpose,
    visitor: visitors[0]
      ? `${firstName(visitors[0].name)}, your Housing Advisor`
      : 'Your Housing Advisor',
    durationMinutes:
      availability?.requirements.durationMinutes ??
      (live ? (live.endsAt.getTime() - live.startsAt.getTime()) / 60_000 : 0),
    twoPeople: (availability?.requirements.staffCount ?? 1) > 1,
    adjustments: adjustmentsNoted(request.profile),
    callbackRequested: invitation.callbackRequestedAt !== null,
    booking: live
      ? {
          reference: live.reference ?? '',
          start: live.startsAt.toISOString(),
          end: live.endsAt.toISOString(),
          canChange,
        }
      : null,
    days: offer.days.map((day) => ({
      date: day.date,
      label: day.label,
      slots: day.slots.map((slot) => ({
        start: new Date(slot.start.epochMilliseconds).toISOString(),
        startTime: slot.startTime,
        endTime: slot.endTime,
      })),
    })),
    proposedStart: offer.proposedStart,
    noSlotsReason: availability?.noSlotsReason ?? null,
  };
}

const TAKEN = 'That time was just taken. Please choose another time.';

/**
 * Books the chosen start for the link's visit: the slot must still be on offer, and the
 * database's exclusion constraint decides between two people choosing it at once. The
 * appointment(s), the link and the confirmation notice are written in one transaction.
 */
export async function bookSlot(
  db: Database,
  token: string,
  start: Date,
  now: Date,
  mode: 'book' | 'reschedule',
) {
  const invitation = await invitationByToken(db, token, now);
  const current = await bookedAppointment(db, invitation.appointmentId);
  const live = current && current.status === 'booked' ? current : null;
  if (mode === 'book' && live) {
    throw new DomainError(
      'CONFLICT',
      'This visit is already booked. You can change the time instead.',
    );
  }
  if (mode === 'reschedule') {
    if (!live) throw new DomainError('PRECONDITION_FAILED', 'There is no booked visit to change.');
    assertBeforeCutoff(live.startsAt, now);
  }
  const { request } = await loadAvailabilityRequest(db, invitation, now, {
    ignoreAppointmentIds: live ? [live.id] : [],
  });
  const planned = invitation.proposedStart?.getTime() === start.getTime();
  const check = (planned ? checkProposed : checkSlot)(
    request,
    start,
    live ? { preferStaffIds: [live.staffId] } : {},
  );
  if (!check.ok)
    throw new DomainError(
      check.code === 'taken' ? 'CONFLICT' : 'PRECONDITION_FAILED',
      check.code === 'taken' ? TAKEN : check.reason,
    );
  return insertVisit(db, {
    visit: invitation,
    slot: check.slot,
    profile: request.profile,
    bookedVia: 'booking_link',
    replaces: live,
    invitationId: invitation.id,
    now,
  });
}

type Writer = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Writes a chosen slot: the lead appointment and, for a two-person visit, the colleague's;
 * releases the time being replaced (rescheduling); links the invitation; and queues the
 * notice, all in one transaction. The database's exclusion constraint decides races: the
 * loser gets CONFLICT and nothing of theirs is kept.
 */
export async function insertVisit(
  db: Database,
  input: {
    visit: VisitRequest & { purpose: string };
    slot: AvailableSlot;
    profile: AccessProfile;
    bookedVia: BookingChannel;
    replaces: typeof appointments.$inferSelect | null;
    invitationId?: string;
    now: Date;
  },
) {
  const { visit, slot, replaces: live } = input;
  const startsAt = new Date(slot.start.epochMilliseconds);
  const endsAt = new Date(slot.end.epochMilliseconds);
  const row = (staffId: string) => ({
    type: visit.type,
    customerId: visit.customerId,
    homeId: visit.homeId,
    staffId,
    startsAt,
    endsAt,
    bookedVia: input.bookedVia,
    purpose: visit.purpose,
  });
  return withDomainErrors(() =>
    db.transaction(async (tx: Writer) => {
      // The old time is released only together with securing the new one.
      if (live) {
        await tx
          .update(appointments)
          .set({ status: 'rescheduled', sequence: live.sequence + 1, reference: null })
          .where(eq(appointments.id, live.id));
        await tx
          .update(appointments)
          .set({ status: 'rescheduled' })
          .where(eq(appointments.accompaniesId, live.id));
      }
      // The reference follows the visit to its new time.
      const reference = live?.reference ?? newReference();
      const [lead] = await tx
        .insert(appointments)
        .values({
          ...row(slot.staffIds[0] ?? ''),
          reference,
          sequence: live ? live.sequence + 1 : 0,
        })
        .returning({ id: appointments.id });
      if (!lead) throw new Error('appointment insert returned nothing');
      for (const colleague of slot.staffIds.slice(1)) {
        await tx.insert(appointments).values({ ...row(colleague), accompaniesId: lead.id });
      }
      if (input.invitationId) {
        await tx
          .update(invitations)
          .set({ appointmentId: lead.id })
          .where(eq(invitations.id, input.invitationId));
      }
      await queueNotice(tx, {
        kind: live ? 'reschedule' : 'booking_confirmation',
        customerId: visit.customerId,
        profile: input.profile,
        appointmentId: lead.id,
        type: visit.type,
        now: input.now,
        appointment: { start: startsAt, initiatedBy: 'tenant' },
      });
      return { id: lead.id, reference, start: startsAt.toISOString(), end: endsAt.toISOString() };
    }),
  )
    .then((result) => {
      // After the commit, so no view computed meanwhile can cache the old state.
      if (input.invitationId) forgetView(input.invitationId);
      return result;
    })
    .catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'CONFLICT')
        throw new DomainError('CONFLICT', TAKEN, { cause: error });
      throw error;
    });
}

function assertBeforeCutoff(startsAt: Date, now: Date) {
  if (startsAt.getTime() - now.getTime() <= CHANGE_CUTOFF_HOURS * 3_600_000) {
    throw new DomainError(
      'PRECONDITION_FAILED',
      `Visits can be changed online until ${CHANGE_CUTOFF_HOURS} hours before they start. Please call us on 0800 000 0000.`,
    );
  }
}

export async function cancelBooking(db: Database, token: string, now: Date) {
  const invitation = await invitationByToken(db, token, now);
  const live = await bookedAppointment(db, invitation.appointmentId);
  if (live?.status !== 'booked')
    throw new DomainError('PRECONDITION_FAILED', 'There is no booked visit to cancel.');
  assertBeforeCutoff(live.startsAt, now);
  const { profile } = await loadAccessProfile(db, invitation.customerId);
  await db.transaction(async (tx) => {
    await tx
      .update(appointments)
      .set({ status: 'cancelled', sequence: live.sequence + 1 })
      .where(eq(appointments.id, live.id));
    await tx
      .update(appointments)
      .set({ status: 'cancelled' })
      .where(eq(appointments.accompaniesId, live.id));
    await queueNotice(tx, {
      kind: 'cancellation',
      customerId: invitation.customerId,
      profile,
      appointmentId: live.id,
      type: invitation.type,
      now,
      appointment: { start: live.startsAt, initiatedBy: 'tenant' },
    });
  });
  forgetView(invitation.id);
  return { cancelled: true as const };
}

/** "None of these suit me": keep what the tenant said and put them on the call-back list. */
export async function requestCallback(db: Database, token: string, note: string, now: Date) {
  const invitation = await invitationByToken(db, token, now);
  // The request is a contact through the booking link: the channel figures count it (001 §6).
  await db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ callbackRequestedAt: now, callbackNote: note })
      .where(eq(invitations.id, invitation.id));
    await tx
      .insert(contacts)
      .values({ customerId: invitation.customerId, channel: 'booking_link', receivedAt: now });
  });
  forgetView(invitation.id);
  return { requested: true as const };
}
