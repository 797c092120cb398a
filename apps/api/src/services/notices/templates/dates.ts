import { TemplateError } from './fill';

/** Every visit happens in England, whatever the server's own time zone. */
const TIME_ZONE = 'Europe/London';

export type DateStyle = 'long' | 'short';

function instant(iso: string, field: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()))
    throw new TemplateError(`${field} is not a valid instant: ${iso}`);
  return date;
}

/** The day written out (weekday and month by name), then the London wall-clock time. */
export function formatWhen(iso: string, locale: string, style: DateStyle, field: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: style,
    day: 'numeric',
    month: style,
    ...(style === 'long' ? { year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(instant(iso, field));
}

/** "1 hour, 30 minutes" in the message language; undefined when the end is not after the start. */
export function formatDuration(
  startIso: string,
  endIso: string,
  locale: string,
): string | undefined {
  const minutes = Math.round(
    (instant(endIso, 'end').getTime() - instant(startIso, 'start').getTime()) / 60_000,
  );
  if (minutes <= 0) return undefined;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts: string[] = [];
  if (minutes >= 60) parts.push(unit(Math.floor(minutes / 60), 'hour'));
  if (minutes % 60 > 0) parts.push(unit(minutes % 60, 'minute'));
  return new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format(parts);
}
