import { type DropInTopic, dropInTopics } from './types';

export interface AttendanceRecord {
  date: string;
  count: number;
  topics: DropInTopic[];
}

export type AttendanceDirection = 'rising' | 'falling' | 'steady' | 'too_few';

export interface AttendanceTrend {
  points: { date: string; count: number }[];
  /**
   * Average of the most recent window of held sessions, to one decimal place: the last 6, or
   * half of them when there are fewer than 12 (a new series is reviewed early, not after a
   * year); with fewer than 6, the average of all of them.
   */
  recentAverage: number | null;
  /** Average of the same number of held sessions before those; null with fewer than 6. */
  previousAverage: number | null;
  /** too_few until there are 6 held sessions: two windows of at least 3 to compare. */
  direction: AttendanceDirection;
  topicCounts: Record<DropInTopic, number>;
}

const fullWindow = 6;
/** Fewer than 3 a side and one wet Tuesday decides the direction. */
const smallestWindow = 3;
/** A change of less than a tenth either way is noise at drop-in numbers. */
const steadyWithin = 0.1;

const average = (counts: number[]): number | null =>
  counts.length === 0
    ? null
    : Math.round((counts.reduce((sum, count) => sum + count, 0) / counts.length) * 10) / 10;

const directionOf = (recent: number, previous: number): AttendanceDirection => {
  if (Math.abs(recent - previous) <= previous * steadyWithin) return 'steady';
  return recent > previous ? 'rising' : 'falling';
};

/** A series' attendance for review: each held session, and the latest window against the one before. */
export const attendanceTrend = (records: AttendanceRecord[]): AttendanceTrend => {
  const points = records
    .map(({ date, count }) => ({ date, count }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const counts = points.map((point) => point.count);
  const window = Math.min(fullWindow, Math.floor(counts.length / 2));
  // Too few to compare: the average so far is still worth showing.
  const comparable = window >= smallestWindow;
  const recent = comparable ? counts.slice(-window) : counts;
  const previous = comparable ? counts.slice(-2 * window, -window) : [];
  const recentAverage = average(recent);
  const previousAverage = average(previous);
  const topicCounts = Object.fromEntries(dropInTopics.map((topic) => [topic, 0])) as Record<
    DropInTopic,
    number
  >;
  for (const record of records) {
    for (const topic of new Set(record.topics)) topicCounts[topic] += 1;
  }
  return {
    points,
    recentAverage,
    previousAverage,
    direction:
      !comparable || recentAverage === null || previousAverage === null
        ? 'too_few'
        : directionOf(recentAverage, previousAverage),
    topicCounts,
  };
};
