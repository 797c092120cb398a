import { describe, expect, it } from 'vitest';
import { attendanceTrend } from './attendance';
import type { DropInTopic } from './types';

/** One record a month from January 2025, with the counts given. */
const monthly = (counts: number[], topics: DropInTopic[] = []) =>
  counts.map((count, i) => ({
    date: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-14`,
    count,
    topics,
  }));

describe('attendanceTrend', () => {
  it('compares the last 6 held sessions with the 6 before', () => {
    const trend = attendanceTrend(monthly([8, 9, 10, 8, 9, 10, 12, 13, 14, 12, 13, 14]));
    expect([trend.recentAverage, trend.previousAverage, trend.direction]).toEqual([
      13,
      9,
      'rising',
    ]);
  });

  it.each([
    [[10, 10, 10, 10, 10, 10, 7, 7, 7, 7, 7, 7], 'falling'],
    [[10, 10, 10, 10, 10, 10, 11, 10, 9, 10, 11, 10], 'steady'],
    // Within a tenth either way counts as steady: 10 to 11 is steady, 10 to 11.2 is rising.
    [[10, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11], 'steady'],
    [[10, 10, 10, 10, 10, 10, 11, 11, 11, 12, 11, 11], 'rising'],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 'steady'],
    [[0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0], 'rising'],
  ])('%j is %s', (counts, direction) => {
    expect(attendanceTrend(monthly(counts)).direction).toBe(direction);
  });

  it('is too_few until there are 6 held sessions, but still gives what averages it can', () => {
    expect(attendanceTrend([])).toMatchObject({
      points: [],
      recentAverage: null,
      previousAverage: null,
      direction: 'too_few',
    });
    expect(attendanceTrend(monthly([4]))).toMatchObject({
      recentAverage: 4,
      previousAverage: null,
      direction: 'too_few',
    });
    expect(attendanceTrend(monthly([4, 5, 6, 7, 8]))).toMatchObject({
      recentAverage: 6,
      previousAverage: null,
      direction: 'too_few',
    });
  });

  it('compares halves for a young series: 6 sessions are 3 against 3, 11 are 5 against 5', () => {
    expect(attendanceTrend(monthly([4, 5, 6, 2, 3, 4]))).toMatchObject({
      recentAverage: 3,
      previousAverage: 5,
      direction: 'falling',
    });
    expect(attendanceTrend(monthly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toMatchObject({
      recentAverage: 9,
      previousAverage: 4,
      direction: 'rising',
    });
  });

  it('sorts the points by date and rounds averages to one decimal place', () => {
    const trend = attendanceTrend([
      { date: '2026-03-10', count: 2, topics: [] },
      { date: '2026-01-13', count: 1, topics: [] },
      { date: '2026-02-10', count: 2, topics: [] },
    ]);
    expect(trend.points).toEqual([
      { date: '2026-01-13', count: 1 },
      { date: '2026-02-10', count: 2 },
      { date: '2026-03-10', count: 2 },
    ]);
    expect(trend.recentAverage).toBe(1.7);
  });

  it('counts the sessions each topic was raised at, every topic present', () => {
    const trend = attendanceTrend([
      { date: '2026-01-13', count: 5, topics: ['rent', 'repairs', 'rent'] },
      { date: '2026-02-10', count: 3, topics: ['rent', 'getting_online'] },
    ]);
    expect(trend.topicCounts).toEqual({
      rent: 2,
      repairs: 1,
      money_advice: 0,
      getting_online: 1,
      tenancy: 0,
      neighbourhood: 0,
    });
  });
});
