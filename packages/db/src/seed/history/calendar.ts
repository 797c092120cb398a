import { isWorkingDay, londonTimeZone } from '@doorstep/domain';
import { Temporal } from 'temporal-polyfill';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/**
 * The days the history covers, each worked out once with the working calendar (weekends and
 * bank holidays) and the London time zone, so that hundreds of thousands of rows can be placed
 * by index arithmetic instead of a Temporal call each.
 */
export class HistoryCalendar {
  readonly dates: string[] = [];
  /** ISO weekday, 1 = Monday. */
  readonly weekdays: number[] = [];
  readonly working: boolean[] = [];
  /** Index of `today` in the lists above. */
  readonly today: number;
  private readonly utcMidnight: number[] = [];
  /** London's offset from UTC at midday: all placed times fall well clear of the 01:00 changes. */
  private readonly offsetMs: number[] = [];
  /** For each day, how many working days come before it. */
  private readonly rank: number[] = [];
  private readonly workingDays: number[] = [];
  private readonly indexOf = new Map<string, number>();

  constructor(from: Temporal.PlainDate, today: Temporal.PlainDate, daysAfter = 40) {
    const last = today.add({ days: daysAfter });
    for (let day = from; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
      const index = this.dates.length;
      const date = day.toString();
      const working = isWorkingDay(date);
      this.indexOf.set(date, index);
      this.dates.push(date);
      this.weekdays.push(day.dayOfWeek);
      this.working.push(working);
      this.utcMidnight.push(Date.UTC(day.year, day.month - 1, day.day));
      const noon = day.toZonedDateTime({ timeZone: londonTimeZone, plainTime: '12:00' });
      this.offsetMs.push(noon.offsetNanoseconds / 1_000_000);
      this.rank.push(this.workingDays.length);
      if (working) this.workingDays.push(index);
    }
    this.today = this.index(today.toString());
  }

  get length(): number {
    return this.dates.length;
  }

  index(date: string): number {
    const index = this.indexOf.get(date);
    if (index === undefined) throw new Error(`${date} is outside the seed's history calendar`);
    return index;
  }

  indexOrUndefined(date: string): number | undefined {
    return this.indexOf.get(date);
  }

  date(index: number): string {
    const date = this.dates[index];
    if (date === undefined) throw new Error(`day ${index} is outside the seed's history calendar`);
    return date;
  }

  /** The instant of a London wall-clock time (minutes after midnight, 08:00–22:00) on a day. */
  instant(index: number, minutes: number): Date {
    const midnight = this.utcMidnight[index];
    const offset = this.offsetMs[index];
    if (midnight === undefined || offset === undefined) throw new Error(`day ${index} unknown`);
    return new Date(midnight + minutes * MS_PER_MINUTE - offset);
  }

  /** The end of a London day: the instant the next day begins. */
  endOfDay(index: number): Date {
    return this.instant(index, 24 * 60);
  }

  /** The day an instant falls on in London (instants inside the calendar only). */
  dayOf(at: Date): number {
    const guess = Math.floor((at.getTime() - (this.utcMidnight[0] ?? 0)) / MS_PER_DAY);
    for (const index of [guess, guess + 1, guess - 1]) {
      const midnight = this.utcMidnight[index];
      const offset = this.offsetMs[index];
      if (midnight === undefined || offset === undefined) continue;
      const local = at.getTime() + offset - midnight;
      if (local >= 0 && local < MS_PER_DAY) return index;
    }
    throw new Error(`${at.toISOString()} is outside the seed's history calendar`);
  }

  /**
   * The nth working day after a day (n ≥ 1) or before it (n ≤ -1), as the domain's
   * addWorkingDays counts; undefined when that falls outside the calendar.
   */
  addWorkingDays(index: number, n: number): number | undefined {
    const rank = this.rank[index];
    if (rank === undefined || n === 0) return n === 0 ? index : undefined;
    const position = n > 0 ? rank + (this.working[index] ? 1 : 0) + n - 1 : rank + n;
    return this.workingDays[position];
  }

  /** The first working day on or after a day. */
  workingOnOrAfter(index: number): number | undefined {
    return this.working[index] ? index : this.addWorkingDays(index, 1);
  }
}
