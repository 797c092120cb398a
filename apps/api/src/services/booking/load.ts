import {
  appointments,
  closureDays,
  customers,
  type Database,
  homes,
  type invitations,
  patchCovers,
  patches,
  staff,
  staffLeave,
  tenancies,
} from '@doorstep/db';
import {
  type AvailabilityRequest,
  type CandidateStaff,
  DomainError,
  endOfLondonDay,
  londonDate,
  startOfLondonDay,
  type TenantPreferences,
  visitRequirements,
} from '@doorstep/domain';
import { and, eq, gte, inArray, isNull, lte, notInArray } from 'drizzle-orm';
import { loadAccessProfile } from '../access-needs';

/** What to find times for: one customer, one home, one kind of visit, between two dates. */
export type VisitRequest = Pick<
  typeof invitations.$inferSelect,
  'customerId' | 'homeId' | 'type' | 'windowStartsOn' | 'windowEndsOn'
> & { preferences?: TenantPreferences | undefined };

const instant = (at: { epochMilliseconds: number }) => new Date(at.epochMilliseconds);

/** The home of the customer's current tenancy: where a visit to them takes place. */
export async function currentHomeId(db: Database, customerId: string): Promise<string> {
  const [row] = await db
    .select({ homeId: homes.id })
    .from(customers)
    .innerJoin(tenancies, and(eq(tenancies.id, customers.tenancyId), isNull(tenancies.endDate)))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .where(eq(customers.id, customerId));
  if (!row)
    throw new DomainError('PRECONDITION_FAILED', 'This customer has no current home to visit.');
  return row.homeId;
}
/** Colleagues considered as the second person on a two-person visit: the nearest few. */
const COLLEAGUES_FOR_TWO_PERSON = 4;

/**
 * Everything the slot engine needs for one invitation, read in a handful of queries: the
 * customer's needs, the home, the patch's advisor (and anyone covering it), their leave
 * and diaries over the window, and the organisation's closure days.
 */
export async function loadAvailabilityRequest(
  db: Database,
  invitation: VisitRequest,
  now: Date,
  options: { ignoreAppointmentIds?: string[] } = {},
): Promise<{
  request: AvailabilityRequest;
  customerName: string;
  home: { addressLine1: string; postcode: string };
}> {
  const { profile } = await loadAccessProfile(db, invitation.customerId);
  const [home] = await db
    .select({
      latitude: homes.latitude,
      longitude: homes.longitude,
      addressLine1: homes.addressLine1,
      postcode: homes.postcode,
      advisorId: patches.advisorId,
      patchId: homes.patchId,
      customerName: customers.name,
    })
    .from(homes)
    .leftJoin(patches, eq(patches.id, homes.patchId))
    .innerJoin(customers, eq(customers.id, invitation.customerId))
    .where(eq(homes.id, invitation.homeId));
  if (!home) throw new Error(`home ${invitation.homeId} is missing`);

  const today = londonDate(now);
  const covering = home.patchId
    ? await db
        .select({ advisorId: patchCovers.advisorId })
        .from(patchCovers)
        .where(
          and(
            eq(patchCovers.patchId, home.patchId),
            lte(patchCovers.startsOn, invitation.windowEndsOn),
            gte(patchCovers.endsOn, today),
          ),
        )
    : [];
  const staffIds = new Set([
    ...(home.advisorId ? [home.advisorId] : []),
    ...covering.map((c) => c.advisorId),
  ]);

  const needsTwo = visitRequirements(profile, invitation.type, now).staffCount > 1;
  if (needsTwo) {
    const advisors = await db
      .select({
        id: staff.id,
        latitude: staff.homeBaseLatitude,
        longitude: staff.homeBaseLongitude,
      })
      .from(staff)
      .where(and(eq(staff.role, 'advisor'), eq(staff.active, true)));
    const distance = (a: { latitude: number; longitude: number }) =>
      Math.hypot(
        a.latitude - home.latitude,
        (a.longitude - home.longitude) * Math.cos((home.latitude * Math.PI) / 180),
      );
    for (const colleague of advisors
      .filter((a) => !staffIds.has(a.id))
      .sort((a, b) => distance(a) - distance(b))
      .slice(0, COLLEAGUES_FOR_TWO_PERSON)) {
      staffIds.add(colleague.id);
    }
  }

  const ids = [...staffIds];
  const from = instant(
    startOfLondonDay(invitation.windowStartsOn < today ? today : invitation.windowStartsOn),
  );
  const until = instant(endOfLondonDay(invitation.windowEndsOn));
  const [members, leave, diary, closures] = await Promise.all([
    ids.length ? db.select().from(staff).where(inArray(staff.id, ids)) : [],
    ids.length
      ? db
          .select()
          .from(staffLeave)
          .where(
            and(
              inArray(staffLeave.staffId, ids),
              gte(staffLeave.endsOn, londonDate(from)),
              lte(staffLeave.startsOn, invitation.windowEndsOn),
            ),
          )
      : [],
    ids.length
      ? db
          .select({
            id: appointments.id,
            staffId: appointments.staffId,
            start: appointments.startsAt,
            end: appointments.endsAt,
            latitude: homes.latitude,
            longitude: homes.longitude,
          })
          .from(appointments)
          .innerJoin(homes, eq(homes.id, appointments.homeId))
          .where(
            and(
              inArray(appointments.staffId, ids),
              notInArray(appointments.status, ['cancelled', 'rescheduled']),
              // A day either side, so travel to and from the first and last visits counts.
              lte(appointments.startsAt, new Date(until.getTime() + 86_400_000)),
              gte(appointments.endsAt, new Date(from.getTime() - 86_400_000)),
            ),
          )
      : [],
    db
      .select({ date: closureDays.date })
      .from(closureDays)
      .where(gte(closureDays.date, londonDate(from))),
  ]);

  const candidates: CandidateStaff[] = ids.flatMap((id) => {
    const member = members.find((m) => m.id === id);
    if (!member?.active) return [];
    return [
      {
        id,
        homeBase: { latitude: member.homeBaseLatitude, longitude: member.homeBaseLongitude },
        workingPattern: member.workingPattern,
        leave: leave
          .filter((l) => l.staffId === id)
          .map((l) => ({ startsOn: l.startsOn, endsOn: l.endsOn })),
        appointments: diary
          .filter((a) => a.staffId === id)
          .map((a) => ({
            id: a.id,
            start: a.start,
            end: a.end,
            location: { latitude: a.latitude, longitude: a.longitude },
          })),
      },
    ];
  });

  return {
    customerName: home.customerName,
    home: { addressLine1: home.addressLine1, postcode: home.postcode },
    request: {
      type: invitation.type,
      profile,
      location: { latitude: home.latitude, longitude: home.longitude },
      initiatedBy: 'tenant',
      now,
      window: { from: invitation.windowStartsOn, to: invitation.windowEndsOn },
      staff: candidates,
      closedDays: closures.map((c) => c.date),
      ...(invitation.preferences ? { preferences: invitation.preferences } : {}),
      ...(options.ignoreAppointmentIds
        ? { ignoreAppointmentIds: options.ignoreAppointmentIds }
        : {}),
    },
  };
}
