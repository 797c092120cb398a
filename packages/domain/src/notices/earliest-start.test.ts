import { describe, expect, it } from 'vitest';
import type { AccessProfile } from '../access-needs/profile';
import { londonDateTime, toLondon } from '../calendar/london';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { earliestStart } from './earliest-start';

const monday = '2026-06-01T10:00:00+01:00';
const at = (iso: string) => toLondon(iso).toString();

describe('written notice must reach the tenant first (issue 3 §3, 000 §2.15)', () => {
  it('braille letter by post: 5 working days to produce and 2 to arrive, then the notice runs', () => {
    const profile: AccessProfile = { writtenFormat: 'braille', contactChannel: 'email' };
    const result = earliestStart({
      type: 'living_well',
      now: monday,
      profile,
      initiatedBy: 'landlord',
    });
    // 7 working days after Mon 1 June is Wed 10 June; 10 working days after that is Wed 24 June.
    expect(result.at.toString()).toBe(at('2026-06-24T00:00:00+01:00'));
    expect(result.reasons).toEqual([
      'braille letter: 5 working days to produce',
      'sent by post: 2 working days to arrive',
      'Living Well meeting: 10 working days written notice once it reaches the tenant',
    ]);
    expect(result.notice).toMatchObject({ channel: 'post', format: 'braille' });
  });

  it('large-print document by email: 1 working day to produce, arriving at the end of that day', () => {
    const profile: AccessProfile = { writtenFormat: 'large_print', contactChannel: 'email' };
    const result = earliestStart({
      type: 'repair_inspection',
      now: monday,
      profile,
      initiatedBy: 'landlord',
    });
    // Ready end of Tue 2 June; 2 working days on is Thu 4 June, also exactly 24 h after receipt.
    expect(result.at.toString()).toBe(at('2026-06-04T00:00:00+01:00'));
    expect(result.notice?.reachesTenantBy.toString()).toBe(at('2026-06-03T00:00:00+01:00'));
    expect(result.reasons).toContain('large-print letter: 1 working day to produce');
  });

  it('a standard letter by post to a customer who prefers phone calls: 2 working days to arrive', () => {
    const profile: AccessProfile = { contactChannel: 'phone' };
    const result = earliestStart({
      type: 'tenancy_visit',
      now: monday,
      profile,
      initiatedBy: 'landlord',
    });
    expect(result.notice?.channel).toBe('post');
    // Arrives Wed 3 June; 5 working days on is Wed 10 June.
    expect(result.at.toString()).toBe(at('2026-06-10T00:00:00+01:00'));
  });

  it('an SMS reaches the tenant at once, but only in standard format', () => {
    const sms = earliestStart({
      type: 'damp_mould_investigation',
      now: monday,
      profile: { contactChannel: 'sms' },
      initiatedBy: 'landlord',
    });
    expect(sms.notice?.channel).toBe('sms');
    expect(sms.at.toString()).toBe(at('2026-06-02T10:00:00+01:00'));
    const easyRead = earliestStart({
      type: 'damp_mould_investigation',
      now: monday,
      profile: { contactChannel: 'sms', writtenFormat: 'easy_read' },
      initiatedBy: 'landlord',
    });
    expect(easyRead.notice?.channel).toBe('post');
  });

  it('a letter in Polish waits for translation (000 §2.15)', () => {
    const profile: AccessProfile = { preferredLanguage: 'pl', contactChannel: 'email' };
    const result = earliestStart({
      type: 'repair_inspection',
      now: monday,
      profile,
      initiatedBy: 'landlord',
    });
    expect(result.reasons).toContain('letter in Polish: 5 working days to translate');
    // Translated by the end of Mon 8 June; 2 working days on is Wed 10 June.
    expect(result.at.toString()).toBe(at('2026-06-10T00:00:00+01:00'));
  });

  it('refuses a language code that is not one', () => {
    expect(() =>
      earliestStart({
        type: 'survey',
        now: monday,
        profile: { preferredLanguage: 'not a language!' },
        initiatedBy: 'landlord',
      }),
    ).toThrow(/not a language code/);
  });
});

describe('interpreters must be booked in time (issue 3 §2)', () => {
  it('a BSL interpreter needs 10 working days, which can set the start over a shorter notice', () => {
    const profile: AccessProfile = { interpreter: 'bsl', contactChannel: 'email' };
    const result = earliestStart({
      type: 'repair_inspection',
      now: monday,
      profile,
      initiatedBy: 'tenant',
    });
    expect(result.at.toString()).toBe(at('2026-06-15T00:00:00+01:00'));
    expect(result.reasons).toEqual(['British Sign Language interpreter: 10 working days to book']);
    expect(result.considered).toHaveLength(2);
  });

  it('a telephone interpreter needs no lead time', () => {
    const result = earliestStart({
      type: 'repair_inspection',
      now: monday,
      profile: { interpreter: 'telephone' },
      initiatedBy: 'tenant',
    });
    expect(result.at.toString()).toBe(at('2026-06-02T10:00:00+01:00'));
  });

  it('an emergency repair never waits for an interpreter', () => {
    const result = earliestStart({
      type: 'emergency_repair',
      now: monday,
      profile: { interpreter: 'bsl' },
      initiatedBy: 'landlord',
    });
    expect(result.at.toString()).toBe(at(monday));
  });
});

