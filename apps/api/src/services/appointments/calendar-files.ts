import { type AppointmentType, defaultNoticeRules } from '@doorstep/domain';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export const CONTACT_PHONE = '0800 000 0000';
export const RELAY_UK_PHONE = `18001 ${CONTACT_PHONE}`;

export interface CalendarAppointment {
  id: string;
  type: AppointmentType;
  startsAt: Date;
  endsAt: Date;
  status: string;
  sequence: number;
  purpose: string;
  reference: string | null;
  /** Where, in as few words as the reader needs: "Your home", or street and postcode district. */
  location: string;
}

export const typeLabel = (type: AppointmentType) => defaultNoticeRules.appointments[type].label;
const isCancelled = (status: string) => status === 'cancelled' || status === 'rescheduled';

/**
 * Times are written in UTC, which every calendar converts to local time itself, so a visit
 * at 10:00 on the day the clocks change is still 10:00 on the tenant's phone. Nothing
 * about the customer's needs goes in: calendars are synced to places we do not control.
 */
function addEvent(
  calendar: ReturnType<typeof ical>,
  appointment: CalendarAppointment,
  description: string,
) {
  calendar.createEvent({
    id: `${appointment.id}@doorstep`,
    sequence: appointment.sequence,
    start: appointment.startsAt,
    end: appointment.endsAt,
    stamp: new Date(),
    summary: `${typeLabel(appointment.type)}${appointment.reference ? ` (${appointment.reference})` : ''}`,
    description,
    location: appointment.location,
    status: isCancelled(appointment.status) ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** The file a tenant downloads or is emailed: METHOD REQUEST, or CANCEL once it is off. */
export function appointmentCalendar(appointment: CalendarAppointment): string {
  const calendar = ical({
    prodId: { company: 'Doorstep', product: 'Home appointments', language: 'EN' },
    name: 'Doorstep visit',
    method: isCancelled(appointment.status)
      ? ICalCalendarMethod.CANCEL
      : ICalCalendarMethod.REQUEST,
  });
  addEvent(
    calendar,
    appointment,
    [
      appointment.purpose,
      '',
      `To change or cancel, use the link in your letter or message, or call ${CONTACT_PHONE}.`,
      `Relay UK: ${RELAY_UK_PHONE}.`,
      appointment.reference ? `Reference: ${appointment.reference}.` : '',
    ]
      .filter((line, index, lines) => line !== '' || index < lines.length - 1)
      .join('\n'),
  );
  return calendar.toString();
}

/** An advisor's private subscription: their visits with only what a phone lock screen may show. */
export function staffCalendar(name: string, appointments: CalendarAppointment[]): string {
  const calendar = ical({
    prodId: { company: 'Doorstep', product: 'Staff visits', language: 'EN' },
    name: `Doorstep visits – ${name}`,
    ttl: 15 * 60,
  });
  for (const appointment of appointments) {
    addEvent(calendar, appointment, `${typeLabel(appointment.type)}. Details are in Doorstep.`);
  }
  return calendar.toString();
}

/** "12 Seel Road, L36": street and postcode district only. */
export function minimalLocation(addressLine1: string, postcode: string): string {
  const district = postcode.trim().split(/\s+/)[0] ?? '';
  const street = addressLine1.replace(/^\s*\d+[A-Za-z]?\s+/, '');
  return `${street}, ${district}`;
}
