import { describe, expect, it } from 'vitest';
import {
  type CoverageTenancy,
  classifyCoverage,
  coveragePoints,
  coverageSeries,
} from './classify-coverage';

const asOf = '2026-06-30';
const tenancy = (
  meetings: CoverageTenancy['meetings'],
  overrides: Partial<CoverageTenancy> = {},
): CoverageTenancy => ({
  tenure: 'low_cost_rental',
  startDate: '2020-01-10',
  endDate: null,
  meetings,
  ...overrides,
});

describe('classifyCoverage', () => {
  it('gives 7 of 10 open low-cost rental tenancies met (0.7), 2 overdue', () => {
    const tenancies = [
      // Met in the 12 months to 30 June 2026.
      ...['2025-07-01', '2025-09-14', '2025-12-01', '2026-01-20', '2026-03-03', '2026-06-30'].map(
        (heldOn) => tenancy([{ heldOn, outcome: 'met' }]),
      ),
      tenancy([
        { heldOn: '2025-05-01', outcome: 'met' },
        { heldOn: '2026-04-20', outcome: 'met' },
      ]),
      // Overdue: last met more than 12 months ago; one tried and got no access.
      tenancy([{ heldOn: '2025-03-01', outcome: 'met' }]),
      tenancy([
        { heldOn: '2024-05-01', outcome: 'met' },
        { heldOn: '2025-05-01', outcome: 'no_access' },
      ]),
      // Met exactly 12 months ago: due today, not yet overdue, no longer covered.
      tenancy([{ heldOn: '2025-06-30', outcome: 'met' }]),
      // Outside the measure: another tenure, ended the day before, not started yet.
      tenancy([], { tenure: 'affordable_rent' }),
      tenancy([], { endDate: '2026-06-29' }),
      tenancy([], { startDate: '2026-07-01' }),
    ];
    const tallies = tenancies.map((t) => classifyCoverage(t, asOf));
    const counted = tallies.filter((t) => t?.counted);
    expect(tallies.filter((t) => t === null)).toHaveLength(3);
    expect(counted).toHaveLength(10);
    expect(counted.filter((t) => t?.met).length / counted.length).toBe(0.7);
    expect(counted.filter((t) => t?.overdue)).toHaveLength(2);
    expect(counted.map((t) => t?.state)).toEqual([
      ...Array(7).fill('met'),
      'overdue',
      'overdue',
      'due',
    ]);
    expect(new Set(counted.map((t) => t?.week))).toEqual(new Set(['2026-06-29']));
  });

  it('counts a tenancy ending on asOf, and ignores meetings recorded after asOf', () => {
    const ending = classifyCoverage(
      tenancy([{ heldOn: '2026-07-02', outcome: 'met' }], { endDate: asOf }),
      asOf,
    );
    expect(ending).toMatchObject({ counted: true, met: false, overdue: true, state: 'overdue' });
  });

  it('gives a new tenancy its settling-in months before it is overdue', () => {
    const settling = classifyCoverage(tenancy([], { startDate: '2026-05-01' }), asOf);
    expect(settling).toMatchObject({ met: false, overdue: false, state: 'due' });
    const late = classifyCoverage(tenancy([], { startDate: '2026-03-01' }), asOf);
    expect(late).toMatchObject({ met: false, overdue: true, state: 'overdue' });
  });

  it('is not overdue when the tenant declined this cycle, but is not covered either', () => {
    const declined = classifyCoverage(
      tenancy([
        { heldOn: '2025-02-01', outcome: 'met' },
        { heldOn: '2026-01-20', outcome: 'declined' },
      ]),
      asOf,
    );
    expect(declined).toMatchObject({ met: false, overdue: false, state: 'due' });
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => classifyCoverage(tenancy([]), '30/06/2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('coverageSeries', () => {
  // 2026-06-30 is a Tuesday: the current week's point is that day, earlier weeks end on Sunday.
  const points = coveragePoints(asOf);

  it('has 52 weekly points ending on asOf, each with the day 12 months before', () => {
    expect(points).toHaveLength(52);
    expect(points.at(-1)).toEqual({
      week: '2026-06-29',
      asOf: '2026-06-30',
      yearAgo: '2025-06-30',
    });
    expect(points.at(-2)).toEqual({
      week: '2026-06-22',
      asOf: '2026-06-28',
      yearAgo: '2025-06-28',
    });
    expect(points[0]?.week).toBe('2025-07-07');
  });

  it('agrees with classifyCoverage at asOf, and shows coverage lapsing and returning week by week', () => {
    const t = tenancy([
      { heldOn: '2025-03-05', outcome: 'met' },
      { heldOn: '2026-04-20', outcome: 'no_access' },
      { heldOn: '2026-05-06', outcome: 'met' },
    ]);
    const series = coverageSeries(t, points);
    expect(series.at(-1)?.met).toBe(classifyCoverage(t, asOf)?.met);
    const metWeeks = series.filter((point) => point?.met).map((point) => point?.week);
    // Covered until the week 12 months after 5 March 2025 ends (week of 2 March 2026 ends on
    // the 8th, so the meeting on 2025-03-05 no longer counts), then again from 6 May 2026.
    expect(metWeeks[0]).toBe('2025-07-07');
    expect(metWeeks).toContain('2026-02-23');
    expect(metWeeks).not.toContain('2026-03-02');
    expect(metWeeks).not.toContain('2026-04-27');
    expect(metWeeks).toContain('2026-05-04');
    expect(metWeeks.at(-1)).toBe('2026-06-29');
    expect(metWeeks).toHaveLength(52 - 9);
  });

  it('leaves out the weeks before the tenancy started or after it ended', () => {
    const series = coverageSeries(
      tenancy([], { startDate: '2026-06-10', endDate: '2026-06-25' }),
      points,
    );
    // Each point is the week's last day: open on 14 and 21 June, ended by Sunday 28 June.
    expect(series.filter((point) => point !== null).map((point) => point?.week)).toEqual([
      '2026-06-08',
      '2026-06-15',
    ]);
  });
});
