/**
 * Monday to Friday from `from` to `to` (inclusive London dates) but for the `closed` ones
 * (bank holidays), for the "move to" select. The advisor's leave and the office's own
 * closures are not known here: the API refuses those days with the reason, beside the control.
 */
export function workingDaysBetween(
  from: string,
  to: string,
  closed: ReadonlySet<string> = new Set(),
): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= end; at += 86_400_000) {
    const day = new Date(at);
    const weekday = day.getUTCDay();
    const date = day.toISOString().slice(0, 10);
    if (weekday !== 0 && weekday !== 6 && !closed.has(date)) days.push(date);
    if (days.length > 400) break;
  }
  return days;
}

const clock = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/;

/**
 * "9:30", "09:30", "9.30" or "0930" as "09:30"; anything else, null. A phone's number pad
 * often has no colon, so the digits alone will do.
 */
export function normaliseTime(text: string): string | null {
  const match = clock.exec(text.trim());
  if (!match) return null;
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2]}`;
}
