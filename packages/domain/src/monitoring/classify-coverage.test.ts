import { describe, expect, it } from 'vitest';
import { type CoverageTenancy, classifyCoverage } from './classify-coverage';

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
