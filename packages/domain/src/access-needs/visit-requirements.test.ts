import { describe, expect, it } from 'vitest';
import { londonDateTime } from '../calendar/london';
import { configureNoticeRules } from '../notices/rules';
import type { AccessProfile, Representative } from './profile';
import { unavailabilityClashes } from './unavailability';
import { visitRequirements } from './visit-requirements';

// Wednesday 10 June 2026, 10:00 BST.
const at = '2026-06-10T10:00:00+01:00';

const daughter: Representative = {
  id: 'rep-1',
  name: 'Jane Smith',
  phone: '07700 900123',
  relationship: 'daughter',
  authorisedOn: '2026-03-03',
  scope: ['repairs'],
  period: 'ongoing',
  startsOn: '2026-03-03',
  inviteToVisits: true,
};

describe('visitRequirements: duration (issue 3 §2)', () => {
  it('a visit with no recorded needs takes the table’s default', () => {
    const result = visitRequirements({}, 'repair_inspection', at);
    expect(result.durationMinutes).toBe(30);
    expect(result.staffCount).toBe(1);
    expect(result.interpreter).toBeNull();
    expect(result.briefing).toEqual([]);
  });

  it('an interpreted visit takes 1.5× rounded up to 15 minutes, plus extra time', () => {
    // 45 × 1.5 = 67.5, rounded up to 75, plus 20 minutes extra time.
    const result = visitRequirements(
      { interpreter: 'telephone', extraTimeMinutes: 20 },
      'tenancy_visit',
      at,
    );
    expect(result.durationMinutes).toBe(95);
    expect(result.durationReasons).toHaveLength(3);
  });

  it('a 30-minute interpreted visit becomes 45 minutes', () => {
    expect(
      visitRequirements({ interpreter: 'in_person' }, 'repair_inspection', at).durationMinutes,
    ).toBe(45);
  });

  it('follows a configured table', () => {
    const rules = configureNoticeRules({
      appointments: { repair_inspection: { defaultDurationMinutes: 40 } },
    });
    expect(visitRequirements({}, 'repair_inspection', at, { rules }).durationMinutes).toBe(40);
  });

  it('refuses negative extra time', () => {
    expect(() => visitRequirements({ extraTimeMinutes: -5 }, 'survey', at)).toThrow(/Extra time/);
  });
});

describe('visitRequirements: interpreter lead time (issue 3 §2)', () => {
  it.each([
    ['telephone', 0, '2026-06-10', 'pl'],
    ['in_person', 3, '2026-06-05', 'pl'],
    ['bsl', 10, '2026-05-27', 'bfi'],
  ] as const)('%s interpreter: %i working days, book by %s', (kind, lead, bookBy, language) => {
    const result = visitRequirements({ interpreter: kind, preferredLanguage: 'pl' }, 'survey', at);
    expect(result.interpreter).toEqual({ kind, language, leadWorkingDays: lead, bookBy });
  });
});

describe('visitRequirements: staffing and restrictions (000 §2.25–2.27)', () => {
  it('sends two staff under a two-person restriction', () => {
    const profile: AccessProfile = {
      contactRestrictions: [
        { kind: 'two_person_visits', startsOn: '2026-01-01', reviewOn: '2026-03-01' },
      ],
    };
    const result = visitRequirements(profile, 'gas_safety_check', at);
    expect(result.staffCount).toBe(2);
    expect(result.restrictions[0]?.reviewOverdue).toBe(true);
    expect(result.briefing).toContain('Two staff must attend: do not go alone.');
  });

  it('sends two staff for a "do not visit alone" flag without saying why', () => {
    const result = visitRequirements(
      { vulnerabilityFlags: ['do_not_visit_alone', 'mental_health'] },
      'survey',
      at,
    );
    expect(result.staffCount).toBe(2);
    expect(result.briefing.join(' ')).not.toMatch(/mental/i);
  });

  it('meets at a venue under a no-home-visits restriction, with only the named member of staff', () => {
    const profile: AccessProfile = {
      contactRestrictions: [
        {
          kind: 'no_home_visits',
          venue: 'Prescot library',
          startsOn: '2026-01-01',
          reviewOn: '2026-12-01',
        },
        {
          kind: 'named_contact_only',
          namedStaffId: 'staff-7',
          startsOn: '2026-01-01',
          reviewOn: '2026-12-01',
        },
      ],
      preferredStaffGender: 'female',
    };
    const result = visitRequirements(profile, 'living_well', at);
    expect(result.location).toEqual({ kind: 'venue', venue: 'Prescot library' });
    expect(result.staffConstraints).toEqual({ gender: 'female', namedStaffId: 'staff-7' });
    expect(result.briefing).toContain('Do not visit the home: meet at Prescot library.');
  });

  it('under written-contact-only, a "call before arriving" adjustment becomes a text', () => {
    const profile: AccessProfile = {
      contactChannel: 'phone',
      visitAdjustments: ['call_before_arriving', 'pets_secured'],
      contactRestrictions: [
        { kind: 'written_contact_only', startsOn: '2026-01-01', reviewOn: '2026-12-01' },
      ],
    };
    const result = visitRequirements(profile, 'repair_inspection', at);
    expect(result.briefing).toContain('Text the customer before arriving (no phone calls).');
    expect(result.briefing).not.toContain('Phone the customer before arriving.');
    expect(result.notices.channel).toBe('post');
  });
});

