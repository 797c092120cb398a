import { describe, expect, it } from 'vitest';
import {
  describeInstant,
  describeTrend,
  intervalText,
  lastCompleteQuarter,
  longDay,
  niceMax,
  ofText,
  percent,
  quarterFigure,
  ratePath,
  recentQuarters,
  sumWeeks,
  weeksIn,
} from './format';

const week = (weekStart: string, met: number, counted: number) => ({
  weekStart,
  met,
  counted,
  rate: counted === 0 ? null : met / counted,
});

describe('figures in words', () => {
  it('gives rates to one decimal place and says when there is none', () => {
    expect(percent(0.8241)).toBe('82.4%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(null)).toBe('no figure');
  });

  it('keeps the numbers beside the rate, and the interval in words', () => {
    expect(ofText(1234, 2000)).toBe('1,234 of 2,000');
    expect(intervalText(0.741, 0.8889)).toBe('74.1% to 88.9%');
    expect(intervalText(null, null)).toBe('no figure');
  });

  it('says when the figures were computed in London time, summer or winter', () => {
    expect(describeInstant('2025-07-01T04:00:00Z')).toBe('1 July 2025 at 05:00');
    expect(describeInstant('2025-01-15T05:00:00Z')).toBe('15 January 2025 at 05:00');
    expect(longDay('2025-03-03')).toBe('Monday 3 March 2025');
  });
});

describe('a trend in words', () => {
  it('sums the weeks of a rate and names the lowest, highest and latest week', () => {
    const weeks = [
      week('2025-03-03', 8, 10),
      week('2025-03-10', 0, 0),
      week('2025-03-17', 9, 10),
      week('2025-03-24', 3, 6),
    ];
    expect(sumWeeks(weeks)).toEqual({ met: 20, counted: 26, rate: 20 / 26 });
    expect(describeTrend(weeks, 'rate')).toBe(
      '76.9% (20 of 26) over the 4 weeks from 3 Mar 2025 to the week of 24 Mar 2025. Weekly figures ranged from 50.0% (week of 24 Mar 2025) to 90.0% (week of 17 Mar 2025); the latest week with a figure, 24 Mar 2025, had 50.0% (3 of 6).',
    );
  });

  it('counts a volume and names its busiest week', () => {
    const weeks = [week('2025-03-03', 0, 4), week('2025-03-10', 0, 11), week('2025-03-17', 0, 0)];
    expect(describeTrend(weeks, 'count')).toBe(
      '15 in the 3 weeks from 3 Mar 2025 to the week of 17 Mar 2025, an average of 5 a week. The most was 11, in the week of 10 Mar 2025; the latest week had 0.',
    );
  });

  it('gives a state such as coverage at its latest week, never added up', () => {
    const weeks = [
      week('2025-03-03', 80, 100),
      week('2025-03-10', 84, 100),
      week('2025-03-17', 82, 100),
    ];
    expect(describeTrend(weeks, 'rate', true)).toBe(
      '82.0% (82 of 100) at the end of the week of 17 Mar 2025. Over the 3 weeks from 3 Mar 2025 to the week of 17 Mar 2025 it ranged from 80.0% (week of 3 Mar 2025) to 84.0% (week of 10 Mar 2025).',
    );
    expect(quarterFigure(weeks, true)).toEqual({ counted: 100, met: 82, rate: 0.82 });
    expect(quarterFigure(weeks, false)).toEqual({ counted: 300, met: 246, rate: 0.82 });
    expect(quarterFigure([week('2025-03-03', 0, 0)], true)).toEqual({
      counted: 0,
      met: 0,
      rate: null,
    });
  });

  it('does not call a single week a range', () => {
    expect(describeTrend([week('2025-03-03', 0, 0), week('2025-03-10', 42, 50)], 'rate')).toBe(
      'Of the 2 weeks from 3 Mar 2025 to the week of 10 Mar 2025, only the week of 10 Mar 2025 has a figure: 84.0% (42 of 50).',
    );
  });

  it('says plainly when nothing was counted', () => {
    expect(describeTrend([week('2025-03-03', 0, 0)], 'rate')).toBe(
      'Nothing was counted in the 1 week from 3 Mar 2025 to the week of 3 Mar 2025.',
    );
    expect(describeTrend([], 'count')).toBe('There are no weeks to show yet.');
  });
});

describe('drawing a chart', () => {
  it('rounds the axis up to a number people read', () => {
    expect(niceMax(47)).toBe(50);
    expect(niceMax(101)).toBe(200);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(0)).toBe(1);
  });

  it('leaves a gap for a week with nothing counted instead of drawing a drop to nought', () => {
    const plot = { width: 110, height: 120, left: 10, right: 0, top: 10, bottom: 10 };
    const weeks = [week('a', 1, 2), week('b', 0, 0), week('c', 1, 1), week('d', 0, 4)];
    // 4 weeks across 100 units: x = 10, 43.3, 76.7, 110; y = 10 + 100 × (1 − rate).
    expect(ratePath(weeks, plot)).toBe('M10.0 60.0M76.7 10.0L110.0 110.0');
  });
});

describe('quarters for the board report', () => {
  it('lists financial-year quarters newest first, across the year end', () => {
    const quarters = recentQuarters('2026-02-10', 3);
    expect(quarters.map((q) => [q.id, q.start, q.end, q.label])).toEqual([
      ['2025-q4', '2026-01-01', '2026-03-31', 'January to March 2026 (quarter 4 of 2025/26)'],
      ['2025-q3', '2025-10-01', '2025-12-31', 'October to December 2025 (quarter 3 of 2025/26)'],
      ['2025-q2', '2025-07-01', '2025-09-30', 'July to September 2025 (quarter 2 of 2025/26)'],
    ]);
    expect(recentQuarters('2024-04-01', 2).map((q) => [q.id, q.end])).toEqual([
      ['2024-q1', '2024-06-30'],
      ['2023-q4', '2024-03-31'],
    ]);
  });

  it('reports on the last quarter that has ended, and the weeks that start in it', () => {
    const quarters = recentQuarters('2025-07-20');
    const quarter = lastCompleteQuarter(quarters, '2025-07-20');
    expect(quarter?.id).toBe('2025-q1');
    const weeks = [
      week('2025-03-31', 1, 1),
      week('2025-04-07', 1, 2),
      week('2025-06-30', 1, 3),
      week('2025-07-07', 1, 4),
    ];
    expect(quarter && weeksIn(weeks, quarter).map((w) => w.weekStart)).toEqual([
      '2025-04-07',
      '2025-06-30',
    ]);
  });
});
