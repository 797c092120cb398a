import { appointments, type Database, homes, withDomainErrors } from '@doorstep/db';
import {
  DomainError,
  dayRoute,
  describeDate,
  londonDate,
  visitRequirements,
} from '@doorstep/domain';
import { eq, inArray } from 'drizzle-orm';
import { loadAccessProfile } from '../access-needs';
import { currentHomeId } from '../booking/load';
import { newReference } from '../tokens';
import { holdsTime, loadDay, shiftOn, staffBase } from './day';
import { type VisitRow, visitRows } from './visits';

const KNOCK_PURPOSE =
  'Your yearly Living Well meeting: we called by as we had not heard back about a time.';

type Point = { latitude: number; longitude: number };

const durationOf = (row: VisitRow) => (row.endsAt.getTime() - row.startsAt.getTime()) / 60_000;

/** The visits of the day still to come: done ones and office changes are not moved. */
function restOfDay(rows: VisitRow[], date: string, now: Date) {
  const today = londonDate(now) === date;
  return rows.filter(
    (row) =>
      holdsTime(row) &&
      row.outcome === null &&
      row.status === 'booked' &&
      (!today || row.startsAt.getTime() >= now.getTime()),
  );
}

/**
 * Re-solves the rest of a day after a change: booked visits stay at their agreed times,
 * the advisor's flexible knocks move to where they add least travel. Knocks with no room
 * left keep their old time. Returns the day as `appointments.day` shows it.
 */
export async function reoptimiseDay(
  db: Database,
  staffId: string,
  input: { date: string; from?: Point | undefined },
  now: Date,
  settings: { interpreterLine: string },
) {
  if (input.date < londonDate(now)) {
    throw new DomainError('INVALID_INPUT', 'A day that has passed cannot be re-planned.');
  }
  const [base, rows] = await Promise.all([
    staffBase(db, staffId),
    visitRows(db, { staffId, from: input.date, to: input.date }),
  ]);
  const rest = restOfDay(rows, input.date, now);
  const route = dayRoute({
    date: input.date,
    from: input.from ?? base,
    shift: shiftOn(base.workingPattern, input.date),
    notBefore: londonDate(now) === input.date ? now : undefined,
    visits: rest.map((row) => ({
      id: row.id,
      location: row,
      durationMinutes: durationOf(row),
      start: row.flexible ? null : row.startsAt,
    })),
  });
  const byId = new Map(rest.map((row) => [row.id, row]));
  const moves = route.stops.filter((stop) => {
    const row = byId.get(stop.id);
    return row?.flexible && row.startsAt.toISOString() !== stop.start;
  });
  if (moves.length > 0) {
    await withDomainErrors(() =>
      db.transaction(async (tx) => {
        // Released together first, so two knocks can swap places without meeting each other.
        await tx
          .update(appointments)
          .set({ status: 'rescheduled' })
          .where(
            inArray(
              appointments.id,
              moves.map((m) => m.id),
            ),
          );
        for (const move of moves) {
          await tx
            .update(appointments)
            .set({
              status: 'booked',
              startsAt: new Date(move.start),
              endsAt: new Date(move.end),
              sequence: (byId.get(move.id)?.version ?? 0) + 1,
            })
            .where(eq(appointments.id, move.id));
        }
      }),
    );
  }
  return loadDay(db, staffId, { date: input.date, days: 1 }, now, settings);
}

/**
 * Adds a Living Well knock for a tenant the advisor could not reach: no agreed time, placed
 * by the routing engine in a gap of the day. Refused, saying why, when the day has no room.
 */
export async function addKnock(
  db: Database,
  staffId: string,
  input: { customerId: string; date: string },
  now: Date,
) {
  if (input.date < londonDate(now)) {
    throw new DomainError('INVALID_INPUT', 'A knock can only be added today or on a later day.');
  }
  const [base, rows, homeId, { profile }] = await Promise.all([
    staffBase(db, staffId),
    visitRows(db, { staffId, from: input.date, to: input.date }),
    currentHomeId(db, input.customerId),
    loadAccessProfile(db, input.customerId),
  ]);
  const already = rows.find(
    (row) => row.customerId === input.customerId && holdsTime(row) && row.outcome === null,
  );
  if (already) {
    throw new DomainError('CONFLICT', 'This tenant is already in your day.');
  }
  const shift = shiftOn(base.workingPattern, input.date);
  const requirements = visitRequirements(profile, 'living_well', now);
  const home = await homeAt(db, homeId);
  const route = dayRoute({
    date: input.date,
    from: base,
    shift,
    notBefore: londonDate(now) === input.date ? now : undefined,
    visits: [
      // Everything already in the day keeps its time; only the new knock is placed.
      ...rows
        .filter((row) => holdsTime(row) && row.status === 'booked')
        .map((row) => ({
          id: row.id,
          location: row,
          durationMinutes: durationOf(row),
          start: row.startsAt,
        })),
      { id: 'knock', location: home, durationMinutes: requirements.durationMinutes, start: null },
    ],
  });
  const placed = route.stops.find((stop) => stop.id === 'knock');
  if (!placed) {
    throw new DomainError(
      'PRECONDITION_FAILED',
      `There is no room on ${describeDate(input.date)} for a ${requirements.durationMinutes}-minute knock around your other visits. Try another day.`,
    );
  }
  const [row] = await withDomainErrors(() =>
    db
      .insert(appointments)
      .values({
        type: 'living_well',
        customerId: input.customerId,
        homeId,
        staffId,
        startsAt: new Date(placed.start),
        endsAt: new Date(placed.end),
        bookedVia: 'staff',
        purpose: KNOCK_PURPOSE,
        reference: newReference(),
        flexible: true,
      })
      .returning({ id: appointments.id }),
  );
  if (!row) throw new Error('knock insert returned nothing');
  return { appointmentId: row.id };
}

async function homeAt(db: Database, homeId: string): Promise<Point> {
  const [home] = await db
    .select({ latitude: homes.latitude, longitude: homes.longitude })
    .from(homes)
    .where(eq(homes.id, homeId));
  if (!home) throw new DomainError('NOT_FOUND', 'There is no home with that id.');
  return home;
}
