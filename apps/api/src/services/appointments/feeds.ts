import { appointments, calendarFeeds, type Database, homes, staff } from '@doorstep/db';
import { and, asc, eq, gte, isNull, ne } from 'drizzle-orm';
import { hashToken, isWellFormedToken, newToken } from '../tokens';
import { minimalLocation, staffCalendar } from './calendar-files';

/** A new private feed address for one member of staff; any earlier one stops working. */
export async function renewCalendarFeed(
  db: Database,
  staffId: string,
  publicUrl: string,
  now: Date,
) {
  const secret = newToken();
  await db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.staffId, staffId), isNull(calendarFeeds.revokedAt)));
    await tx.insert(calendarFeeds).values({ staffId, secretHash: hashToken(secret) });
  });
  return { url: `${publicUrl}/ics/staff/${secret}.ics` };
}

export async function revokeCalendarFeeds(db: Database, staffId: string, now: Date) {
  await db
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.staffId, staffId), isNull(calendarFeeds.revokedAt)));
}

/** The feed's text, or null for an unknown or revoked secret. Past 30 days and all future visits. */
export async function calendarFeedText(
  db: Database,
  secret: string,
  now: Date,
): Promise<string | null> {
  if (!isWellFormedToken(secret)) return null;
  const [feed] = await db
    .select({ staffId: calendarFeeds.staffId, name: staff.name, active: staff.active })
    .from(calendarFeeds)
    .innerJoin(staff, eq(staff.id, calendarFeeds.staffId))
    .where(and(eq(calendarFeeds.secretHash, hashToken(secret)), isNull(calendarFeeds.revokedAt)));
  if (!feed?.active) return null;
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const rows = await db
    .select({
      id: appointments.id,
      type: appointments.type,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      sequence: appointments.sequence,
      reference: appointments.reference,
      addressLine1: homes.addressLine1,
      postcode: homes.postcode,
    })
    .from(appointments)
    .innerJoin(homes, eq(homes.id, appointments.homeId))
    .where(
      and(
        eq(appointments.staffId, feed.staffId),
        gte(appointments.startsAt, since),
        ne(appointments.status, 'rescheduled'),
      ),
    )
    .orderBy(asc(appointments.startsAt));
  return staffCalendar(
    feed.name,
    rows.map((row) => ({
      ...row,
      purpose: '',
      location: minimalLocation(row.addressLine1, row.postcode),
    })),
  );
}
