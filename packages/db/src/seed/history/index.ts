import { en, en_GB, Faker } from '@faker-js/faker';
import { Temporal } from 'temporal-polyfill';
import type { SeedData } from '../generate';
import { writeVisits } from './appointments';
import { HistoryCalendar } from './calendar';
import { writeCharacteristics } from './characteristics';
import { writeContacts } from './contacts';
import {
  emptyBatch,
  type HistoryBatch,
  type HistoryContext,
  type PatchPeople,
  type Row,
  type Traits,
} from './types';

export { type HistoryBatch, type HistoryKey, historyKeys } from './types';

/** Generated patch by patch as it is written, so 125,000 homes' history never sits in memory at once. */
export interface SeedHistory {
  years: number;
  batches(): Generator<HistoryBatch>;
}

const GAS_SHARE = 0.85;

/** About 85% of homes have gas; drawn from a faker of its own so nothing else changes. */
export function assignGas(seed: number, homes: Row<'homes'>[]): void {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed * 6_700_417 + 12);
  for (const home of homes) home.hasGas = faker.number.float({ max: 1 }) < GAS_SHARE;
}

/**
 * The years before `today` as the monitoring figures count them: past visits of every kind
 * with their outcomes and follow-up attempts, notices, produced formats, certificates, damp
 * and mould reports, contacts by channel and equality answers. The same seed always gives
 * the same rows.
 */
export function planHistory(
  seed: number,
  data: Pick<
    SeedData,
    | 'staff'
    | 'patches'
    | 'homes'
    | 'tenancies'
    | 'customers'
    | 'accessNeeds'
    | 'contactRestrictions'
    | 'livingWellMeetings'
    | 'appointments'
  >,
  today: Temporal.PlainDate,
  years: number,
): SeedHistory {
  const staffById = new Map(data.staff.map((s) => [s.id, s]));
  const homesByPatch = groupBy(data.homes, (h) => h.patchId ?? '');
  const tenancyOfHome = new Map(data.tenancies.map((t) => [t.homeId, t]));
  const customersOfTenancy = groupBy(data.customers, (c) => c.tenancyId ?? '');
  const meetingsOfTenancy = groupBy(data.livingWellMeetings, (m) => m.tenancyId);
  const traits: Traits = {
    interpreter: new Set(
      data.accessNeeds.filter((n) => n.kind === 'interpreter').map((n) => n.customerId),
    ),
    accessNeed: new Set(
      data.accessNeeds
        .filter((n) => n.kind !== 'unavailable_weekly' && n.kind !== 'preferred_staff_gender')
        .map((n) => n.customerId),
    ),
    noHomeVisits: new Set(
      data.contactRestrictions.filter((r) => r.kind === 'no_home_visits').map((r) => r.customerId),
    ),
  };
  const from = today.subtract({ days: Math.round(years * 365) });
  // Far enough back for the oldest electrical certificates and the gas certificate held
  // before the history began.
  const earliest = today.subtract({ years: 6, days: 60 });
  const beforeFrom = from.subtract({ days: 450 });
  const calendar = new HistoryCalendar(
    Temporal.PlainDate.compare(earliest, beforeFrom) < 0 ? earliest : beforeFrom,
    today,
  );

  return {
    years,
    *batches() {
      const ctx: HistoryContext = {
        faker: new Faker({ locale: [en_GB, en] }),
        calendar,
        from: calendar.index(from.toString()),
        traits,
        references: new Set(data.appointments.map((a) => a.reference ?? '')),
        sendByCache: new Map(),
        patchAccess: 0,
      };
      for (const [index, patch] of data.patches.entries()) {
        const advisor = staffById.get(patch.advisorId ?? '');
        if (!advisor) continue;
        ctx.faker.seed(seed * 2_147_483 + 13 + index * 7919);
        ctx.patchAccess = ctx.faker.number.int({ min: -5, max: 3 });
        const homes = homesByPatch.get(patch.id) ?? [];
        const people: PatchPeople = {
          patchId: patch.id,
          advisor,
          homes,
          customers: [],
          leadOfHome: new Map(),
          tenancyOfHome: new Map(),
          meetingsOfTenancy,
        };
        for (const home of homes) {
          const tenancy = tenancyOfHome.get(home.id);
          if (!tenancy) continue;
          people.tenancyOfHome.set(home.id, tenancy);
          const household = customersOfTenancy.get(tenancy.id) ?? [];
          people.customers.push(...household);
          const lead = household.find((c) => c.isLeadTenant) ?? household[0];
          if (lead && !traits.noHomeVisits.has(lead.id)) people.leadOfHome.set(home.id, lead);
        }
        const batch = emptyBatch();
        writeVisits(ctx, people, batch);
        writeContacts(ctx, people, batch);
        writeCharacteristics(ctx, people, batch);
        yield batch;
      }
    },
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
