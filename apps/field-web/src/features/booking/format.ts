/** Dates and times in the tenant's language, always on UK time (Europe/London). */
const ZONE = 'Europe/London';

export function formatDay(date: string, locale: string) {
  // A calendar date: noon UTC is the same day everywhere in Europe.
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

export function formatDate(instant: string, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: ZONE,
  }).format(new Date(instant));
}

export function formatTime(instant: string | Date, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(new Date(instant));
}

/** "45 minutes", "1 hour", "1 hour, 30 minutes", with the language's own plural rules. */
export function formatDuration(minutes: number, locale: string) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts = [hours ? unit(hours, 'hour') : null, rest || !hours ? unit(rest, 'minute') : null];
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(
    parts.filter((part): part is string => part !== null),
  );
}

/** Minutes between two London wall-clock times "HH:MM" on the same day. */
export function minutesBetween(startTime: string, endTime: string) {
  const minutes = (time: string) => {
    const [h, m] = time.split(':').map(Number);
    return (h ?? 0) * 60 + (m ?? 0);
  };
  return minutes(endTime) - minutes(startTime);
}
