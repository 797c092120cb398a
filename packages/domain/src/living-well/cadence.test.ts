import { describe, expect, it } from 'vitest';
import { livingWellCadence, livingWellCoverage } from './cadence';

const started = { tenancyStartedOn: '2025-01-15', attempts: [] };

describe('livingWellCadence', () => {
  it('gives a new tenancy its first meeting after the settling-in period', () => {
    expect(livingWellCadence(started, '2025-02-01')).toEqual({
      status: 'not_planned',
      dueOn: '2025-04-15',
      opensOn: '2025-02-15',
      lastMetOn: null,
      overdue: false,
    });
    expect(
      livingWellCadence(started, '2025-02-01', { settlingInMonths: 6, monthsEarly: 2 }).dueOn,
    ).toBe('2025-07-15');
  });

  it('is due 12 months after the last meeting held, and met until the next window opens', () => {
    const input = {
      ...started,
      attempts: [
        { heldOn: '2025-04-10', outcome: 'met' as const },
        { heldOn: '2026-03-02', outcome: 'met' as const },
      ],
    };
    expect(livingWellCadence(input, '2026-06-01')).toMatchObject({
      status: 'met',
      dueOn: '2027-03-02',
      opensOn: '2027-01-02',
      lastMetOn: '2026-03-02',
    });
    expect(livingWellCadence(input, '2027-01-02').status).toBe('not_planned');
  });

  it('moves through planned, invited and booked inside the window, most advanced first', () => {
    const input = { ...started, attempts: [{ heldOn: '2025-04-10', outcome: 'met' as const }] };
    const today = '2026-03-01';
    expect(livingWellCadence({ ...input, plannedOn: '2026-03-20' }, today).status).toBe('planned');
    expect(
      livingWellCadence({ ...input, plannedOn: '2026-03-20', invited: true }, today).status,
    ).toBe('invited');
    expect(
      livingWellCadence(
        { ...input, plannedOn: '2026-03-20', invited: true, bookedFor: '2026-03-21' },
        today,
      ).status,
    ).toBe('booked');
  });

  it('is overdue the day after the due date when nothing is in motion, and flags it even when booked', () => {
    const input = { ...started, attempts: [{ heldOn: '2025-04-10', outcome: 'met' as const }] };
    expect(livingWellCadence(input, '2026-04-10')).toMatchObject({
      status: 'not_planned',
      overdue: false,
    });
    expect(livingWellCadence(input, '2026-04-11')).toMatchObject({
      status: 'overdue',
      overdue: true,
    });
    expect(livingWellCadence({ ...input, bookedFor: '2026-04-20' }, '2026-04-11')).toMatchObject({
      status: 'booked',
      overdue: true,
    });
  });

  it('records no access in this cycle until a meeting is held', () => {
    const input = {
      ...started,
      attempts: [
        { heldOn: '2025-04-10', outcome: 'met' as const },
        { heldOn: '2026-03-01', outcome: 'no_access' as const },
      ],
    };
    expect(livingWellCadence(input, '2026-03-05').status).toBe('no_access');
    const met = {
      ...input,
      attempts: [...input.attempts, { heldOn: '2026-03-09', outcome: 'met' as const }],
    };
    expect(livingWellCadence(met, '2026-03-10')).toMatchObject({
      status: 'met',
      dueOn: '2027-03-09',
    });
  });

  it('closes a declined cycle without it being overdue, and offers again the next year', () => {
    const input = {
      ...started,
      attempts: [
        { heldOn: '2025-04-10', outcome: 'met' as const },
        { heldOn: '2026-03-15', outcome: 'declined' as const },
      ],
    };
    expect(livingWellCadence(input, '2026-06-01')).toEqual({
      status: 'declined',
      dueOn: '2027-04-10',
      opensOn: '2027-02-10',
      lastMetOn: '2025-04-10',
      overdue: false,
    });
    expect(livingWellCadence(input, '2027-02-10').status).toBe('not_planned');
    expect(livingWellCadence(input, '2027-04-11').status).toBe('overdue');
  });

  it('treats a second decline a year later as closing the next cycle too', () => {
    const input = {
      ...started,
      attempts: [
        { heldOn: '2025-04-10', outcome: 'met' as const },
        { heldOn: '2026-03-15', outcome: 'declined' as const },
        { heldOn: '2027-03-01', outcome: 'declined' as const },
      ],
    };
    expect(livingWellCadence(input, '2027-06-01')).toMatchObject({
      status: 'declined',
      dueOn: '2028-04-10',
    });
  });
});

describe('livingWellCoverage', () => {
  it('counts tenancies met in the 12 months up to today', () => {
    expect(
      livingWellCoverage(
        ['2026-11-23', '2025-11-24', '2025-11-23', null, '2026-12-01'],
        '2026-11-23',
      ),
    ).toEqual({ met: 2, total: 5, share: 0.4 });
    expect(livingWellCoverage([], '2026-11-23')).toEqual({ met: 0, total: 0, share: null });
  });
});
