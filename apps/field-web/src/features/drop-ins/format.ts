/** Calendar dates in the page's language. Times use booking/format.ts (always UK time). */
const calendarDate = (date: string) => new Date(`${date}T12:00:00Z`);

/** "Tuesday 8 December 2026" for a London date "2026-12-08" (noon UTC is that day in London). */
export function formatSessionDate(date: string, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(calendarDate(date));
}

/** "December 2026" for "2026-12". */
export function formatMonth(month: string, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(calendarDate(`${month}-15`));
}

/** Today's month in London, "2026-11", whatever the device's time zone. */
export function londonMonth(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: '2-digit',
    timeZone: 'Europe/London',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}
