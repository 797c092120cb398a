import { appointmentTypes } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { bookSlot, cancelBooking, requestCallback, viewBooking } from '../services/booking/booking';
import { publicProcedure } from '../trpc/init';

// Anything that is not a token shape is refused as "not valid" by the service, the same
// answer as an unknown token; the length bound only keeps junk out of the work.
const token = z.string().max(100);
const start = z.iso.datetime({ offset: true, error: 'Choose one of the times offered' });

const view = z.object({
  /** The customer's recorded language, for the page to open in. */
  language: z.string(),
  firstName: z.string(),
  street: z.string(),
  type: z.enum(appointmentTypes),
  typeLabel: z.string(),
  purpose: z.string(),
  visitor: z.string(),
  durationMinutes: z.number(),
  twoPeople: z.boolean(),
  adjustments: z.array(z.string()),
  callbackRequested: z.boolean(),
  booking: z
    .object({
      reference: z.string(),
      start: z.iso.datetime(),
      end: z.iso.datetime(),
      canChange: z.boolean(),
    })
    .nullable(),
  days: z.array(
    z.object({
      date: z.iso.date(),
      label: z.string(),
      slots: z.array(
        z.object({ start: z.iso.datetime(), startTime: z.string(), endTime: z.string() }),
      ),
    }),
  ),
  /** A time already planned for the tenant, offered first (its day and slot lead the lists). */
  proposedStart: z.iso.datetime().nullable(),
  noSlotsReason: z.string().nullable(),
});

const booked = z.object({ reference: z.string(), start: z.iso.datetime(), end: z.iso.datetime() });

/** Tenants act through their link: the token is the only credential, and it is never logged. */
export const bookingRouter = {
  view: publicProcedure
    .input(z.strictObject({ token }))
    .output(view)
    .query(({ ctx, input }) => viewBooking(ctx.db, input.token, ctx.now())),

  book: publicProcedure
    .input(z.strictObject({ token, start }))
    .output(booked)
    .mutation(({ ctx, input }) =>
      bookSlot(ctx.db, input.token, new Date(input.start), ctx.now(), 'book'),
    ),

  reschedule: publicProcedure
    .input(z.strictObject({ token, start }))
    .output(booked)
    .mutation(({ ctx, input }) =>
      bookSlot(ctx.db, input.token, new Date(input.start), ctx.now(), 'reschedule'),
    ),

  cancel: publicProcedure
    .input(z.strictObject({ token }))
    .output(z.object({ cancelled: z.literal(true) }))
    .mutation(({ ctx, input }) => cancelBooking(ctx.db, input.token, ctx.now())),

  /** "None of these times suit me": what they cannot do, and a call back. */
  requestCallback: publicProcedure
    .input(
      z.strictObject({
        token,
        note: z.string().trim().max(500, 'Keep this to 500 characters').default(''),
      }),
    )
    .output(z.object({ requested: z.literal(true) }))
    .mutation(({ ctx, input }) => requestCallback(ctx.db, input.token, input.note, ctx.now())),
} satisfies TRPCRouterRecord;
