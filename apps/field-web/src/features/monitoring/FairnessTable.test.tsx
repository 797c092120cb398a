import { fairnessTable } from '@doorstep/domain';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeFlags, FairnessTable } from './FairnessTable';

// 205 customers: large print lags well behind; braille and audio are too small to show (two
// hidden groups, so neither can be worked out from the other figures).
const table = fairnessTable({ counted: 205, met: 164 }, [
  { dimension: 'format', group: 'standard', counted: 150, met: 135 },
  { dimension: 'format', group: 'large_print', counted: 44, met: 22 },
  { dimension: 'format', group: 'braille', counted: 6, met: 3 },
  { dimension: 'format', group: 'audio', counted: 5, met: 4 },
]);

describe('the fairness table', () => {
  it('names the flagged groups in words', () => {
    expect(describeFlags(table.rows)).toBe(
      '1 group is flagged, because the whole 95% interval lies below the overall rate: Large print (written format).',
    );
    expect(describeFlags(table.rows.filter((row) => !row.flagged))).toMatch(/^No group is flagged/);
  });

  it('puts the flagged group first with a text marker, and hides small groups', () => {
    render(<FairnessTable label="Notice sent in time and format" fairness={table} />);
    const grid = screen.getByRole('table', {
      name: 'Notice sent in time and format: rate by customer group, flagged groups first',
    });
    const rows = within(grid).getAllByRole('row');
    // Head, four groups, the overall row.
    expect(rows).toHaveLength(6);
    expect(rows[1]?.textContent).toContain('Large print');
    expect(rows[1]?.textContent).toContain('Flagged: lower than overall');
    expect(rows[1]?.textContent).toContain('50.0%');
    const braille = rows.find((row) => row.textContent?.includes('Braille'));
    expect(braille?.textContent).toContain('fewer than 10');
    expect(braille?.textContent).not.toMatch(/\d+\.\d%/);
    expect(rows[5]?.textContent).toContain('80.0%');
  });
});
