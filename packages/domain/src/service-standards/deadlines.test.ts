import { describe, expect, it } from 'vitest';
import { toLondon } from '../calendar/london';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { type ServiceStandardKind, serviceDeadline } from './deadlines';

// Thursday 24 December 2026, 15:00 GMT. Working days after it: Tue 29 (1), Wed 30 (2),
// Thu 31 (3), then New Year's Day, Mon 4 (4), Tue 5 (5), Wed 6 (6), Thu 7 January (7).
const christmasEve = '2026-12-24T15:00:00Z';

describe('serviceDeadline', () => {
  it.each<[ServiceStandardKind, string, string]>([
    ['acknowledge_contact', '2026-12-30', '002 §8.14: acknowledge within 2 working days'],
    ['reply_email', '2026-12-30', '000 §2.4: email reply within 2 working days'],
    ['reply_web_form', '2026-12-30', '000 §2.7: web form reply within 2 working days'],
    ['reply_social_media', '2026-12-30', '000 §2.5: social media reply within 2 working days'],
    ['reply_post', '2027-01-07', '000 §2.8: reply to post within 7 working days'],
    [
      'alternative_format_document',
      '2027-01-05',
      '000 §2.15: alternative format within 5 working days',
    ],
  ])('%s received Christmas Eve is due %s (%s)', (kind, dueDate) => {
    const deadline = serviceDeadline(kind, christmasEve);
    expect(deadline.dueDate).toBe(dueDate);
    expect(deadline.dueBy.toPlainDate().toString() > dueDate).toBe(true);
    expect(deadline.dueBy.toPlainTime().toString()).toBe('00:00:00');
    expect(deadline.source).toMatch(/§/);
  });

  it('a contact on a Friday evening or a Saturday has the same deadline as one on Friday morning', () => {
    const friday = serviceDeadline('reply_email', '2026-06-05T09:00:00+01:00').dueDate;
    expect(serviceDeadline('reply_email', '2026-06-05T22:00:00+01:00').dueDate).toBe(friday);
    expect(serviceDeadline('reply_email', '2026-06-06T10:00:00+01:00').dueDate).toBe('2026-06-09');
    expect(friday).toBe('2026-06-09');
  });

  it('counts in London time: 23:30 UTC on 30 June is already 1 July in London', () => {
    expect(serviceDeadline('acknowledge_contact', '2026-06-30T23:30:00Z').dueDate).toBe(
      '2026-07-03',
    );
  });

  it('honours the organisation’s own closure days', () => {
    const calendar = createWorkingCalendar({
      closedDays: ['2026-12-29', '2026-12-30', '2026-12-31'],
    });
    expect(serviceDeadline('acknowledge_contact', christmasEve, { calendar }).dueDate).toBe(
      '2027-01-05',
    );
    expect(toLondon(christmasEve).toPlainDate().toString()).toBe('2026-12-24');
  });
});
