import type { HistoryBatch, HistoryContext, PatchPeople } from './types';

/** The channels customers reach us through; `staff` is a booking channel only. */
const channels = [
  { value: 'phone', weight: 38 },
  { value: 'in_person', weight: 14 },
  { value: 'email', weight: 14 },
  { value: 'live_chat', weight: 12 },
  { value: 'booking_link', weight: 10 },
  { value: 'social_media', weight: 6 },
  { value: 'post', weight: 6 },
] as const;
/** BSL users write or chat rather than phone or call in. */
const writtenChannels = [
  { value: 'email', weight: 50 },
  { value: 'live_chat', weight: 35 },
  { value: 'social_media', weight: 15 },
] as const;
/** Share acknowledged within the 2-working-day standard (002 §8.14); the rest later or never. */
const onTime: Record<string, number> = {
  phone: 0.97,
  in_person: 0.97,
  email: 0.9,
  live_chat: 0.93,
  booking_link: 0.92,
  social_media: 0.84,
  post: 0.8,
};
const CONTACTS_PER_YEAR = 1.5;
const answeredAtOnce = new Set(['phone', 'in_person', 'live_chat']);

/**
 * About one and a half contacts per customer a year, through every channel: calls, visits
 * and letters in office hours on working days, the online channels any day, acknowledged
 * mostly within 2 working days.
 */
export function writeContacts(ctx: HistoryContext, people: PatchPeople, batch: HistoryBatch) {
  const { faker, calendar, from } = ctx;
  const today = calendar.today;
  const chance = (p: number) => faker.number.float({ max: 1 }) < p;
  const expected = (CONTACTS_PER_YEAR * (today - from)) / 365;
  for (const customer of people.customers) {
    const count = poisson(expected, () => faker.number.float({ max: 1 }));
    for (let n = 0; n < count; n += 1) {
      const channel = faker.helpers.weightedArrayElement(
        customer.preferredLanguage === 'bfi' ? [...writtenChannels] : [...channels],
      );
      const offline = channel === 'phone' || channel === 'in_person' || channel === 'post';
      let day = faker.number.int({ min: from, max: today - 1 });
      if (offline) day = calendar.workingOnOrAfter(day) ?? day;
      if (day >= today) continue;
      const receivedAt = calendar.instant(
        day,
        offline
          ? faker.number.int({ min: 540, max: 1019 })
          : faker.number.int({ min: 480, max: 1319 }),
      );
      let acknowledgedAt: Date | null;
      const roll = faker.number.float({ max: 1 });
      if (roll < (onTime[channel] ?? 0.9)) {
        acknowledgedAt = answeredAtOnce.has(channel)
          ? new Date(receivedAt.getTime() + faker.number.int({ min: 1, max: 20 }) * 60_000)
          : within(ctx, day, receivedAt, faker.number.int({ min: 0, max: 2 }));
      } else if (roll < 0.985) {
        acknowledgedAt = within(ctx, day, receivedAt, faker.number.int({ min: 3, max: 8 }));
      } else {
        acknowledgedAt = null;
      }
      if (acknowledgedAt && acknowledgedAt.getTime() >= calendar.instant(today, 0).getTime()) {
        acknowledgedAt = chance(0.5) ? null : new Date(receivedAt.getTime() + 3_600_000);
      }
      batch.contacts.push({
        id: faker.string.uuid(),
        customerId: customer.id,
        channel,
        receivedAt,
        acknowledgedAt,
        createdAt: receivedAt,
      });
    }
  }
}

/** A time in office hours `workingDays` working days after the day received (0: that day, later on). */
function within(ctx: HistoryContext, day: number, receivedAt: Date, workingDays: number): Date {
  const { faker, calendar } = ctx;
  const target = workingDays === 0 ? day : (calendar.addWorkingDays(day, workingDays) ?? day);
  const at = calendar.instant(target, faker.number.int({ min: 540, max: 1019 }));
  return at > receivedAt
    ? at
    : new Date(receivedAt.getTime() + faker.number.int({ min: 5, max: 120 }) * 60_000);
}

function poisson(mean: number, random: () => number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count += 1;
  return count;
}
