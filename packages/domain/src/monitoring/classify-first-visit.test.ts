import { describe, expect, it } from 'vitest';
import { classifyFirstVisit, type FirstVisitAppointment } from './classify-first-visit';

const visit = (overrides: Partial<FirstVisitAppointment>): FirstVisitAppointment => ({
  type: 'tenancy_visit',
  attemptNumber: 1,
  status: 'completed',
  startsAt: '2026-06-03T09:00:00+01:00',
  ...overrides,
});

describe('classifyFirstVisit', () => {
  it('gives 3 of 5 settled first visits with access (0.6); others are not counted', () => {
    const visits = [
      visit({}),
      visit({ type: 'damp_mould_investigation' }),
      visit({ type: 'gas_safety_check' }),
      visit({ status: 'no_access' }),
      visit({ status: 'completed', outcome: 'unsafe_to_enter' }),
      // Not counted: follow-ups, and visits that say nothing about access.
      visit({ attemptNumber: 2 }),
      visit({ status: 'no_access', attemptNumber: 3 }),
      visit({ status: 'cancelled' }),
      visit({ status: 'rescheduled' }),
      visit({ status: 'booked' }),
      visit({ status: 'booked', outcome: 'cancelled_by_tenant' }),
    ];
    const tallies = visits.map(classifyFirstVisit).filter((t) => t !== null);
    expect(tallies).toHaveLength(5);
    expect(tallies.filter((t) => t.met).length / tallies.length).toBe(0.6);
  });

  it('reads the outcome through outcomeStatus: unsafe to enter is no access', () => {
    expect(classifyFirstVisit(visit({ outcome: 'unsafe_to_enter' }))?.met).toBe(false);
    expect(classifyFirstVisit(visit({ status: 'no_access', outcome: 'met' }))?.met).toBe(true);
  });

  it('puts the visit in its London week', () => {
    expect(classifyFirstVisit(visit({ startsAt: '2026-06-28T23:30:00Z' }))?.week).toBe(
      '2026-06-29',
    );
  });
});
