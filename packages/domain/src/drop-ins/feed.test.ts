import { describe, expect, it } from 'vitest';
import { feedOccurrences } from './feed';
import type { Occurrence } from './types';

const occurrence = (
  originalDate: string,
  status: Occurrence['status'],
  changedAt: string | null = null,
): Occurrence => ({
  originalDate,
  date: originalDate,
  startTime: '10:00',
  endTime: '12:00',
  startsAt: `${originalDate}T09:00:00Z`,
  endsAt: `${originalDate}T11:00:00Z`,
  venueId: 'page-moss',
  status,
  clash: null,
  reason: changedAt ? 'Staff sickness' : null,
  changedAt,
  changeCount: changedAt ? 1 : 0,
});

describe('feedOccurrences', () => {
  const occurrences = [
    occurrence('2026-06-01', 'scheduled'),
    occurrence('2026-06-08', 'skipped'),
    occurrence('2026-06-15', 'moved', '2026-05-01T09:00:00Z'),
    occurrence('2026-06-22', 'cancelled', '2026-06-01T10:00:00Z'),
  ];
  const shown = (now: string) => feedOccurrences(occurrences, now).map((o) => o.originalDate);

  it('never shows skipped occurrences, and keeps moved ones whenever they changed', () => {
    expect(shown('2026-06-02T09:00:00Z')).toEqual(['2026-06-01', '2026-06-15', '2026-06-22']);
  });

  it('keeps a cancellation for exactly 30 days after it was made, then drops it', () => {
    expect(shown('2026-07-01T10:00:00Z')).toEqual(['2026-06-01', '2026-06-15', '2026-06-22']);
    expect(shown('2026-07-01T11:00:00+01:00')).toContain('2026-06-22');
    expect(shown('2026-07-01T10:00:01Z')).toEqual(['2026-06-01', '2026-06-15']);
  });

  it('keeps a cancelled occurrence with no recorded time', () => {
    expect(
      feedOccurrences([occurrence('2026-06-01', 'cancelled')], '2027-01-01T00:00:00Z'),
    ).toHaveLength(1);
  });
});
