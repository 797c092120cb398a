import { londonDateTime, startOfLondonDay, toLondon } from '@doorstep/domain';

/** Words and links for the advisor's day. Dates are London dates kept as YYYY-MM-DD. */

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "09:30", in London whatever the phone's own zone. */
export const timeOfDay = (iso: string) => clock.format(new Date(iso));

/** "09:30 to 10:30". */
export const timeRange = (start: string, end: string) => `${timeOfDay(start)} to ${timeOfDay(end)}`;

const numberOf = (value: number, one: string, many = `${one}s`) =>
  `${value.toLocaleString('en-GB')} ${value === 1 ? one : many}`;

const kilometres = (value: number) =>
  `${value.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} km`;

/** "12 minutes’ travel (3.4 km)". */
export const travelText = (travel: { minutes: number; km: number }) =>
  `${numberOf(Math.round(travel.minutes), 'minute')}’ travel (${kilometres(travel.km)})`;

/** "5 visits, 48 minutes’ travel, 21.3 km in all". */
export const totalsText = (totals: { visits: number; travelMinutes: number; travelKm: number }) =>
  `${numberOf(totals.visits, 'visit')}, ${numberOf(Math.round(totals.travelMinutes), 'minute')}’ travel, ${kilometres(totals.travelKm)} in all`;

/**
 * "Attempt 2 of 3" for visits with a standard number of attempts (gas checks); "Attempt 2"
 * for a repeat visit without one; nothing for an ordinary first visit.
 */
export function attemptText(attempt: { number: number; standard: number | null }) {
  if (attempt.standard !== null) return `Attempt ${attempt.number} of ${attempt.standard}`;
  return attempt.number > 1 ? `Attempt ${attempt.number}` : null;
}

/** A phone number as a tel: link: spaces and brackets are not dialled. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Android's maps handoff: opens the phone's own maps app at the home, labelled. */
export const geoHref = (latitude: number, longitude: number, label: string) =>
  `geo:${latitude},${longitude}?q=${latitude},${longitude}(${encodeURIComponent(label)})`;

/** Directions in a browser, for phones without a geo: handler (iPhone). */
export function mapsDirectionsUrl(
  to: { latitude: number; longitude: number },
  from?: { latitude: number; longitude: number },
) {
  const params = new URLSearchParams({ to: `${to.latitude},${to.longitude}` });
  if (from) params.set('from', `${from.latitude},${from.longitude}`);
  return `https://www.openstreetmap.org/directions?${params.toString().replaceAll('%2C', ',')}`;
}

/** The date so many days on (or back), by the calendar: a clock change never moves it. */
export const shiftDate = (date: string, days: number) =>
  startOfLondonDay(date).toPlainDate().add({ days }).toString();

/** Today in London. */
export const londonToday = (now: Date) => toLondon(now).toPlainDate().toString();

const longDateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** "Tuesday 9 June". */
export const dayName = (date: string) => longDateFormat.format(new Date(`${date}T12:00:00Z`));

/** The value a datetime-local field shows for an instant: London wall-clock time. */
export const localInputValue = (instant: Date | string) =>
  toLondon(instant).toPlainDateTime().toString({ smallestUnit: 'minute' });

/**
 * The instant a datetime-local value names in London, or the reason it names none (the hour
 * the clocks skip in March); an empty or malformed value is null.
 */
export function instantFromInput(value: string): { instant: string } | { problem: string } | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match?.[1] || !match[2]) return null;
  try {
    return { instant: londonDateTime(match[1], match[2]).toInstant().toString() };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : 'That time does not exist.' };
  }
}

export const dayPath = (date?: string) => (date ? `/advisor/day/${date}` : '/advisor/day');
export const weekPath = (date: string) => `/advisor/week/${date}`;
export const visitPath = (id: string) => `/advisor/visits/${id}`;
export const livingWellPath = (tenancyId: string) => `/advisor/tenancies/${tenancyId}/living-well`;
