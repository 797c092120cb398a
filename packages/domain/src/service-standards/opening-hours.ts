import { Temporal } from 'temporal-polyfill';
import { type Weekday, weekdays } from '../access-needs/vocabulary';
import { parseTime } from '../calendar/dates';
import { type InstantInput, londonTimeZone, toLondon } from '../calendar/london';
import { englandAndWales, type WorkingCalendar } from '../calendar/working-calendar';
import { DomainError } from '../errors';

/** A span of London wall-clock time, opens inclusive, closes exclusive ("HH:MM"). */
export interface OpeningSpan {
  opens: string;
  closes: string;
}

export interface OpeningHours {
  label: string;
  /** Open every minute of every day, bank holidays included. */
  alwaysOpen: boolean;
  weekly: Partial<Record<Weekday, OpeningSpan[]>>;
  closedOnBankHolidays: boolean;
  source: string;
}

export const serviceIds = [
  'contact_centre',
  'live_chat',
  'emergency_line',
  'online_services',
] as const;
export type ServiceId = (typeof serviceIds)[number];

const contactCentreWeek: Partial<Record<Weekday, OpeningSpan[]>> = {
  monday: [{ opens: '08:00', closes: '20:00' }],
  tuesday: [{ opens: '08:00', closes: '20:00' }],
  wednesday: [{ opens: '08:00', closes: '20:00' }],
  thursday: [{ opens: '08:00', closes: '20:00' }],
  friday: [{ opens: '08:00', closes: '20:00' }],
  saturday: [{ opens: '09:30', closes: '13:00' }],
};

/** Opening hours as data; an organisation with other hours passes its own `OpeningHours`. */
export const openingHours: Record<ServiceId, OpeningHours> = {
  contact_centre: {
    label: 'Contact centre',
    alwaysOpen: false,
    weekly: contactCentreWeek,
    closedOnBankHolidays: true,
    source: '000 §2.2: Monday to Friday 8am–8pm, Saturday 9.30am–1pm',
  },
  live_chat: {
    label: 'Live chat',
    alwaysOpen: false,
    weekly: contactCentreWeek,
    closedOnBankHolidays: true,
    source: '000 §2.3: within contact centre opening hours',
  },
  emergency_line: {
    label: 'Emergency repairs line',
    alwaysOpen: true,
    weekly: {},
    closedOnBankHolidays: false,
    source: '000 §2.2, 002 §8.10: 24 hours a day, 365 days a year',
  },
  online_services: {
    label: 'Email, portal and app',
    alwaysOpen: true,
    weekly: {},
    closedOnBankHolidays: false,
    source: '000 §2.4, 002 §8.6: 24 hours a day, seven days a week',
  },
};

export interface OpeningOptions {
  /** Adds the organisation's own closure days to the bank holidays. */
  calendar?: WorkingCalendar;
}

const resolve = (service: ServiceId | OpeningHours): OpeningHours => {
  if (typeof service !== 'string') return service;
  const hours = openingHours[service];
  if (!hours)
    throw new DomainError('INVALID_INPUT', `"${service}" is not a service with opening hours.`);
  return hours;
};

/** The spans the service is open on a London date, as instants, in order. */
const spansOn = (hours: OpeningHours, date: Temporal.PlainDate, calendar: WorkingCalendar) => {
  if (hours.closedOnBankHolidays && calendar.isHolidayOrClosure(date.toString())) return [];
  const weekday = weekdays[date.dayOfWeek - 1] as Weekday;
  // Opening times never fall in the 01:00–02:00 clock-change hour; 'compatible' covers it anyway.
  const at = (time: string) =>
    date.toZonedDateTime({ timeZone: londonTimeZone, plainTime: parseTime(time) });
  return (hours.weekly[weekday] ?? [])
    .map((span) => ({ opens: at(span.opens), closes: at(span.closes) }))
    .sort((a, b) => Temporal.ZonedDateTime.compare(a.opens, b.opens));
};

export const isOpen = (
  service: ServiceId | OpeningHours,
  at: InstantInput,
  options: OpeningOptions = {},
): boolean => {
  const hours = resolve(service);
  if (hours.alwaysOpen) return true;
  const instant = toLondon(at);
  return spansOn(hours, instant.toPlainDate(), options.calendar ?? englandAndWales).some(
    (span) =>
      Temporal.ZonedDateTime.compare(span.opens, instant) <= 0 &&
      Temporal.ZonedDateTime.compare(instant, span.closes) < 0,
  );
};

/** Bank holidays and closures never run for more than a fortnight, so look no further. */
const searchDays = 14;

/**
 * The first instant at or after `at` when the service is open: `at` itself when it is open
 * now. Null only for a service with no opening hours in the next fortnight.
 */
export const nextOpening = (
  service: ServiceId | OpeningHours,
  at: InstantInput,
  options: OpeningOptions = {},
): Temporal.ZonedDateTime | null => {
  const hours = resolve(service);
  const instant = toLondon(at);
  if (hours.alwaysOpen) return instant;
  const calendar = options.calendar ?? englandAndWales;
  for (let offset = 0; offset <= searchDays; offset += 1) {
    for (const span of spansOn(hours, instant.toPlainDate().add({ days: offset }), calendar)) {
      if (Temporal.ZonedDateTime.compare(instant, span.closes) < 0) {
        return Temporal.ZonedDateTime.compare(instant, span.opens) < 0 ? span.opens : instant;
      }
    }
  }
  return null;
};
