import { describe, expect, it } from 'vitest';
import { accessProfileSchema } from './schema';
import { visitRequirements } from './visit-requirements';

const full = {
  preferredLanguage: 'pl',
  interpreter: 'in_person',
  relayUk: false,
  writtenFormat: 'large_print',
  contactChannel: 'post',
  extraTimeMinutes: 15,
  visitAdjustments: ['call_before_arriving', 'pets_secured'],
  preferredStaffGender: 'female',
  unavailableWeekly: [{ day: 'monday', from: '08:15', to: '09:15', label: 'school run' }],
  unavailableDates: ['2026-07-01'],
  representatives: [
    {
      id: 'rep-1',
      name: 'Jane Smith',
      email: 'jane@example.org',
      relationship: 'daughter',
      authorisedOn: '2026-03-03',
      scope: ['repairs', 'all'],
      period: 'time_limited',
      startsOn: '2026-03-03',
      endsOn: '2026-09-03',
      withdrawnAt: null,
    },
  ],
  contactRestrictions: [
    {
      kind: 'named_contact_only',
      namedStaffId: 'staff-7',
      startsOn: '2026-01-01',
      reviewOn: '2026-07-01',
    },
  ],
  vulnerabilityFlags: ['hearing_impairment'],
};

describe('accessProfileSchema', () => {
  it('accepts a complete profile, which the rules can then use', () => {
    const profile = accessProfileSchema.parse(full);
    expect(visitRequirements(profile, 'survey', '2026-06-10T10:00:00+01:00').durationMinutes).toBe(
      105,
    );
  });

  it('accepts an empty profile: a customer with no recorded needs', () => {
    expect(accessProfileSchema.parse({})).toEqual({});
  });

  it.each([
    ['an unknown format', { writtenFormat: 'comic_sans' }],
    ['a date in the wrong shape', { unavailableDates: ['01/07/2026'] }],
    [
      'a window that ends before it starts',
      { unavailableWeekly: [{ day: 'monday', from: '10:00', to: '09:00' }] },
    ],
    [
      'a time in the wrong shape',
      { unavailableWeekly: [{ day: 'monday', from: '8am', to: '09:00' }] },
    ],
    ['a language that is not a code', { preferredLanguage: 'not a language!' }],
    ['negative extra time', { extraTimeMinutes: -10 }],
    [
      'an authorisation ending before it starts',
      { representatives: [{ ...full.representatives[0], endsOn: '2026-01-01' }] },
    ],
    [
      'a named-contact restriction naming nobody',
      {
        contactRestrictions: [
          { kind: 'named_contact_only', startsOn: '2026-01-01', reviewOn: '2026-07-01' },
        ],
      },
    ],
  ])('refuses %s', (_, profile) => {
    expect(accessProfileSchema.safeParse(profile).success).toBe(false);
  });
});
