import { describe, expect, it } from 'vitest';
import {
  definitionOn,
  fairnessMeasures,
  isMeasureId,
  isRateMeasure,
  measureDefinitions,
  measureIds,
  rateMeasures,
  volumeMeasures,
} from './definitions';

describe('measureDefinitions', () => {
  it('defines every measure once, under its own id, with a source', () => {
    expect(Object.keys(measureDefinitions).sort()).toEqual([...measureIds].sort());
    for (const id of measureIds) {
      const m = measureDefinitions[id];
      expect(m.id).toBe(id);
      expect(m.definition.length).toBeGreaterThan(40);
      expect(m.source).not.toBe('');
    }
    for (const id of rateMeasures) expect(measureDefinitions[id].kind).toBe('rate');
    for (const id of volumeMeasures) expect(measureDefinitions[id].kind).toBe('count');
  });

  it('cites the policy or law each rate answers to', () => {
    expect(measureDefinitions.living_well_coverage.source).toMatch(/000 §2\.9/);
    expect(measureDefinitions.first_visit_access.source).toMatch(/002 §11\.1/);
    expect(measureDefinitions.contact_acknowledged.source).toMatch(/002 §8\.14/);
    expect(measureDefinitions.alternative_format_met.source).toMatch(/000 §2\.15/);
    expect(measureDefinitions.gas_checks.source).toMatch(/reg 36A/);
    expect(measureDefinitions.electrical_checks.source).toMatch(/2020.*5 years/);
    expect(measureDefinitions.damp_mould_investigations.source).toMatch(
      /Awaab's Law.*10 working days/,
    );
  });

  it("marks only coverage as a figure at each week's end, never added up", () => {
    expect(measureIds.filter((id) => measureDefinitions[id].atWeekEnd)).toEqual([
      'living_well_coverage',
    ]);
  });

  it('splits every rate by customer group (000 §2.13), counts only by their breakdown', () => {
    expect(fairnessMeasures).toEqual(rateMeasures);
    expect(fairnessMeasures).toContain('gas_checks');
    expect(fairnessMeasures.every(isRateMeasure)).toBe(true);
    expect(isRateMeasure('bookings_by_channel')).toBe(false);
    expect(isMeasureId('bookings_by_channel')).toBe(true);
    expect(isMeasureId('rent_arrears')).toBe(false);
  });

  it('writes the date into the definition', () => {
    expect(definitionOn('living_well_coverage', '2026-06-30')).toMatch(
      /^Low-cost rental tenancies with a Living Well meeting held in the 12 months to Tuesday 30 June 2026, out of all open low-cost rental tenancies\./,
    );
    expect(definitionOn('first_visit_access', '2026-06-30')).toBe(
      measureDefinitions.first_visit_access.definition,
    );
  });
});
