import { longDate } from '../drop-ins/community/format';

export { describeInstant, longDate, plural, shortDate } from '../drop-ins/community/format';

const dayOptionFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "Tue 3 Mar": short enough for a select on a 320 px phone. */
export const dayOption = (date: string) => dayOptionFormat.format(new Date(`${date}T12:00:00Z`));

/** Kilometres to one decimal place, as people read a distance. */
export const km = (value: number) =>
  `${value.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} km`;

/** A share from 0 to 1 as a whole percentage. */
export const percent = (share: number) =>
  share.toLocaleString('en-GB', { style: 'percent', maximumFractionDigits: 0 });

export const count = (value: number) => value.toLocaleString('en-GB');

/** "Tuesday 3 March 2026, 09:30 to 10:30". */
export const visitWhen = (date: string, startTime: string, endTime?: string) =>
  `${longDate(date)}, ${endTime ? `${startTime} to ${endTime}` : startTime}`;
