import { describe, expect, it } from 'vitest';
import type { AccessProfile } from '../access-needs/profile';
import { type AppointmentType, appointmentTypes } from '../appointments/types';
import { toLondon } from '../calendar/london';
import { earliestStart } from './earliest-start';
import { latestStart } from './latest-start';
import { configureNoticeRules, defaultNoticeRules } from './rules';

// Monday 1 June 2026, 10:00 BST: no bank holiday within three weeks either side, so working
// days are plain weekdays: +1 = Tue 2, +2 = Wed 3, +5 = Mon 8, +10 = Mon 15 June.
const now = '2026-06-01T10:00:00+01:00';
// Email in standard format reaches the tenant at once, isolating the notice period itself.
const byEmail: AccessProfile = { contactChannel: 'email', writtenFormat: 'standard' };

const at = (iso: string) => toLondon(iso).toString();

interface Row {
  type: AppointmentType;
  source: string;
  duration: number;
  landlord: string;
  tenant: string;
}

// Issue 3's table, one row per appointment type.
const rows: Row[] = [
  {
    type: 'living_well',
    source: '000 §2.9, issue 3: 10 working days / next working day',
    duration: 60,
    landlord: '2026-06-15T00:00:00+01:00',
    tenant: '2026-06-02T00:00:00+01:00',
  },
  {
    type: 'tenancy_visit',
    source: 'LTA 1985 s.11(6), 002 §8.11: 5 working days / 24 h',
    duration: 45,
    landlord: '2026-06-08T00:00:00+01:00',
    tenant: '2026-06-02T10:00:00+01:00',
  },
  {
    type: 'repair_inspection',
    source: 'LTA 1985 s.11(6), 002 §8.11: 2 working days / 24 h',
    duration: 30,
    landlord: '2026-06-03T00:00:00+01:00',
    tenant: '2026-06-02T10:00:00+01:00',
  },
  {
    type: 'gas_safety_check',
    source: 'Gas Safety Regs 1998 reg 36, 002 §8.11: 7 days / 24 h',
    duration: 45,
    landlord: '2026-06-08T00:00:00+01:00',
    tenant: '2026-06-02T10:00:00+01:00',
  },
  {
    type: 'electrical_safety_check',
    source: 'Electrical Safety Standards Regs 2020 reg 3, 002 §8.11: 7 days / 24 h',
    duration: 120,
    landlord: '2026-06-08T00:00:00+01:00',
    tenant: '2026-06-02T10:00:00+01:00',
  },
  {
    type: 'damp_mould_investigation',
    source: "Awaab's Law 2025, LTA 1985 s.11(6): 24 h / 24 h",
    duration: 60,
    landlord: '2026-06-02T10:00:00+01:00',
    tenant: '2026-06-02T10:00:00+01:00',
  },
  {
    type: 'survey',
    source: '002 §8.11: 5 working days / 24 h',
    duration: 60,
    landlord: '2026-06-08T00:00:00+01:00',
    tenant: '2026-06-02T10:00:00+01:00',
  },
  {
    type: 'home_improvement',
    source: '002 §8.11: 5 working days / 24 h',
    duration: 60,
    landlord: '2026-06-08T00:00:00+01:00',
    tenant: '2026-06-02T10:00:00+01:00',
  },
  {
    type: 'digital_support',
    source: '002 §8.8: no notice / next working day',
    duration: 60,
    landlord: now,
    tenant: '2026-06-02T00:00:00+01:00',
  },
  {
    type: 'emergency_repair',
    source: '000 §2.2, 002 §8.10: no notice either way',
    duration: 60,
    landlord: now,
    tenant: now,
  },
];

describe('notice rules table (issue 3 §3), one row per appointment type', () => {
  it('has a row for every appointment type', () => {
    expect(rows.map((row) => row.type).sort()).toEqual([...appointmentTypes].sort());
  });

  describe.each(rows)('$type ($source)', (row) => {
    it(`lasts ${row.duration} minutes by default`, () => {
      expect(defaultNoticeRules.appointments[row.type].defaultDurationMinutes).toBe(row.duration);
    });

    it('landlord proposes the time: earliest start after the minimum written notice', () => {
      const result = earliestStart({
        type: row.type,
        now,
        profile: byEmail,
        initiatedBy: 'landlord',
      });
      expect(result.at.toString()).toBe(at(row.landlord));
      expect(result.reasons.length).toBeGreaterThan(0);
    });

    it('tenant chooses the time: earliest start after the short lead', () => {
      const result = earliestStart({
        type: row.type,
        now,
        profile: byEmail,
        initiatedBy: 'tenant',
      });
      expect(result.at.toString()).toBe(at(row.tenant));
      expect(result.notice).toBeNull();
    });
  });
});

