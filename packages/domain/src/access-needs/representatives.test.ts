import { describe, expect, it } from 'vitest';
import type { AccessProfile, Representative } from './profile';
import { canShareWith } from './representatives';

const at = '2026-06-01T10:00:00+01:00';

// A representative who passes every test; each case below breaks exactly one condition.
const valid: Representative = {
  id: 'rep-1',
  name: 'Jane Smith',
  phone: '07700 900123',
  relationship: 'daughter',
  dateOfBirth: '1990-04-02',
  authorisedOn: '2026-03-03',
  authorisedBy: 'letter',
  scope: ['repairs', 'rent'],
  period: 'ongoing',
  startsOn: '2026-03-03',
};
const profileWith = (changes: Partial<Representative>): AccessProfile => ({
  representatives: [{ ...valid, ...changes }],
});
const decide = (
  changes: Partial<Representative>,
  matter: Parameters<typeof canShareWith>[3] = 'repairs',
) => canShareWith(profileWith(changes), 'rep-1', at, matter);

describe('canShareWith (000 §2.19–2.20)', () => {
  it('says yes for a written, named, current, in-scope authorisation of an adult, and why', () => {
    const decision = decide({});
    expect(decision).toMatchObject({ allowed: true, reason: 'authorised' });
    expect(decision.message).toMatch(/Jane Smith may be told about repairs/);
  });

  it('refuses when the authorisation was withdrawn (000 §2.20 "withdraw ... at any time")', () => {
    const decision = decide({ withdrawnAt: '2026-05-20T09:00:00+01:00' });
    expect(decision).toMatchObject({ allowed: false, reason: 'withdrawn' });
    expect(decision.message).toMatch(/withdrew the authorisation on Wednesday 20 May 2026/);
  });

  it('still allows sharing before a withdrawal takes effect', () => {
    expect(decide({ withdrawnAt: '2026-07-01T09:00:00+01:00' }).allowed).toBe(true);
  });

  it('refuses when a time-limited authorisation has expired (000 §2.20 "time-limited")', () => {
    expect(decide({ period: 'time_limited', endsOn: '2026-05-31' })).toMatchObject({
      allowed: false,
      reason: 'expired',
    });
    expect(decide({ period: 'time_limited', endsOn: '2026-06-01' }).allowed).toBe(true);
  });

  it('refuses a one-off authorisation on any day but its own (000 §2.20 "one-off")', () => {
    expect(decide({ period: 'one_off', startsOn: '2026-05-29' })).toMatchObject({
      reason: 'expired',
    });
    expect(decide({ period: 'one_off', startsOn: '2026-06-01' }).allowed).toBe(true);
  });

  it('refuses a matter out of scope (000 §2.20 "specify the scope")', () => {
    const decision = decide({}, 'anti_social_behaviour');
    expect(decision).toMatchObject({ allowed: false, reason: 'out_of_scope' });
    expect(decision.message).toMatch(/covers repairs, rent, not anti social behaviour/);
    expect(decide({ scope: ['all'] }, 'anti_social_behaviour').allowed).toBe(true);
  });

  it('refuses anyone under 16 (000 §2.19), even with a written authorisation', () => {
    const decision = decide({ dateOfBirth: '2010-06-02' });
    expect(decision).toMatchObject({ allowed: false, reason: 'under_16' });
    expect(decision.message).toMatch(/advocacy service/);
    expect(decide({ dateOfBirth: '2010-06-01' }).allowed).toBe(true);
  });

  it('refuses an unwritten authorisation (000 §2.20 "in writing ... by e-mail or letter")', () => {
    expect(decide({ authorisedOn: null })).toMatchObject({ allowed: false, reason: 'unwritten' });
    expect(decide({ authorisedBy: 'phone' })).toMatchObject({
      allowed: false,
      reason: 'unwritten',
    });
    expect(decide({ authorisedBy: 'email' }).allowed).toBe(true);
  });

  it('refuses when the person has no contact details (000 §2.20 "name and contact details")', () => {
    expect(decide({ phone: null })).toMatchObject({ allowed: false, reason: 'not_named' });
    expect(decide({ phone: null, email: 'jane@example.org' }).allowed).toBe(true);
  });

  it('refuses before the authorisation starts, and when a time limit has no end date', () => {
    expect(decide({ startsOn: '2026-06-02' })).toMatchObject({ reason: 'not_yet_started' });
    expect(decide({ period: 'time_limited', endsOn: null })).toMatchObject({
      reason: 'period_unclear',
    });
  });

  it('refuses someone who is not a recorded representative', () => {
    expect(canShareWith({}, 'rep-9', at, 'repairs')).toMatchObject({
      allowed: false,
      reason: 'unknown_representative',
    });
  });
});
