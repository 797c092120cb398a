import { describe, expect, it } from 'vitest';
import { configureNoticeRules } from '../notices/rules';
import { dampMouldStatus, electricalCheckStatus, gasCheckStatus } from './safety';

const today = '2026-06-30';

describe('gasCheckStatus', () => {
  it('counts each check that has fallen due, met when the next came by the anniversary', () => {
    const status = gasCheckStatus(
      {
        hasGas: true,
        checks: ['2026-04-10', '2024-03-01', '2025-02-20', '2025-02-20'],
        bookedOn: null,
      },
      today,
    );
    expect(status).toEqual({
      dues: [
        // Due 1 March 2025, done 20 February 2025 (inside the reg 36A window).
        { counted: true, met: true, week: '2025-02-24' },
        // The anniversary carries forward: due 1 March 2026, not done until 10 April 2026.
        { counted: true, met: false, week: '2026-02-23' },
      ],
      state: 'in_date',
      nextDueOn: '2027-04-10',
    });
  });

  it('keeps the anniversary when each check is a few weeks early, so the home never drifts overdue', () => {
    // Checked on 1 December each year against a 10 January anniversary (window opens 11 November).
    const status = gasCheckStatus(
      {
        hasGas: true,
        checks: ['2023-01-10', '2023-12-01', '2024-12-01', '2025-12-01'],
        bookedOn: null,
      },
      '2026-01-05',
    );
    expect(status?.dues.map((due) => due.met)).toEqual([true, true]);
    // Due on the anniversary, 10 January 2027, not 12 months after 1 December 2025.
    expect(status?.nextDueOn).toBe('2027-01-10');
    expect(status?.state).toBe('in_date');
  });

  it('starts a new anniversary when a check is earlier than the window', () => {
    const status = gasCheckStatus(
      { hasGas: true, checks: ['2025-01-10', '2025-10-01'], bookedOn: null },
      '2026-01-05',
    );
    expect(status?.nextDueOn).toBe('2026-10-01');
  });

  it('is at risk when due in the next 30 days with nothing booked by then', () => {
    const home = { hasGas: true, checks: ['2025-07-20'] };
    expect(gasCheckStatus({ ...home, bookedOn: null }, today)?.state).toBe('at_risk');
    expect(gasCheckStatus({ ...home, bookedOn: '2026-07-25' }, today)?.state).toBe('at_risk');
    expect(gasCheckStatus({ ...home, bookedOn: '2026-07-15' }, today)?.state).toBe('in_date');
    expect(gasCheckStatus({ ...home, bookedOn: null }, '2026-06-19')?.state).toBe('in_date');
    // The due date itself: still not overdue, and not counted yet.
    expect(gasCheckStatus({ ...home, bookedOn: null }, '2026-07-20')).toMatchObject({
      dues: [],
      state: 'at_risk',
    });
  });

  it('is overdue the day after the anniversary, and counts the missed due', () => {
    expect(gasCheckStatus({ hasGas: true, checks: ['2025-06-01'], bookedOn: null }, today)).toEqual(
      {
        dues: [{ counted: true, met: false, week: '2026-06-01' }],
        state: 'overdue',
        nextDueOn: '2026-06-01',
      },
    );
  });

  it('has no record with no check done yet, ignores checks dated after today, and skips homes without gas', () => {
    expect(
      gasCheckStatus({ hasGas: true, checks: ['2026-07-02'], bookedOn: '2026-07-02' }, today),
    ).toEqual({ dues: [], state: 'no_record', nextDueOn: null });
    expect(gasCheckStatus({ hasGas: false, checks: [], bookedOn: null }, today)).toBeNull();
  });
});

describe('electricalCheckStatus', () => {
  it('is due 5 years after the last check', () => {
    expect(
      electricalCheckStatus({ checks: ['2021-05-01', '2026-04-01'], bookedOn: null }, today),
    ).toEqual({
      dues: [{ counted: true, met: true, week: '2026-04-27' }],
      state: 'in_date',
      nextDueOn: '2031-04-01',
    });
    expect(electricalCheckStatus({ checks: ['2021-06-01'], bookedOn: null }, today).state).toBe(
      'overdue',
    );
  });

  it('refuses rules that give electrical checks no deadline', () => {
    const rules = configureNoticeRules({
      appointments: { electrical_safety_check: { deadline: null } },
    });
    expect(() =>
      electricalCheckStatus({ checks: ['2021-05-01'], bookedOn: null }, today, { rules }),
    ).toThrow(/Electrical safety checks must be due/);
  });
});

describe('dampMouldStatus', () => {
  // Monday 1 June 2026, 10:00 BST: 10 working days is the end of Monday 15 June.
  const report = { reportedAt: '2026-06-01T09:00:00Z', emergency: false, bookedAt: null };

  it('is met when investigated within 10 working days, late after', () => {
    expect(
      dampMouldStatus(
        { ...report, investigatedAt: '2026-06-15T22:00:00Z' },
        '2026-06-20T09:00:00Z',
      ),
    ).toEqual({
      due: { counted: true, met: true, week: '2026-06-01' },
      state: 'met',
      dueBy: '2026-06-15T23:00:00Z',
    });
    expect(
      dampMouldStatus(
        { ...report, investigatedAt: '2026-06-16T08:00:00Z' },
        '2026-06-20T09:00:00Z',
      ),
    ).toMatchObject({ due: { counted: true, met: false }, state: 'late' });
  });

  it('is at risk while open with nothing booked in time, open when booked, late once past', () => {
    const open = { ...report, investigatedAt: null };
    expect(dampMouldStatus(open, '2026-06-02T09:00:00Z')).toMatchObject({
      due: null,
      state: 'at_risk',
    });
    expect(
      dampMouldStatus({ ...open, bookedAt: '2026-06-12T09:00:00Z' }, '2026-06-02T09:00:00Z').state,
    ).toBe('open');
    expect(
      dampMouldStatus({ ...open, bookedAt: '2026-06-16T09:00:00Z' }, '2026-06-02T09:00:00Z').state,
    ).toBe('at_risk');
    expect(dampMouldStatus(open, '2026-06-15T23:00:00Z')).toMatchObject({
      due: { counted: true, met: false, week: '2026-06-01' },
      state: 'late',
    });
  });

  it('gives an emergency hazard 24 hours', () => {
    const emergency = { ...report, emergency: true, investigatedAt: '2026-06-02T10:00:00Z' };
    expect(dampMouldStatus(emergency, '2026-06-20T09:00:00Z')).toMatchObject({
      state: 'late',
      dueBy: '2026-06-02T09:00:00Z',
    });
  });

  it('is open, not at risk, when a long deadline is more than 30 days away', () => {
    const rules = configureNoticeRules({
      appointments: {
        damp_mould_investigation: {
          deadline: { from: 'report', within: { unit: 'working_days', amount: 40 } },
        },
      },
    });
    const open = { ...report, investigatedAt: null };
    expect(dampMouldStatus(open, '2026-06-02T09:00:00Z', { rules }).state).toBe('open');
    const none = configureNoticeRules({
      appointments: { damp_mould_investigation: { deadline: null } },
    });
    expect(() => dampMouldStatus(open, '2026-06-02T09:00:00Z', { rules: none })).toThrow(
      /Damp and mould investigations must be due/,
    );
  });
});
