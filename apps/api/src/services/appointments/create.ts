import type { BookingChannel, Database } from '@doorstep/db';
import {
  type AppointmentType,
  availableSlots,
  checkSlot,
  DomainError,
  londonDate,
  slotsByDay,
} from '@doorstep/domain';
import { insertVisit } from '../booking/booking';
import { currentHomeId, loadAvailabilityRequest, type VisitRequest } from '../booking/load';

const MAX_DAYS_AHEAD = 92;

async function visitFor(
  db: Database,
  input: {
    customerId: string;
    type: AppointmentType;
    from?: string | undefined;
    to?: string | undefined;
  },
  now: Date,
): Promise<VisitRequest> {
  const today = londonDate(now);
  const to =
    input.to ??
    new Date(Date.parse(today) + MAX_DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10);
  return {
    customerId: input.customerId,
    homeId: await currentHomeId(db, input.customerId),
    type: input.type,
    windowStartsOn: input.from ?? today,
    windowEndsOn: to,
  };
}

/** The times staff can offer on the phone or at the door: the same engine as the tenant's link. */
export async function staffSlots(
  db: Database,
  input: {
    customerId: string;
    type: AppointmentType;
    from?: string | undefined;
    to?: string | undefined;
  },
  now: Date,
) {
  const { request } = await loadAvailabilityRequest(db, await visitFor(db, input, now), now);
  const availability = availableSlots(request);
  return {
    days: slotsByDay(availability.slots).map((day) => ({
      date: day.date,
      label: day.label,
      slots: day.slots.map((slot) => ({
        start: new Date(slot.start.epochMilliseconds).toISOString(),
        startTime: slot.startTime,
        endTime: slot.endTime,
        staffCount: slot.staffIds.length,
      })),
    })),
    reasons: availability.reasons,
    noSlotsReason: availability.noSlotsReason,
    escalation: availability.escalation,
    briefing: availability.requirements.briefing,
    durationMinutes: availability.requirements.durationMinutes,
  };
}

/**
 * Books a visit agreed with the customer by phone, in person, by email or live chat; the
 * channel is kept because the policies count bookings by channel (000 §4.1, 002 §11.1).
 */
export async function createStaffAppointment(
  db: Database,
  input: {
    customerId: string;
    type: AppointmentType;
    purpose: string;
    start: Date;
    bookedVia: BookingChannel;
  },
  now: Date,
) {
  const visit = await visitFor(db, { customerId: input.customerId, type: input.type }, now);
  const { request } = await loadAvailabilityRequest(db, visit, now);
  const check = checkSlot(request, input.start);
  if (!check.ok) {
    throw new DomainError(
      check.code === 'taken' ? 'CONFLICT' : 'PRECONDITION_FAILED',
      check.reason,
    );
  }
  return insertVisit(db, {
    visit: { ...visit, purpose: input.purpose },
    slot: check.slot,
    profile: request.profile,
    bookedVia: input.bookedVia,
    replaces: null,
    now,
  });
}
