import {
  appointments,
  customers,
  type Database,
  homes,
  invitations,
  livingWellMeetings,
  livingWellPlanVisits,
  tenancies,
} from '@doorstep/db';
import {
  type Cadence,
  livingWellCadence,
  londonDate,
  type MeetingAttempt,
  startOfLondonDay,
  toLondon,
} from '@doorstep/domain';
import { and, asc, eq, gte, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

export type PlanVisitRow = typeof livingWellPlanVisits.$inferSelect;

/** A booked Living Well visit not yet held: the tenant chose it, so the plan keeps it. */
export interface BookedVisit {
  appointmentId: string;
  date: string;
  startTime: string;
  endTime: string;
  durationMinutes: number;
}

/** One low-cost rental tenancy of a patch and where it stands in its yearly cycle. */
export interface TenancyState {
  tenancyId: string;
  reference: string;
  patchId: string;
  customerId: string;
  customerName: string;
  phone: string | null;
  addressLine1: string;
  postcode: string;
  latitude: number;
  longitude: number;
  startDate: string;
  attempts: MeetingAttempt[];
  visit: PlanVisitRow | null;
  /** The invitation sent for the planned visit, while it can still be answered. */
  invitation: {
    id: string;
    invitedOn: string;
    answered: boolean;
    callbackRequested: boolean;
  } | null;
  booked: BookedVisit | null;
  cadence: Cadence;
}

const hhmm = (time: string) => time.slice(0, 5);

/**
 * Every current low-cost rental tenancy in the given patches (all patches for 'all'), with
 * its meetings, planned visit, invitation and booked visit, and the cadence they give today.
 * A handful of queries whatever the number of tenancies.
 */
export async function loadTenancyStates(
  db: Database,
  patchIds: readonly string[] | 'all',
  now: Date,
): Promise<TenancyState[]> {
  if (patchIds !== 'all' && patchIds.length === 0) return [];
  const today = londonDate(now);
  const inPatches = (column: AnyPgColumn): SQL | undefined =>
    patchIds === 'all' ? undefined : inArray(column, [...patchIds]);

  const [rows, meetings, visits, booked] = await Promise.all([
    db
      .select({
        tenancyId: tenancies.id,
        reference: tenancies.reference,
        startDate: tenancies.startDate,
        patchId: homes.patchId,
        customerId: customers.id,
        customerName: customers.name,
        phone: customers.phone,
        addressLine1: homes.addressLine1,
        postcode: homes.postcode,
        latitude: homes.latitude,
        longitude: homes.longitude,
      })
      .from(tenancies)
      .innerJoin(homes, eq(homes.id, tenancies.homeId))
      .innerJoin(
        customers,
        and(eq(customers.tenancyId, tenancies.id), eq(customers.isLeadTenant, true)),
      )
      .where(
        and(
          eq(tenancies.tenure, 'low_cost_rental'),
          or(isNull(tenancies.endDate), gte(tenancies.endDate, today)),
          inPatches(homes.patchId),
        ),
      ),
    db
      .select({
        tenancyId: livingWellMeetings.tenancyId,
        heldOn: livingWellMeetings.heldOn,
        outcome: livingWellMeetings.outcome,
      })
      .from(livingWellMeetings)
      .innerJoin(tenancies, eq(tenancies.id, livingWellMeetings.tenancyId))
      .innerJoin(homes, eq(homes.id, tenancies.homeId))
      .where(inPatches(homes.patchId)),
    db
      .select({
        visit: livingWellPlanVisits,
        invitation: {
          id: invitations.id,
          createdAt: invitations.createdAt,
          appointmentId: invitations.appointmentId,
          revokedAt: invitations.revokedAt,
          expiresAt: invitations.expiresAt,
          callbackRequestedAt: invitations.callbackRequestedAt,
        },
      })
      .from(livingWellPlanVisits)
      .leftJoin(invitations, eq(invitations.id, livingWellPlanVisits.invitationId))
      .where(inPatches(livingWellPlanVisits.patchId)),
    db
      .select({
        id: appointments.id,
        customerId: appointments.customerId,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
      })
      .from(appointments)
      .innerJoin(homes, eq(homes.id, appointments.homeId))
      .where(
        and(
          eq(appointments.type, 'living_well'),
          eq(appointments.status, 'booked'),
          isNull(appointments.accompaniesId),
          gte(appointments.startsAt, new Date(startOfLondonDay(today).epochMilliseconds)),
          inPatches(homes.patchId),
        ),
      )
      .orderBy(asc(appointments.startsAt)),
  ]);

  const attempts = new Map<string, MeetingAttempt[]>();
  for (const m of meetings) {
    const list = attempts.get(m.tenancyId) ?? [];
    list.push({ heldOn: m.heldOn, outcome: m.outcome });
    attempts.set(m.tenancyId, list);
  }
  const visitOf = new Map(visits.map((v) => [v.visit.tenancyId, v]));
  const bookedFor = new Map<string, BookedVisit>();
  for (const a of booked) {
    if (bookedFor.has(a.customerId)) continue;
    const start = toLondon(a.startsAt);
    bookedFor.set(a.customerId, {
      appointmentId: a.id,
      date: start.toPlainDate().toString(),
      startTime: hhmm(start.toPlainTime().toString()),
      endTime: hhmm(toLondon(a.endsAt).toPlainTime().toString()),
      durationMinutes: Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000),
    });
  }

  // In street order, sorted here: PostgreSQL's collation sort costs more than the reading.
  const byStreet = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    a.postcode < b.postcode
      ? -1
      : a.postcode > b.postcode
        ? 1
        : a.addressLine1 < b.addressLine1
          ? -1
          : a.addressLine1 > b.addressLine1
            ? 1
            : a.tenancyId < b.tenancyId
              ? -1
              : 1;
  return rows.sort(byStreet).map((row) => {
    const planned = visitOf.get(row.tenancyId);
    const invitation = planned?.invitation;
    const live =
      invitation && !invitation.revokedAt && invitation.expiresAt.getTime() > now.getTime()
        ? invitation
        : null;
    const bookedVisit = bookedFor.get(row.customerId) ?? null;
    const tenancyAttempts = attempts.get(row.tenancyId) ?? [];
    return {
      ...row,
      patchId: row.patchId ?? '',
      attempts: tenancyAttempts,
      visit: planned?.visit ?? null,
      invitation: live
        ? {
            id: live.id,
            invitedOn: londonDate(live.createdAt),
            answered: live.appointmentId !== null,
            callbackRequested: live.callbackRequestedAt !== null,
          }
        : null,
      booked: bookedVisit,
      cadence: livingWellCadence(
        {
          tenancyStartedOn: row.startDate,
          attempts: tenancyAttempts,
          plannedOn: planned?.visit.date ?? null,
          invited: live !== null && live.appointmentId === null,
          bookedFor: bookedVisit?.date ?? null,
        },
        today,
      ),
    };
  });
}

/** livingWell.due: every tenancy of the patch, soonest due first. */
export async function listDue(db: Database, patchId: string, now: Date) {
  const states = await loadTenancyStates(db, [patchId], now);
  return states
    .map((s) => ({
      tenancyId: s.tenancyId,
      reference: s.reference,
      customerId: s.customerId,
      customerName: s.customerName,
      addressLine1: s.addressLine1,
      postcode: s.postcode,
      latitude: s.latitude,
      longitude: s.longitude,
      status: s.cadence.status,
      dueOn: s.cadence.dueOn,
      lastMetOn: s.cadence.lastMetOn,
      overdue: s.cadence.overdue,
      plannedOn: s.booked?.date ?? s.visit?.date ?? null,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.reference.localeCompare(b.reference));
}