describe('latest start (issue 3 §3 "latest" column)', () => {
  it('Living Well: 12 months after the last meeting (000 §2.9)', () => {
    const latest = latestStart({ type: 'living_well', lastVisit: '2025-06-20' });
    expect(latest?.dueDate).toBe('2026-06-20');
    expect(latest?.by.toString()).toBe(at('2026-06-21T00:00:00+01:00'));
  });

  it('gas safety check: 12 months after the last (Gas Safety Regs 1998 reg 36(3))', () => {
    expect(latestStart({ type: 'gas_safety_check', lastVisit: '2025-06-20' })?.dueDate).toBe(
      '2026-06-20',
    );
  });

  it('electrical safety check: 5 years after the last (Electrical Safety Standards Regs 2020 reg 3)', () => {
    expect(latestStart({ type: 'electrical_safety_check', lastVisit: '2021-06-20' })?.dueDate).toBe(
      '2026-06-20',
    );
  });

  it("damp and mould: 10 working days after the report (Awaab's Law 2025)", () => {
    const latest = latestStart({ type: 'damp_mould_investigation', reportedAt: now });
    expect(latest?.dueDate).toBe('2026-06-15');
    expect(latest?.by.toString()).toBe(at('2026-06-16T00:00:00+01:00'));
  });

  it("damp and mould, emergency hazard: 24 hours after the report (Awaab's Law 2025)", () => {
    const latest = latestStart({
      type: 'damp_mould_investigation',
      reportedAt: now,
      emergencyHazard: true,
    });
    expect(latest?.by.toString()).toBe(at('2026-06-02T10:00:00+01:00'));
    expect(latest?.dueDate).toBeNull();
    expect(latest?.reason).toMatch(/Emergency hazard/);
  });

  it('emergency repair: 24 hours after the report (000 §2.2, 002 §8.10)', () => {
    expect(latestStart({ type: 'emergency_repair', reportedAt: now })?.by.toString()).toBe(
      at('2026-06-02T10:00:00+01:00'),
    );
  });

  it.each([
    'tenancy_visit',
    'repair_inspection',
    'survey',
    'home_improvement',
    'digital_support',
  ] as const)('%s has no deadline (issue 3 table: —)', (type) => {
    expect(latestStart({ type, lastVisit: '2025-06-20', reportedAt: now })).toBeNull();
  });

  it('refuses to drop a deadline silently when its basis is missing', () => {
    expect(() => latestStart({ type: 'gas_safety_check' })).toThrow(/date of the last one/);
    expect(() => latestStart({ type: 'emergency_repair' })).toThrow(/time it was reported/);
  });
});

describe('configuring the table', () => {
  it('can drop translation time for an organisation with translated templates', () => {
    const rules = configureNoticeRules({ translationWorkingDays: 0 });
    const profile: AccessProfile = { ...byEmail, preferredLanguage: 'pl' };
    const result = earliestStart(
      { type: 'repair_inspection', now, profile, initiatedBy: 'landlord' },
      { rules },
    );
    expect(result.at.toString()).toBe(at('2026-06-03T00:00:00+01:00'));
    expect(result.reasons.join(' ')).not.toMatch(/translate/);
  });

  it('lays an organisation’s own figures over the defaults, leaving the rest', () => {
    const rules = configureNoticeRules({
      appointments: { repair_inspection: { landlordNotice: { unit: 'working_days', amount: 3 } } },
      productionWorkingDays: { braille: 7 },
    });
    expect(rules.appointments.repair_inspection.landlordNotice).toEqual({
      unit: 'working_days',
      amount: 3,
    });
    expect(rules.appointments.repair_inspection.defaultDurationMinutes).toBe(30);
    expect(rules.productionWorkingDays).toMatchObject({ braille: 7, large_print: 1 });
    const result = earliestStart(
      { type: 'repair_inspection', now, profile: byEmail, initiatedBy: 'landlord' },
      { rules },
    );
    expect(result.at.toString()).toBe(at('2026-06-04T00:00:00+01:00'));
    expect(defaultNoticeRules.appointments.repair_inspection.landlordNotice?.amount).toBe(2);
  });

  it('refuses an unknown appointment type, a zero duration or a negative lead time', () => {
    expect(() => configureNoticeRules({ appointments: { boiler: {} } as never })).toThrow(
      /not a kind of appointment/,
    );
    expect(() =>
      configureNoticeRules({ appointments: { survey: { defaultDurationMinutes: 0 } } }),
    ).toThrow(/minutes above 0/);
    expect(() => configureNoticeRules({ interpreterLeadWorkingDays: { bsl: -1 } })).toThrow(
      /0 or more/,
    );
  });
});
