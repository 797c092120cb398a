import type { AppointmentType } from '@doorstep/domain';
import type { HistoryBatch, HistoryContext, PatchPeople, Row } from './types';

type Customer = Row<'customers'>;

/** A visit the history needs, before it is given a time in its visitor's day. */
export interface VisitRequest {
  day: number;
  type: AppointmentType;
  homeId: string;
  customer: Customer;
  attempt: number;
  /** The first attempt a follow-up belongs to. */
  firstId: string | null;
  /** Proposed by the landlord, so written notice was owed. */
  landlord: boolean;
  emergency: boolean;
  /** For an investigation: when the damp or mould was reported. */
  reportedAt: Date | null;
  /** A Living Well meeting already recorded on this day, with what happened at the door. */
  recorded: 'met' | 'no_access' | null;
}

/** Visits a home has each year besides its safety checks and Living Well meeting. */
const yearlyRates: [AppointmentType, number][] = [
  ['tenancy_visit', 0.2],
  ['repair_inspection', 0.3],
  ['survey', 0.07],
  ['home_improvement', 0.05],
  ['digital_support', 0.05],
  ['emergency_repair', 0.08],
];

/** How often the landlord, not the tenant, proposed the time. */
const landlordShare: Partial<Record<AppointmentType, number>> = {
  living_well: 0.5,
  tenancy_visit: 0.9,
  repair_inspection: 0.2,
  gas_safety_check: 1,
  electrical_safety_check: 1,
  damp_mould_investigation: 0.3,
  survey: 0.8,
  home_improvement: 0.7,
};

const DAYS_PER_YEAR = 365;
/** Damp and mould reported at about 3 homes in 100 a year; 1 report in 20 an emergency. */
const DAMP_REPORTS_PER_YEAR = 0.03;
const EMERGENCY_SHARE = 0.05;

/**
 * What each home in a patch needed over the history: yearly gas checks (a few late), its
 * electrical certificate, damp and mould reports with their investigations, Living Well
 * meetings already recorded, and the other visits homes get. Certificates and reports from
 * before any visit row are written straight into the batch.
 */
export function planVisits(
  ctx: HistoryContext,
  people: PatchPeople,
  batch: HistoryBatch,
): VisitRequest[] {
  const { faker, calendar, from } = ctx;
  const today = calendar.today;
  const chance = (p: number) => faker.number.float({ max: 1 }) < p;
  const dayBetween = (first: number, last: number) => faker.number.int({ min: first, max: last });
  const requests: VisitRequest[] = [];

  for (const home of people.homes) {
    const customer = people.leadOfHome.get(home.id);
    const tenancy = people.tenancyOfHome.get(home.id);
    if (!customer || !tenancy) continue;
    const movedIn = tenancy.startDate;
    const visit = (type: AppointmentType, day: number, extra: Partial<VisitRequest> = {}) => {
      if (day < from || day >= today || calendar.date(day) < movedIn) return;
      requests.push({
        day,
        type,
        homeId: home.id,
        customer,
        attempt: 1,
        firstId: null,
        landlord: chance(landlordShare[type] ?? 0),
        emergency: false,
        reportedAt: null,
        recorded: null,
        ...extra,
      });
    };

    // Certificates from before the history began: no visit rows for those.
    const certificate = (kind: 'gas' | 'electrical', day: number) => {
      const doneOn = calendar.workingOnOrAfter(day);
      if (doneOn === undefined) return;
      batch.safetyChecks.push({
        id: faker.string.uuid(),
        homeId: home.id,
        kind,
        doneOn: calendar.date(doneOn),
        createdAt: calendar.instant(doneOn, 16 * 60),
      });
    };

    if (home.hasGas !== false) {
      // A check a year, most booked a few weeks inside the 12 months (so none lapses,
      // whichever way reg 36A's anniversary is read) and a few after it.
      let last = from - dayBetween(0, DAYS_PER_YEAR - 1);
      certificate('gas', last);
      for (;;) {
        const late = chance(0.04);
        const target = last + DAYS_PER_YEAR + (late ? dayBetween(1, 35) : -dayBetween(14, 50));
        if (target >= today) break;
        if (target < from) certificate('gas', target);
        else visit('gas_safety_check', target, { landlord: true });
        last = target;
      }
    }

    // One electrical certificate within the last five years, most renewed before the one
    // before it ran out; a few homes' certificates are older than five years.
    const age = chance(0.015)
      ? dayBetween(5 * DAYS_PER_YEAR + 1, 6 * DAYS_PER_YEAR)
      : dayBetween(20, 5 * DAYS_PER_YEAR - 15);
    const certified = today - age;
    if (certified >= from && calendar.date(certified) >= movedIn) {
      const early = chance(0.97);
      certificate(
        'electrical',
        certified - 5 * DAYS_PER_YEAR + (early ? dayBetween(20, 90) : -dayBetween(1, 40)),
      );
      visit('electrical_safety_check', certified, { landlord: true });
    } else {
      certificate('electrical', certified);
    }

    const years = Math.round((today - from) / DAYS_PER_YEAR);
    for (let year = 0; year < years; year += 1) {
      if (chance(DAMP_REPORTS_PER_YEAR)) reportDamp(ctx, home.id, customer, batch, visit);
      for (const [type, rate] of yearlyRates) {
        if (chance(rate)) visit(type, dayBetween(from, today - 1));
      }
    }

    for (const meeting of people.meetingsOfTenancy.get(tenancy.id) ?? []) {
      if (meeting.outcome === 'declined') continue;
      const day = calendar.indexOrUndefined(meeting.heldOn);
      if (day === undefined || !calendar.working[day]) continue;
      visit('living_well', day, {
        recorded: meeting.outcome === 'no_access' ? 'no_access' : 'met',
      });
    }
  }
  return requests;
}

function reportDamp(
  ctx: HistoryContext,
  homeId: string,
  customer: Customer,
  batch: HistoryBatch,
  visit: (type: AppointmentType, day: number, extra: Partial<VisitRequest>) => void,
) {
  const { faker, calendar, from } = ctx;
  const reportDay = calendar.workingOnOrAfter(
    faker.number.int({ min: from, max: calendar.today - 1 }),
  );
  if (reportDay === undefined || reportDay >= calendar.today) return;
  const reportedAt = calendar.instant(
    reportDay,
    faker.number.int({ min: 8 * 60 + 30, max: 17 * 60 + 30 }),
  );
  const emergency = faker.number.float({ max: 1 }) < EMERGENCY_SHARE;
  batch.dampMouldReports.push({
    id: faker.string.uuid(),
    homeId,
    customerId: faker.number.float({ max: 1 }) < 0.9 ? customer.id : null,
    reportedAt,
    emergency,
    createdAt: reportedAt,
  });
  // Awaab's Law: 10 working days, an emergency within 24 hours. Most are met; some are late
  // and a few reports are still waiting for a visit.
  const roll = faker.number.float({ max: 1 });
  const after = emergency
    ? 1
    : roll < 0.88
      ? faker.number.int({ min: 1, max: 6 })
      : roll < 0.98
        ? faker.number.int({ min: 11, max: 18 })
        : null;
  if (after === null) return;
  const day = calendar.addWorkingDays(reportDay, after);
  if (day === undefined) return;
  visit('damp_mould_investigation', day, {
    emergency,
    reportedAt,
    landlord: !emergency && faker.number.float({ max: 1 }) < 0.3,
  });
}
