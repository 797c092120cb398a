import { appointments, customers, type Database, homes, staff } from '@doorstep/db';
import { DomainError, endOfLondonDay, startOfLondonDay } from '@doorstep/domain';
import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Principal } from '../auth/principal';

const instant = (at: { epochMilliseconds: number }) => new Date(at.epochMilliseconds);

/**
 * Appointments between two London dates. Advisors see their own; managers anyone's. Names
 * and addresses only: access needs are fetched per visit, where reading them is audited.
 */
export async function listAppointments(
  db: Database,
  principal: Principal,
  range: { from: string; to: string; staffId?: string | undefined },
) {
  if (range.to < range.from)
    throw new DomainError('INVALID_INPUT', 'The end date must not be before the start date.');
  const staffId = range.staffId ?? principal.staffId;
  if (principal.role !== 'manager' && staffId !== principal.staffId) {
    throw new DomainError('FORBIDDEN', 'You can only list your own appointments.');
  }
  const conditions: SQL[] = [
    eq(appointments.staffId, staffId),
    gte(appointments.startsAt, instant(startOfLondonDay(range.from))),
    lt(appointments.startsAt, instant(endOfLondonDay(range.to))),
  ];
  const rows = await db
    .select({
      id: appointments.id,
      type: appointments.type,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      reference: appointments.reference,
      purpose: appointments.purpose,
      bookedVia: appointments.bookedVia,
      customerId: appointments.customerId,
      customerName: customers.name,
      addressLine1: homes.addressLine1,
      postcode: homes.postcode,
      latitude: homes.latitude,
      longitude: homes.longitude,
      staffName: staff.name,
    })
    .from(appointments)
    .innerJoin(customers, eq(customers.id, appointments.customerId))
    .innerJoin(homes, eq(homes.id, appointments.homeId))
    .innerJoin(staff, eq(staff.id, appointments.staffId))
    .where(and(...conditions))
    .orderBy(asc(appointments.startsAt));
  return rows.map((row) => ({
    ...row,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
  }));
}
