import { en, en_GB, Faker } from '@faker-js/faker';
import { Temporal } from 'temporal-polyfill';
import type { SeedData } from './generate';

type Meeting = SeedData['livingWellMeetings'][number];

const declineReasons = [
  'Happy with everything and does not want a visit this year.',
  'Caring for a relative and too busy at the moment; asked us to try next year.',
  'Does not want visitors while recovering from an operation.',
  'Says the household is fine and would rather not meet.',
];

/**
 * Attempts that did not end in a meeting, in this cycle: a few tenants declined (with their
 * reason) and a few were not in when the advisor called. Drawn from a faker of their own, so
 * the rest of the demo data stays exactly as it was before these were added.
 */
export function generateMeetingAttempts(
  seed: number,
  meetings: readonly Meeting[],
  today: Temporal.PlainDate,
): Meeting[] {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed * 7919 + 9);
  const latest = new Map<string, Meeting>();
  for (const meeting of meetings) {
    const held = latest.get(meeting.tenancyId);
    if (!held || held.heldOn < meeting.heldOn) latest.set(meeting.tenancyId, meeting);
  }
  const rows: Meeting[] = [];
  for (const last of latest.values()) {
    const dueOn = Temporal.PlainDate.from(last.heldOn).add({ months: 12 });
    // The cycle is open two months before the due date; only then is an attempt made.
    const opensOn = dueOn.subtract({ months: 2 });
    if (Temporal.PlainDate.compare(opensOn, today) >= 0) continue;
    const roll = faker.number.int({ max: 99 });
    if (roll >= 7) continue;
    const daysOpen = opensOn.until(today).days;
    const heldOn = today.subtract({
      days: faker.number.int({ min: 1, max: Math.min(daysOpen, 60) }),
    });
    const declined = roll < 3;
    rows.push({
      id: faker.string.uuid(),
      tenancyId: last.tenancyId,
      advisorId: last.advisorId ?? null,
      heldOn: heldOn.toString(),
      outcome: declined ? 'declined' : 'no_access',
      declineReason: declined ? faker.helpers.arrayElement(declineReasons) : null,
      notes: declined ? null : 'No answer at the door; card left.',
    });
  }
  return rows;
}
