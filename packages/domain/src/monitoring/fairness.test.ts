import { describe, expect, it } from 'vitest';
import { fairnessTable, type GroupFigure } from './fairness';

const g = (
  dimension: GroupFigure['dimension'],
  group: string,
  counted: number,
  met: number,
): GroupFigure => ({ dimension, group, counted, met });

describe('fairnessTable', () => {
  it('flags groups whose interval lies wholly below the overall rate, worst first', () => {
    const table = fairnessTable({ counted: 250, met: 200 }, [
      g('age_band', '25-34', 200, 170),
      g('age_band', '75+', 50, 30),
      g('format', 'standard', 150, 130),
      g('format', 'large_print', 60, 30),
      g('format', 'braille', 40, 38),
    ]);
    expect(table.overall).toEqual({
      counted: 250,
      met: 200,
      rate: 0.8,
      low: expect.closeTo(0.746, 3),
      high: expect.closeTo(0.8449, 4),
    });
    expect(table.rows.map((r) => [r.groupLabel, r.flagged])).toEqual([
      ['Large print', true], // 0.5, interval 0.3774–0.6226
      ['75 and over', true], // 0.6, interval 0.4618–0.7239
      ['Braille', false],
      ['Standard print', false],
      ['25 to 34', false],
    ]);
    expect(table.rows[0]).toMatchObject({
      dimension: 'format',
      dimensionLabel: 'Written format',
      suppressed: false,
      note: null,
      counted: 60,
      met: 30,
      rate: 0.5,
      low: expect.closeTo(0.3774, 4),
      high: expect.closeTo(0.6226, 4),
    });
  });

  it('does not flag a group whose rate is lower but whose interval reaches the overall rate', () => {
    // 0.7 of 30: the interval (0.52–0.83) still includes 0.8.
    const table = fairnessTable({ counted: 230, met: 191 }, [
      g('language', 'en', 200, 170),
      g('language', 'pl', 30, 21),
    ]);
    expect(table.rows.every((r) => !r.flagged)).toBe(true);
  });

  it('hides groups below 10, and the next smallest when one alone would be found by subtraction', () => {
    const table = fairnessTable({ counted: 250, met: 195 }, [
      g('language', 'en', 200, 170),
      g('language', 'pl', 42, 20),
      g('language', 'ur', 8, 5),
      g('access_need', 'interpreter', 9, 4),
      g('access_need', 'none', 241, 191),
      g('age_band', '16-24', 10, 2),
    ]);
    const byGroup = Object.fromEntries(table.rows.map((r) => [r.group, r]));
    expect(byGroup.ur).toMatchObject({
      suppressed: true,
      note: 'fewer than 10',
      counted: null,
      met: null,
      rate: null,
      low: null,
      high: null,
      flagged: false,
    });
    // Overall 250 − en 200 would give ur if pl were shown.
    expect(byGroup.pl).toMatchObject({
      suppressed: true,
      note: 'hidden so a smaller group cannot be worked out',
      counted: null,
    });
    expect(byGroup.en).toMatchObject({ suppressed: false, counted: 200 });
    // A customer can have several access needs, so subtraction finds nothing there.
    expect(byGroup.interpreter).toMatchObject({ suppressed: true, note: 'fewer than 10' });
    expect(byGroup.none).toMatchObject({ suppressed: false, counted: 241 });
    // Exactly 10 is shown (and 2 of 10 is flagged).
    expect(byGroup['16-24']).toMatchObject({ suppressed: false, counted: 10, flagged: true });
  });

  it('hides nothing more when two groups in a dimension are already hidden', () => {
    const table = fairnessTable({ counted: 215, met: 180 }, [
      g('religion', 'none', 100, 80),
      g('religion', 'christian', 100, 90),
      g('religion', 'sikh', 7, 5),
      g('religion', 'hindu', 8, 5),
    ]);
    expect(table.rows.filter((r) => r.suppressed).map((r) => r.group)).toEqual(['hindu', 'sikh']);
  });

  it('flags nothing and gives no rate when nothing was counted overall', () => {
    const table = fairnessTable({ counted: 0, met: 0 }, []);
    expect(table).toEqual({
      overall: { counted: 0, met: 0, rate: null, low: 0, high: 1 },
      rows: [],
    });
  });
});
