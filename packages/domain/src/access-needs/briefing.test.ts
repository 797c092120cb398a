import { describe, expect, it } from 'vitest';
import { visitBriefing } from './briefing';
import type { AccessProfile } from './profile';
import { visitRequirements } from './visit-requirements';
import { vulnerabilityFlags } from './vocabulary';

const at = '2026-11-23T10:00:00Z';
const line = '0800 123 4567';
const brief = (profile: AccessProfile, options: { profileReviewDueOn?: string } = {}) =>
  visitBriefing(profile, visitRequirements(profile, 'tenancy_visit', at), at, {
    interpreterLine: line,
    ...options,
  });

describe('visitBriefing', () => {
  it('is empty for a customer with no recorded needs', () => {
    expect(brief({})).toEqual([]);
  });

  it('names the interpreter language, how, and the line to call before knocking', () => {
    expect(brief({ preferredLanguage: 'pl', interpreter: 'telephone' })).toContainEqual({
      kind: 'interpreter',
      text: `Interpreter: Polish, by phone — call ${line} before knocking.`,
      emphasis: 'normal',
    });
    expect(brief({ preferredLanguage: 'ar', interpreter: 'in_person' })[0]?.text).toBe(
      'Interpreter: Arabic, in person — wait for them before starting.',
    );
    expect(brief({ interpreter: 'bsl' })[0]?.text).toMatch(/British Sign Language, in person/);
  });

  it('gives Relay UK, written formats, knock loudly, other adjustments, extra time and staff gender', () => {
    const chips = brief({
      relayUk: true,
      writtenFormat: 'large_print',
      visitAdjustments: ['knock_loudly', 'pets_secured'],
      extraTimeMinutes: 15,
      preferredStaffGender: 'female',
    });
    expect(chips.map((c) => c.kind)).toEqual([
      'relay_uk',
      'knock_loudly',
      'adjustment',
      'large_print',
      'extra_time',
      'staff_gender',
    ]);
    expect(chips.every((c) => c.emphasis === 'normal')).toBe(true);
  });

  it('names invited representatives with the period of their authority', () => {
    const chips = brief({
      representatives: [
        {
          id: 'r1',
          name: 'Jane Smith',
          phone: '07700 900123',
          relationship: 'advocate',
          authorisedOn: '2026-01-05',
          authorisedBy: 'letter',
          scope: ['all'],
          period: 'ongoing',
          startsOn: '2026-01-05',
          inviteToVisits: true,
        },
        {
          id: 'r2',
          name: 'Tom Lee',
          email: 'tom@example.org',
          relationship: 'son',
          authorisedOn: '2026-01-05',
          authorisedBy: 'email',
          scope: ['tenancy'],
          period: 'time_limited',
          startsOn: '2026-01-05',
          endsOn: '2027-01-04',
          inviteToVisits: true,
        },
      ],
    });
    expect(chips.map((c) => c.text)).toEqual([
      'Advocate invited: J. Smith (ongoing).',
      'Son invited: T. Lee (until Monday 4 January 2027).',
    ]);
  });

  it('puts contact restrictions and an overdue review first, as warnings', () => {
    const chips = brief(
      {
        visitAdjustments: ['knock_loudly'],
        contactRestrictions: [
          {
            kind: 'two_person_visits',
            reason: 'restricted detail that must never show',
            startsOn: '2026-01-01',
            reviewOn: '2026-07-01',
          },
        ],
      },
      { profileReviewDueOn: '2026-10-01' },
    );
    expect(chips.slice(0, 2).map((c) => [c.kind, c.emphasis])).toEqual([
      ['restriction', 'warning'],
      ['review_overdue', 'warning'],
    ]);
    expect(chips[0]?.text).toMatch(/Review overdue since/);
    expect(chips[1]?.text).toMatch(/Access needs review overdue since Thursday 1 October 2026/);
    expect(chips.map((c) => c.kind)).toContain('two_person');
    expect(JSON.stringify(chips)).not.toMatch(/restricted detail/);
  });

  it('does not flag a review that is not yet due', () => {
    expect(brief({}, { profileReviewDueOn: '2026-12-01' })).toEqual([]);
  });

  it('never names a vulnerability, only what to do at the door', () => {
    const chips = brief({ vulnerabilityFlags: [...vulnerabilityFlags] });
    const text = JSON.stringify(chips).toLowerCase();
    for (const word of [
      'impairment',
      'hearing',
      'visual',
      'mobility',
      'learning',
      'cognitive',
      'mental',
      'domestic',
      'abuse',
      'safeguarding',
      'medical',
      'bereavement',
      'hardship',
      'exclusion',
      'literacy',
      'vulnerab',
    ])
      expect(text).not.toContain(word);
    expect(chips.map((c) => c.kind)).toContain('two_person');
    expect(chips.filter((c) => c.kind === 'adjustment').length).toBeGreaterThan(0);
  });
});
