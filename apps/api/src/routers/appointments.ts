import { appointmentStatuses, bookingChannels } from '@doorstep/db';
import { appointmentTypes } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { renewCalendarFeed, revokeCalendarFeeds } from '../services/appointments/feeds';
import { listAppointments } from '../services/appointments/list';
import { procedureFor } from '../trpc/init';

const date = (name: string) => z.iso.date({ error: `Give the ${name} date as YYYY-MM-DD` });
const visitingStaff = procedureFor(['advisor', 'manager']);

export const appointmentsRouter = {
  list: visitingStaff
    .input(z.strictObject({ from: date('first'), to: date('last'), staffId: z.uuid().optional() }))
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          type: z.enum(appointmentTypes),
          status: z.enum(appointmentStatuses),
          startsAt: z.iso.datetime(),
          endsAt: z.iso.datetime(),
          reference: z.string().nullable(),
          purpose: z.string(),
          bookedVia: z.enum(bookingChannels),
          customerId: z.uuid(),
          customerName: z.string(),
          addressLine1: z.string(),
          postcode: z.string(),
          latitude: z.number(),
          longitude: z.number(),
          staffName: z.string(),
        }),
      ),
    )
    .query(({ ctx, input }) => listAppointments(ctx.db, ctx.principal, input)),

  /** A new private calendar address for the caller's own visits; the old one stops working. */
  renewCalendarFeed: visitingStaff
    .output(z.object({ url: z.url() }))
    .mutation(({ ctx }) =>
      renewCalendarFeed(ctx.db, ctx.principal.staffId, ctx.publicUrl, ctx.now()),
    ),

  revokeCalendarFeed: visitingStaff
    .output(z.object({ revoked: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      await revokeCalendarFeeds(ctx.db, ctx.principal.staffId, ctx.now());
      return { revoked: true as const };
    }),
} satisfies TRPCRouterRecord;
