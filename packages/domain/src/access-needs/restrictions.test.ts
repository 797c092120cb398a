import { describe, expect, it } from 'vitest';
import type { AccessProfile } from './profile';
import { activeRestrictions } from './restrictions';

const profile: AccessProfile = {
  contactRestrictions: [
    {
      id: 'r1',
      kind: 'written_contact_only',
      reason: 'restricted detail',
      startsOn: '2026-01-10',
      reviewOn: '2026-04-10',
    },
    { id: 'r2', kind: 'two_person_visits', startsOn: '2026-01-10', reviewOn: '2026-12-10' },
    {
      id: 'r3',
      kind: 'no_home_visits',
      startsOn: '2025-01-10',
      reviewOn: '2025-06-10',
      endsOn: '2025-06-30',
    },
    {
      id: 'r4',
      kind: 'named_contact_only',
      namedStaffId: 'staff-7',
      startsOn: '2026-07-01',
      reviewOn: '2026-10-01',
    },
  ],
};

describe('contact restrictions (000 §2.25–2.27)', () => {
  const active = activeRestrictions(profile, '2026-06-01T10:00:00+01:00');

  it('applies those in force: not lifted, not yet started', () => {
    expect(active.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('keeps applying a restriction past its review date, reported as review overdue', () => {
    const overdue = active.find((r) => r.id === 'r1');
    expect(overdue?.reviewOverdue).toBe(true);
    expect(overdue?.message).toMatch(/Review overdue since Friday 10 April 2026: it still applies/);
    expect(active.find((r) => r.id === 'r2')?.reviewOverdue).toBe(false);
  });

  it('never repeats the reason for the restriction', () => {
    expect(JSON.stringify(active)).not.toMatch(/restricted detail/);
  });

  it('is not overdue on the review date itself', () => {
    expect(activeRestrictions(profile, '2026-04-10T18:00:00+01:00')[0]?.reviewOverdue).toBe(false);
  });
});