describe('deadlines that can no longer be met are escalated, never dropped', () => {
  it('gas check due before a braille notice can run its course', () => {
    const result = earliestStart({
      type: 'gas_safety_check',
      now: monday,
      profile: { writtenFormat: 'braille' },
      initiatedBy: 'landlord',
      lastVisit: '2025-06-10',
    });
    expect(result.latest?.dueDate).toBe('2026-06-10');
    expect(result.deadlineCanBeMet).toBe(false);
    expect(result.escalation).toMatch(/Escalate to a manager/);
  });

  it('a deadline that can be met says so and raises no escalation', () => {
    const result = earliestStart({
      type: 'damp_mould_investigation',
      now: monday,
      profile: {},
      initiatedBy: 'tenant',
      reportedAt: monday,
    });
    expect(result.deadlineCanBeMet).toBe(true);
    expect(result.escalation).toBeNull();
  });

  it("an emergency hazard needs no notice and must be attended within 24 hours (Awaab's Law)", () => {
    const result = earliestStart({
      type: 'damp_mould_investigation',
      now: monday,
      profile: { writtenFormat: 'braille', interpreter: 'bsl' },
      initiatedBy: 'landlord',
      reportedAt: monday,
      emergencyHazard: true,
    });
    expect(result.at.toString()).toBe(at(monday));
    expect(result.latest?.by.toString()).toBe(at('2026-06-02T10:00:00+01:00'));
    expect(result.deadlineCanBeMet).toBe(true);
  });

  it('without a deadline basis there is no deadline verdict', () => {
    const result = earliestStart({
      type: 'gas_safety_check',
      now: monday,
      profile: {},
      initiatedBy: 'landlord',
    });
    expect(result.latest).toBeNull();
    expect(result.deadlineCanBeMet).toBeNull();
  });
});

describe('clock changes', () => {
  it('24 hours of notice across the March clock change is 24 hours of real time, 25 on the clock face', () => {
    const now = '2026-03-28T10:00:00Z';
    const result = earliestStart({
      type: 'tenancy_visit',
      now,
      profile: {},
      initiatedBy: 'tenant',
    });
    expect(toLondon(now).until(result.at).total('hours')).toBe(24);
    expect(result.at.toString()).toBe('2026-03-29T11:00:00+01:00[Europe/London]');
  });

  it('24 hours of notice across the October clock change is 24 hours of real time, 23 on the clock face', () => {
    const now = '2026-10-24T10:00:00+01:00';
    const result = earliestStart({
      type: 'damp_mould_investigation',
      now,
      profile: { contactChannel: 'email' },
      initiatedBy: 'landlord',
    });
    expect(toLondon(now).until(result.at).total('hours')).toBe(24);
    expect(result.at.toString()).toBe('2026-10-25T09:00:00+00:00[Europe/London]');
  });

  it('an emergency reported at 01:30 BST on 25 October 2026 is due at 00:30 GMT the next day, 24 real hours later', () => {
    const reportedAt = londonDateTime('2026-10-25', '01:30');
    const result = earliestStart({
      type: 'emergency_repair',
      now: reportedAt,
      profile: {},
      initiatedBy: 'tenant',
      reportedAt,
    });
    expect(result.latest?.by.toString()).toBe('2026-10-26T00:30:00+00:00[Europe/London]');
    expect(reportedAt.until(result.latest?.by ?? reportedAt).total('hours')).toBe(24);
  });
});

describe('organisation closures', () => {
  it('a Christmas shutdown pushes the notice period on', () => {
    const calendar = createWorkingCalendar({
      closedDays: ['2026-12-29', '2026-12-30', '2026-12-31'],
    });
    const now = '2026-12-24T09:00:00Z';
    const national = earliestStart({
      type: 'repair_inspection',
      now,
      profile: { contactChannel: 'email' },
      initiatedBy: 'landlord',
    });
    const closed = earliestStart(
      {
        type: 'repair_inspection',
        now,
        profile: { contactChannel: 'email' },
        initiatedBy: 'landlord',
      },
      { calendar },
    );
    expect(national.at.toPlainDate().toString()).toBe('2026-12-30');
    expect(closed.at.toPlainDate().toString()).toBe('2027-01-05');
  });
});
