import {
  accessNeeds,
  appointments,
  contactRestrictions,
  customers,
  type Database,
  homes,
  livingWellMeetings,
  representatives,
  tenancies,
  visitOutcomesTable,
} from '@doorstep/db';
import { endOfLondonDay, livingWellCadence, startOfLondonDay } from '@doorstep/domain';
import { and, asc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { type AccessProfileRecord, profileFromRows } from '../access-needs';

const instant = (at: { epochMilliseconds: number }) => new Date(at.epochMilliseconds);

export type VisitRow = Awaited<ReturnType<typeof visitRows>>[number];

/** One member of staff's visits between two London dates, with customer, home and outcome. */
export async function visitRows(
  db: Database,
  filter: { staffId: string; from: string; to: string } | { appointmentId: string },
) {
  const conditions: SQL[] =
    'appointmentId' in filter
      ? [eq(appointments.id, filter.appointmentId)]
      : [
          eq(appointments.staffId, filter.staffId),
          gte(appointments.startsAt, instant(startOfLondonDay(filter.from))),
          lt(appointments.startsAt, instant(endOfLondonDay(filter.to))),
        ];
  return db
    .select({
      id: appointments.id,
      staffId: appointments.staffId,
      version: appointments.sequence,
      type: appointments.type,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      flexible: appointments.flexible,
      purpose: appointments.purpose,
      reference: appointments.reference,
      attemptNumber: appointments.attemptNumber,
      customerId: customers.id,
      customerName: customers.name,
      customerPhone: customers.phone,
      tenancyId: customers.tenancyId,
      addressLine1: homes.addressLine1,
      postcode: homes.postcode,
      latitude: homes.latitude,
      longitude: homes.longitude,
      outcome: visitOutcomesTable.outcome,
      occurredAt: visitOutcomesTable.occurredAt,
    })
    .from(appointments)
    .innerJoin(customers, eq(customers.id, appointments.customerId))
    .innerJoin(homes, eq(homes.id, appointments.homeId))
    .leftJoin(visitOutcomesTable, eq(visitOutcomesTable.appointmentId, appointments.id))
    .where(and(...conditions))
    .orderBy(asc(appointments.startsAt));
}

export interface CustomerFacts {
  profile: AccessProfileRecord;
  /** When the profile is next due to be checked with them (000 §2.11: at Living Well). */
  profileReviewDueOn: string | null;
}

/** Access profiles and review dates for many customers in a fixed number of queries. */
export async function customerFacts(
  db: Database,
  customerIds: string[],
  today: string,
): Promise<Map<string, CustomerFacts>> {
  const ids = [...new Set(customerIds)];
  if (ids.length === 0) return new Map();
  const [people, needs, reps, restrictions] = await Promise.all([
    db
      .select({
        id: customers.id,
        tenancyId: customers.tenancyId,
        preferredLanguage: customers.preferredLanguage,
        preferredChannel: customers.preferredChannel,
        preferredFormat: customers.preferredFormat,
        tenancyStartedOn: tenancies.startDate,
        tenure: tenancies.tenure,
      })
      .from(customers)
      .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
      .where(inArray(customers.id, ids)),
    db.select().from(accessNeeds).where(inArray(accessNeeds.customerId, ids)),
    db.select().from(representatives).where(inArray(representatives.customerId, ids)),
    db.select().from(contactRestrictions).where(inArray(contactRestrictions.customerId, ids)),
  ]);
  const tenancyIds = people.flatMap((p) => (p.tenancyId ? [p.tenancyId] : []));
  const meetings =
    tenancyIds.length === 0
      ? []
      : await db
          .select({
            tenancyId: livingWellMeetings.tenancyId,
            heldOn: livingWellMeetings.heldOn,
            outcome: livingWellMeetings.outcome,
          })
          .from(livingWellMeetings)
          .where(inArray(livingWellMeetings.tenancyId, tenancyIds));
  const of = <T extends { customerId: string }>(rows: T[], id: string) =>
    rows.filter((row) => row.customerId === id);
  return new Map(
    people.map((person) => [
      person.id,
      {
        profile: profileFromRows(
          person,
          of(needs, person.id),
          of(reps, person.id),
          of(restrictions, person.id),
        ),
        profileReviewDueOn:
          // Profiles are reviewed at Living Well meetings, which only low-cost rentals have.
          person.tenancyId && person.tenancyStartedOn && person.tenure === 'low_cost_rental'
            ? livingWellCadence(
                {
                  tenancyStartedOn: person.tenancyStartedOn,
                  attempts: meetings.filter((m) => m.tenancyId === person.tenancyId),
                },
                today,
              ).dueOn
            : null,
      },
    ]),
  );
}
