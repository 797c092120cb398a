import type { WorkingPattern } from '../../schema/staff';
import type { HistoryCalendar } from './calendar';

const dayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export interface Placement {
  day: number;
  /** Minutes after London midnight. */
  start: number;
}

/**
 * One member of staff's past days, filled visit after visit from the start of their hours, so
 * no two of their visits can overlap (the database refuses that too).
 */
export class StaffDays {
  private readonly windows: ({ start: number; end: number } | null)[];
  private readonly nextFree = new Map<number, number>();

  constructor(
    private readonly calendar: HistoryCalendar,
    pattern: WorkingPattern,
    /** Visits end before this day (the seed's today). */
    private readonly before: number,
  ) {
    this.windows = dayKeys.map((key) => {
      const hours = pattern[key]?.[0];
      return hours ? { start: minutesOf(hours.start), end: minutesOf(hours.end) } : null;
    });
  }

  private tryDay(day: number, minutes: number, gap: number, lateBy = 0): Placement | null {
    if (day < 0 || day >= this.before || !this.calendar.working[day]) return null;
    const window = this.windows[(this.calendar.weekdays[day] ?? 1) - 1];
    if (!window) return null;
    const start = this.nextFree.get(day) ?? window.start + gap;
    if (start + minutes > window.end + lateBy) return null;
    this.nextFree.set(day, start + minutes + gap);
    return { day, start };
  }

  /**
   * The first day from `day` with room, looking forward, then back a fortnight when the
   * forward search reaches today; null when neither finds room. `fixed` keeps the visit to
   * that one day (a meeting already recorded on it), allowing it to run up to an hour late;
   * an `urgent` visit is fitted in at the end of a full day, up to two hours late.
   */
  place(
    day: number,
    minutes: number,
    gap: number,
    how: { fixed?: boolean; urgent?: boolean } = {},
  ): Placement | null {
    if (how.fixed) return this.tryDay(day, minutes, gap, 60);
    for (let d = Math.max(day, 0); d < Math.min(this.before, day + 30); d += 1) {
      const placed = this.tryDay(d, minutes, gap, how.urgent ? 120 : 0);
      if (placed) return placed;
    }
    for (let d = day - 1; d >= day - 14; d -= 1) {
      const placed = this.tryDay(d, minutes, gap);
      if (placed) return placed;
    }
    return null;
  }
}

/** Requests taken earliest day first, then in the order they were made: same seed, same order. */
export class DayQueue<T extends { day: number }> {
  private readonly heap: { item: T; order: number }[] = [];
  private made = 0;

  get size(): number {
    return this.heap.length;
  }

  push(item: T): void {
    const heap = this.heap;
    heap.push({ item, order: this.made });
    this.made += 1;
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (!top || !last) return undefined;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && this.before(left, smallest)) smallest = left;
        if (right < heap.length && this.before(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top.item;
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a];
    const y = this.heap[b];
    if (!x || !y) return false;
    return x.item.day !== y.item.day ? x.item.day < y.item.day : x.order < y.order;
  }

  private swap(a: number, b: number): void {
    const x = this.heap[a];
    const y = this.heap[b];
    if (!x || !y) return;
    this.heap[a] = y;
    this.heap[b] = x;
  }
}
