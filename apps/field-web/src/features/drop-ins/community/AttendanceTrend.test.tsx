import { dropInTopics } from '@doorstep/domain';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AttendanceTrend, describeTrend } from './AttendanceTrend';
import type { AttendanceTrend as Trend } from './types';

afterEach(cleanup);

const noTopics = Object.fromEntries(dropInTopics.map((t) => [t, 0])) as Trend['topicCounts'];
const points = (counts: number[]) =>
  counts.map((count, i) => ({ date: `2026-${String(i + 1).padStart(2, '0')}-10`, count }));

describe('the attendance trend', () => {
  it('says in words which way attendance is going', () => {
    const base = {
      points: points([5, 6, 7, 8, 9, 9, 9, 10, 11, 12, 12, 12]),
      topicCounts: noTopics,
    };
    expect(
      describeTrend({ ...base, recentAverage: 12.5, previousAverage: 9, direction: 'rising' }),
    ).toBe(
      'Attendance is rising: an average of 12.5 people at the last 6 sessions, against 9 at the 6 before.',
    );
    expect(
      describeTrend({ ...base, recentAverage: 4, previousAverage: 9, direction: 'falling' }),
    ).toMatch(/^Attendance is falling/);
    expect(
      describeTrend({
        points: points([1, 2]),
        topicCounts: noTopics,
        recentAverage: 3,
        previousAverage: null,
        direction: 'too_few',
      }),
    ).toBe(
      'Not enough sessions have been recorded to compare: a trend needs 6 sessions, and there are 2 so far.',
    );
    expect(
      describeTrend({
        points: [],
        recentAverage: null,
        previousAverage: null,
        direction: 'too_few',
        topicCounts: noTopics,
      }),
    ).toBe('No attendance has been recorded yet.');
  });

  it('compares halves of a younger series, as the domain does', () => {
    expect(
      describeTrend({
        points: points([4, 5, 6, 2, 3, 4]),
        topicCounts: noTopics,
        recentAverage: 3,
        previousAverage: 5,
        direction: 'falling',
      }),
    ).toBe(
      'Attendance is falling: an average of 3 people at the last 3 sessions, against 5 at the 3 before.',
    );
  });

  it('draws the chart named by that sentence, and gives the same numbers as a table', () => {
    render(
      <AttendanceTrend
        trend={{
          points: points([8, 11, 5]),
          recentAverage: 8,
          previousAverage: null,
          direction: 'too_few',
          topicCounts: { ...noTopics, rent: 2, repairs: 1 },
        }}
      />,
    );
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    const table = screen.getByRole('table', { name: 'People at each session' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '10 Jan 20268',
      '10 Feb 202611',
      '10 Mar 20265',
    ]);
    const topics = screen.getByRole('table', { name: 'Topics raised' });
    expect(
      within(topics)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Rent2', 'Repairs1']);
  });
});