describe('visitRequirements: notices, representatives and the briefing', () => {
  it('invites only authorised representatives whose scope covers the visit’s matter', () => {
    const profile: AccessProfile = {
      representatives: [
        daughter,
        { ...daughter, id: 'rep-2', name: 'Sam Lee', scope: ['rent'] },
        { ...daughter, id: 'rep-3', name: 'Ali Khan', inviteToVisits: false },
      ],
    };
    const repair = visitRequirements(profile, 'repair_inspection', at);
    expect(repair.representativesToInvite.map((rep) => rep.name)).toEqual(['Jane Smith']);
    expect(repair.briefing).toContain('Jane Smith (daughter) is invited and may take part.');
    expect(visitRequirements(profile, 'living_well', at).representativesToInvite).toEqual([]);
  });

  it('sends notices in the customer’s format and channel', () => {
    const result = visitRequirements(
      { writtenFormat: 'braille', contactChannel: 'email', preferredLanguage: 'cy' },
      'survey',
      at,
    );
    expect(result.notices).toEqual({ channel: 'post', format: 'braille', language: 'cy' });
  });

  it('tells the visitor what to do at the door and nothing more', () => {
    const profile: AccessProfile = {
      visitAdjustments: ['knock_loudly'],
      vulnerabilityFlags: ['hearing_impairment', 'domestic_abuse', 'financial_hardship'],
      interpreter: 'bsl',
      relayUk: true,
      extraTimeMinutes: 15,
    };
    const briefing = visitRequirements(profile, 'home_improvement', at).briefing;
    expect(briefing).toEqual([
      'Knock loudly.',
      'The doorbell may not be heard: knock, and wait longer.',
      'Discuss the visit only with the customer, not with anyone else at the door.',
      'A British Sign Language interpreter will attend: wait for them before starting.',
      'To phone the customer, use Relay UK.',
      'Allow 15 extra minutes: do not rush.',
    ]);
    expect(briefing.join(' ')).not.toMatch(/abuse|hardship|impairment/i);
  });

  it('reports clashes with times the customer cannot do', () => {
    const profile: AccessProfile = {
      unavailableWeekly: [{ day: 'wednesday', from: '09:30', to: '12:00', label: 'dialysis' }],
    };
    expect(visitRequirements(profile, 'survey', at).clashes).toEqual([
      'Clashes with a time the customer cannot do (dialysis, Wednesdays 09:30–12:00).',
    ]);
  });
});

describe('times the customer cannot do (002 §8.13)', () => {
  const schoolRun: AccessProfile = {
    unavailableWeekly: [{ day: 'monday', from: '08:15', to: '09:15', label: 'school run' }],
    unavailableDates: ['2026-06-12'],
  };

  it('a visit ending as the school run starts does not clash; one overlapping it does', () => {
    expect(unavailabilityClashes(schoolRun, londonDateTime('2026-06-08', '07:15'), 60)).toEqual([]);
    expect(
      unavailabilityClashes(schoolRun, londonDateTime('2026-06-08', '07:30'), 60),
    ).toHaveLength(1);
  });

  it('keeps the school run at 08:15 wall-clock time after the clocks change', () => {
    expect(
      unavailabilityClashes(schoolRun, londonDateTime('2026-03-30', '08:30'), 30),
    ).toHaveLength(1);
    expect(
      unavailabilityClashes(schoolRun, londonDateTime('2026-10-26', '08:30'), 30),
    ).toHaveLength(1);
  });

  it('blocks a one-off date all day, including a visit running into it past midnight', () => {
    expect(unavailabilityClashes(schoolRun, londonDateTime('2026-06-12', '14:00'), 30)).toEqual([
      'The customer cannot do Friday 12 June 2026.',
    ]);
    expect(
      unavailabilityClashes(schoolRun, londonDateTime('2026-06-11', '23:30'), 60),
    ).toHaveLength(1);
  });

  it('refuses a window whose time is not HH:MM', () => {
    const bad: AccessProfile = {
      unavailableWeekly: [{ day: 'monday', from: 'morning', to: '09:00' }],
    };
    expect(() => unavailabilityClashes(bad, londonDateTime('2026-06-08', '08:30'), 30)).toThrow(
      /HH:MM/,
    );
  });
});
