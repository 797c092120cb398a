/** Dates as people say them: "Tuesday 9 June 2026". Dates are London dates, kept as text. */
const longDateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const instantFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

const noon = (date: string) => new Date(`${date}T12:00:00Z`);

export const longDate = (date: string) => longDateFormat.format(noon(date));
export const shortDate = (date: string) => shortDateFormat.format(noon(date));
export const describeInstant = (iso: string) => instantFormat.format(new Date(iso));

/** Today in London, as YYYY-MM-DD. */
export const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

export const timeSpan = (start: string, end: string) => `${start} to ${end}`;

/** "1 tenant" / "3 tenants". */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
