import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { classifyContact } from './classify-contact';

// Friday 5 June 2026, 17:00 BST: due by the end of Tuesday 9 June (23:00 UTC).
const receivedAt = '2026-06-05T16:00:00Z';

describe('classifyContact', () => {
  it('gives 3 of 4 contacts acknowledged within 2 working days (0.75)', () => {
    const now = '2026-06-20T09:00:00Z';
    const contacts = [
      { receivedAt, acknowledgedAt: '2026-06-05T16:05:00Z' },
      { receivedAt, acknowledgedAt: '2026-06-09T22:59:00Z' },
      // Friday before the spring bank holiday (Monday 25 May): due end of Wednesday 27 May.
      { receivedAt: '2026-05-22T10:00:00Z', acknowledgedAt: '2026-05-27T20:00:00Z' },
      { receivedAt, acknowledgedAt: '2026-06-09T23:00:00Z' },
    ];
    const tallies = contacts.map((c) => classifyContact(c, now));
    expect(tallies.map((t) => t?.met)).toEqual([true, true, true, false]);
    expect(tallies[0]?.week).toBe('2026-06-01');
    expect(tallies[2]?.week).toBe('2026-05-18');
  });

  it('does not count a contact still inside its 2 working days', () => {
    const open = { receivedAt, acknowledgedAt: null };
    expect(classifyContact(open, '2026-06-09T22:59:59Z')).toBeNull();
    expect(classifyContact(open, '2026-06-09T23:00:00Z')).toEqual({
      counted: true,
      met: false,
      week: '2026-06-01',
    });
  });

  it("uses the organisation's closed days", () => {
    const calendar = createWorkingCalendar({ closedDays: ['2026-06-08'] });
    const late = { receivedAt, acknowledgedAt: '2026-06-10T09:00:00Z' };
    expect(classifyContact(late, '2026-06-20T09:00:00Z')?.met).toBe(false);
    expect(classifyContact(late, '2026-06-20T09:00:00Z', { calendar })?.met).toBe(true);
  });
});
