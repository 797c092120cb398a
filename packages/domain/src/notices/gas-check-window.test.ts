import { describe, expect, it } from 'vitest';
import { gasCheckWindow } from './gas-check-window';
import { configureNoticeRules } from './rules';

describe('gasCheckWindow (Gas Safety (Installation and Use) Regulations 1998 reg 36A)', () => {
  it('opens 10 months and 1 day after the last check and closes on the anniversary', () => {
    const window = gasCheckWindow('2025-06-15');
    expect(window.opensOn).toBe('2026-04-16');
    expect(window.dueOn).toBe('2026-06-15');
    expect(window.opens.toString()).toBe('2026-04-16T00:00:00+01:00[Europe/London]');
    expect(window.closes.toString()).toBe('2026-06-16T00:00:00+01:00[Europe/London]');
    expect(window.reason).toMatch(/keeps the anniversary/);
  });

  it('handles month ends: a check on 31 December opens on 1 November and is due on 31 December', () => {
    expect(gasCheckWindow('2025-12-31')).toMatchObject({
      opensOn: '2026-11-01',
      dueOn: '2026-12-31',
    });
  });

  it('a check on 29 February 2024 is due on 28 February 2025', () => {
    expect(gasCheckWindow('2024-02-29').dueOn).toBe('2025-02-28');
  });

  it('follows a configured window', () => {
    const rules = configureNoticeRules({
      appointments: {
        gas_safety_check: {
          deadline: { from: 'last_visit', months: 12, anniversaryWindowMonths: 1 },
        },
      },
    });
    expect(gasCheckWindow('2025-06-15', { rules }).opensOn).toBe('2026-05-16');
  });

  it('refuses a configuration where the gas deadline is not counted from the last check', () => {
    const rules = configureNoticeRules({ appointments: { gas_safety_check: { deadline: null } } });
    expect(() => gasCheckWindow('2025-06-15', { rules })).toThrow(/after the last check/);
  });

  it('refuses a malformed date', () => {
    expect(() => gasCheckWindow('15/06/2025')).toThrow(/YYYY-MM-DD/);
  });
});
