import { appointments, customers, homes, notices, visitOutcomesTable } from '@doorstep/db';
import {
  type AppointmentType,
  classifyFirstVisit,
  classifyNotice,
  type VisitOutcome,
  type WrittenFormat,
  weekStart,
} from '@doorstep/domain';
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { RunContext } from './context';
import { eachPage, PAGE_SIZE } from './paging';

/**
 * Bookings by channel (the week each was made) and access at the first visit (the week it
 * was due). A colleague's row on a two-person visit is the same visit, so it is left out.
 */
export async function tallyAppointments(run: RunContext): Promise<void> {
  await eachPage(
    run.progress,
    (after) =>
      run.db
        .select({
          id: appointments.id,
          type: appointments.type,
          customerId: appointments.customerId,
          status: appointments.status,
          attemptNumber: appointments.attemptNumber,
          startsAt: appointments.startsAt,
          createdAt: appointments.createdAt,
          bookedVia: appointments.bookedVia,
          patchId: homes.patchId,
          outcome: visitOutcomesTable.outcome,
        })
        .from(appointments)
        .leftJoin(homes, eq(homes.id, appointments.homeId))
        .leftJoin(visitOutcomesTable, eq(visitOutcomesTable.appointmentId, appointments.id))
        .where(
          and(
            isNull(appointments.accompaniesId),
            or(gte(appointments.createdAt, run.since), gte(appointments.startsAt, run.since)),
            after === null ? undefined : gt(appointments.id, after),
          ),
        )
        .orderBy(asc(appointments.id))
        .limit(PAGE_SIZE),
    (rows) => {
      for (const row of rows) {
        run.progress.records += 1;
        run.tallies.count(
          'bookings_by_channel',
          row.patchId,
          weekStart(row.createdAt.toISOString()),
          'channel',
          row.bookedVia,
        );
        const tally = classifyFirstVisit({
          type: row.type as AppointmentType,
          attemptNumber: row.attemptNumber,
          status: row.status,
          startsAt: row.startsAt.toISOString(),
          outcome: row.outcome as VisitOutcome | null,
        });
        if (!tally) continue;
        run.tallies.add(
          'first_visit_access',
          row.patchId,
          tally,
          run.profiles.of(row.customerId)?.groups,
          [{ dimension: 'appointment_type', group: row.type }],
        );
      }
    },
  );
}

/**
 * Notice of a visit: the customer's own copy of the booking confirmation or reschedule, one
 * per appointment row (a reschedule makes a new row). Representatives' copies, reminders and
 * cancellations are other matters.
 */
export async function tallyNotices(run: RunContext): Promise<void> {
  await eachPage(
    run.progress,
    (after) =>
      run.db
        .select({
          id: notices.id,
          sendBy: notices.sendBy,
          sentAt: notices.sentAt,
          format: notices.format,
          status: notices.status,
          customerId: notices.customerId,
          customerFormat: customers.preferredFormat,
          patchId: homes.patchId,
        })
        .from(notices)
        .innerJoin(appointments, eq(appointments.id, notices.appointmentId))
        .innerJoin(customers, eq(customers.id, notices.customerId))
        .leftJoin(homes, eq(homes.id, appointments.homeId))
        .where(
          and(
            inArray(notices.kind, ['booking_confirmation', 'reschedule']),
            isNull(notices.representativeId),
            isNotNull(notices.sendBy),
            gte(notices.sendBy, run.since),
            after === null ? undefined : gt(notices.id, after),
          ),
        )
        .orderBy(asc(notices.id))
        .limit(PAGE_SIZE),
    (rows) => {
      for (const row of rows) {
        run.progress.records += 1;
        const tally = classifyNotice(
          {
            sendBy: row.sendBy?.toISOString() ?? null,
            sentAt: row.sentAt?.toISOString() ?? null,
            format: row.format as WrittenFormat,
            customerFormat: row.customerFormat as WrittenFormat,
            status: row.status,
          },
          run.now,
        );
        if (tally)
          run.tallies.add(
            'notice_compliance',
            row.patchId,
            tally,
            run.profiles.of(row.customerId)?.groups,
          );
      }
    },
  );
}
