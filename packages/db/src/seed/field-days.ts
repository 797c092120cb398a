import type { AppointmentType } from '@doorstep/domain';
import { addWorkingDays } from '@doorstep/domain';
import { en, en_GB, Faker } from '@faker-js/faker';
import { Temporal } from 'temporal-polyfill';
import type { SeedData } from './generate';

type Row<K extends keyof SeedData> = SeedData[K][number];
type Customer = Row<'customers'>;

const ZONE = 'Europe/London';
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Needs the field app's door briefing shows: each day draws its visits through these. */
type Need = 'interpreter' | 'large_print' | 'representative' | 'two_person' | 'knock_loudly';

interface Slot {
  start: string;
  minutes: number;
  type: AppointmentType;
  purpose: string;
  need: Need | null;
}

const purposes: Record<string, string> = {
  gas_safety_check:
    'Your yearly gas safety check: the engineer checks the boiler and gas appliances.',
  damp_mould_investigation:
    'Looking at the damp and mould you reported, to agree what needs doing and by when.',
  tenancy_visit: 'A tenancy visit: checking how things are going in your home.',
  repair_inspection: 'Inspecting the repair you reported before the work is booked.',
  living_well:
    'Your yearly Living Well meeting: a chat about your home, your household and any help you would like.',
};
const slot = (start: string, minutes: number, type: AppointmentType, need: Need | null): Slot => ({
  start,
  minutes,
  type,
  need,
  purpose: purposes[type] ?? '',
});

// Clear of the booked Living Well visits at 09:30, 11:00 and 14:00 on working days.
const todaySlots = [
  slot('09:00', 30, 'gas_safety_check', 'interpreter'),
  slot('10:45', 60, 'damp_mould_investigation', 'knock_loudly'),
  slot('12:15', 45, 'tenancy_visit', 'representative'),
  slot('14:00', 45, 'repair_inspection', 'large_print'),
  slot('15:15', 60, 'living_well', 'two_person'),
];
const tomorrowSlots = [
  slot('12:30', 45, 'damp_mould_investigation', 'large_print'),
  slot('15:15', 30, 'gas_safety_check', 'knock_loudly'),
];

/**
 * A real day for every advisor: visits of mixed kinds today and on the next working day,
 * several to customers whose briefing matters at the door (an interpreter, large print, an
 * invited advocate, two staff, knock loudly). Drawn from a faker of its own, so the rest of
 * the demo data stays exactly as it was before these were added.
 */
export function generateFieldDays(
  seed: number,
  data: Pick<
    SeedData,
    | 'patches'
    | 'homes'
    | 'tenancies'
    | 'customers'
    | 'accessNeeds'
    | 'representatives'
    | 'contactRestrictions'
    | 'appointments'
  >,
  today: Temporal.PlainDate,
): Row<'appointments'>[] {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed * 104_729 + 10);
  const has = (ids: Iterable<string>) => new Set(ids);
  const byNeed: Record<Need, Set<string>> = {
    interpreter: has(
      data.accessNeeds.filter((n) => n.kind === 'interpreter').map((n) => n.customerId),
    ),
    large_print: has(
      data.customers.filter((c) => c.preferredFormat === 'large_print').map((c) => c.id),
    ),
    representative: has(
      data.representatives
        .filter(
          (r) =>
            r.inviteToVisits &&
            r.authorisedOn &&
            (r.authorisedBy === 'letter' || r.authorisedBy === 'email') &&
            r.period === 'ongoing' &&
            !r.withdrawnAt &&
            (r.scope ?? []).includes('all'),
        )
        .map((r) => r.customerId),
    ),
    two_person: has(
      data.contactRestrictions
        .filter((r) => r.kind === 'two_person_visits' && !r.endsOn)
        .map((r) => r.customerId),
    ),
    knock_loudly: has(
      data.accessNeeds
        .filter((n) => n.kind === 'visit_adjustment' && n.detail?.code === 'knock_loudly')
        .map((n) => n.customerId),
    ),
  };
  const noHomeVisits = has(
    data.contactRestrictions.filter((r) => r.kind === 'no_home_visits').map((r) => r.customerId),
  );
  const booked = has(data.appointments.map((a) => a.customerId));
  const patchOfHome = new Map(data.homes.map((h) => [h.id, h.patchId ?? '']));
  const tenancyById = new Map(data.tenancies.map((t) => [t.id, t]));
  const leadsByPatch = new Map<string, Customer[]>();
  for (const customer of data.customers) {
    const tenancy = customer.tenancyId ? tenancyById.get(customer.tenancyId) : undefined;
    // Advisors visit the low-cost rental homes they hold Living Well meetings with.
    if (!customer.isLeadTenant || !tenancy || tenancy.endDate) continue;
    if (tenancy.tenure !== 'low_cost_rental') continue;
    if (booked.has(customer.id) || noHomeVisits.has(customer.id)) continue;
    const patchId = patchOfHome.get(tenancy.homeId) ?? '';
    leadsByPatch.set(patchId, [...(leadsByPatch.get(patchId) ?? []), customer]);
  }

  const tomorrow = Temporal.PlainDate.from(addWorkingDays(today.toString(), 1));
  const rows: Row<'appointments'>[] = [];
  for (const patch of data.patches) {
    if (!patch.advisorId) continue;
    const pool = leadsByPatch.get(patch.id) ?? [];
    const used = new Set<string>();
    const pick = (need: Need | null) => {
      const fits = pool.filter((c) => !used.has(c.id) && (!need || byNeed[need].has(c.id)));
      const choice = fits.length > 0 ? fits : pool.filter((c) => !used.has(c.id));
      const customer = choice.length > 0 ? faker.helpers.arrayElement(choice) : undefined;
      if (customer) used.add(customer.id);
      return customer;
    };
    for (const [day, slots] of [
      [today, todaySlots],
      [tomorrow, tomorrowSlots],
    ] as const) {
      for (const visit of slots) {
        const customer = pick(visit.need);
        const tenancy = customer?.tenancyId ? tenancyById.get(customer.tenancyId) : undefined;
        if (!customer || !tenancy) continue;
        const start = day.toZonedDateTime({ timeZone: ZONE, plainTime: visit.start });
        rows.push({
          id: faker.string.uuid(),
          type: visit.type,
          customerId: customer.id,
          homeId: tenancy.homeId,
          staffId: patch.advisorId,
          startsAt: new Date(start.epochMilliseconds),
          endsAt: new Date(start.add({ minutes: visit.minutes }).epochMilliseconds),
          status: 'booked',
          bookedVia: faker.helpers.arrayElement(['booking_link', 'phone', 'staff'] as const),
          purpose: visit.purpose,
          reference: `DS-${faker.string.fromCharacters(ALPHABET, 6)}`,
        });
      }
    }
  }
  return rows;
}
