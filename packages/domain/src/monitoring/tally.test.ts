import { describe, expect, it } from 'vitest';
import { type FigureRow, MonitoringTally } from './tally';

const asOf = '2026-06-30'; // in the week of Monday 29 June; the 52 weeks start 7 July 2025

const find = (rows: FigureRow[], match: Partial<FigureRow>) =>
  rows.filter((r) => Object.entries(match).every(([k, v]) => r[k as keyof FigureRow] === v));

describe('MonitoringTally', () => {
  const tally = new MonitoringTally();
  const age = { dimension: 'age_band', group: '75+' } as const;
  const type = { dimension: 'appointment_type', group: 'gas_safety_check' };
  tally.add(
    'first_visit_access',
    'patch-a',
    { counted: true, met: true, week: '2026-06-29' },
    [age],
    [type],
  );
  tally.add('first_visit_access', 'patch-a', { counted: true, met: false, week: '2026-06-22' }, [
    age,
  ]);
  tally.add('first_visit_access', 'patch-b', { counted: true, met: true, week: '2026-06-22' });
  tally.add('first_visit_access', null, { counted: true, met: false, week: '2026-06-22' });
  tally.add('first_visit_access', 'patch-a', { counted: false, met: false, week: '2026-06-22' });
  // Outside the 52 weeks: before them, and after asOf's week.
  tally.add('first_visit_access', 'patch-a', { counted: true, met: true, week: '2025-06-30' });
  tally.add('first_visit_access', 'patch-a', { counted: true, met: true, week: '2026-07-06' });
  tally.count('contacts_by_channel', 'patch-a', '2026-06-22', 'channel', 'phone', 3);
  tally.count('contacts_by_channel', null, '2026-06-22', 'channel', 'email');
  tally.count('drop_in_sessions', 'patch-b', '2026-06-29', 'all', 'all');
  const rows = tally.rows(asOf);

  it('counts every record organisation-wide and in its patch, by week and for 12 months', () => {
    const fva = { measure: 'first_visit_access', dimension: 'all', groupKey: 'all' } as const;
    expect(find(rows, { ...fva, patchId: null, weekStart: null })).toEqual([
      { ...fva, patchId: null, weekStart: null, counted: 4, met: 2 },
    ]);
    expect(find(rows, { ...fva, patchId: null, weekStart: '2026-06-22' })[0]).toMatchObject({
      counted: 3,
      met: 1,
    });
    expect(find(rows, { ...fva, patchId: 'patch-a', weekStart: null })[0]).toMatchObject({
      counted: 2,
      met: 1,
    });
    expect(find(rows, { ...fva, patchId: 'patch-b', weekStart: null })[0]).toMatchObject({
      counted: 1,
      met: 1,
    });
  });

  it('adds one row per customer group and per breakdown', () => {
    expect(
      find(rows, {
        measure: 'first_visit_access',
        patchId: 'patch-a',
        weekStart: null,
        ...{ dimension: 'age_band', groupKey: '75+' },
      })[0],
    ).toMatchObject({ counted: 2, met: 1 });
    expect(
      find(rows, { patchId: null, weekStart: '2026-06-29', dimension: 'appointment_type' }),
    ).toEqual([
      {
        measure: 'first_visit_access',
        patchId: null,
        weekStart: '2026-06-29',
        dimension: 'appointment_type',
        groupKey: 'gas_safety_check',
        counted: 1,
        met: 1,
      },
    ]);
  });

  it('leaves out weeks outside the 52 weeks ending with the week of asOf', () => {
    expect(find(rows, { weekStart: '2025-06-30' })).toEqual([]);
    expect(find(rows, { weekStart: '2026-07-06' })).toEqual([]);
  });

  it('counts volumes under their breakdown and in the total, with met 0', () => {
    const contacts = { measure: 'contacts_by_channel', weekStart: null } as const;
    expect(find(rows, { ...contacts, patchId: null, dimension: 'all' })[0]).toMatchObject({
      counted: 4,
      met: 0,
    });
    expect(find(rows, { ...contacts, patchId: 'patch-a', groupKey: 'phone' })[0]?.counted).toBe(3);
    expect(find(rows, { ...contacts, patchId: 'patch-a', groupKey: 'email' })).toEqual([]);
    expect(find(rows, { measure: 'drop_in_sessions', patchId: 'patch-b' })).toHaveLength(2);
  });

  it('keeps one total per distinct figure, however many records are added', () => {
    const big = new MonitoringTally();
    for (let i = 0; i < 20_000; i += 1) {
      big.add(
        'first_visit_access',
        `patch-${i % 3}`,
        { counted: true, met: i % 3 === 0, week: '2026-06-29' },
        [{ dimension: 'sex', group: i % 2 === 0 ? 'female' : 'male' }],
      );
    }
    const out = big.rows(asOf);
    // (org + 3 patches) × (all + 2 groups) × (one week + the 12-month total).
    expect(out).toHaveLength(24);
    expect(find(out, { patchId: null, weekStart: null, dimension: 'all' })[0]).toMatchObject({
      counted: 20_000,
      met: 6667,
    });
  });
});
