import { appointmentStatuses, bookingChannels } from '@doorstep/db';
import { appointmentTypes } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { createStaffAppointment, staffSlots } from '../services/appointments/create';
import { renewCalendarFeed, revokeCalendarFeeds } from '../services/appointments/feeds';
import { listAppointments } from '../services/appointments/list';
import { assertCustomerInScope } from '../services/scope';
import { caseworkProcedure, procedureFor } from '../trpc/init';
import { appointmentsDayProcedures } from './appointments-day';
import { customerIdField, dateField, visitPurposeField, visitTypeField } from './fields';

const date = dateField;
const visitingStaff = procedureFor(['advisor', 'manager']);

const staffChannels = ['phone', 'in_person', 'email', 'live_chat', 'social_media', 'post'] as const;

export const appointmentsRouter = {
  ...appointmentsDayProcedures,

  /** Times to offer a customer who is on the phone or at the door. */
  slots: caseworkProcedure
    .input(
      z.strictObject({
        customerId: customerIdField,
        type: visitTypeField,
        from: date('first').optional(),
        to: date('last').optional(),
      }),
    )
    .output(
      z.object({
        days: z.array(
          z.object({
            date: z.iso.date(),
            label: z.string(),
            slots: z.array(
              z.object({
                start: z.iso.datetime(),
                startTime: z.string(),
                endTime: z.string(),
                staffCount: z.number(),
              }),
            ),
          }),
        ),
        reasons: z.array(z.string()),
        noSlotsReason: z.string().nullable(),
        escalation: z.string().nullable(),
        briefing: z.array(z.string()),
        durationMinutes: z.number(),
      }),
    )
    .query(async ({ ctx, input }) => {
      await assertCustomerInScope(ctx.db, ctx.principal, input.customerId);
      return staffSlots(ctx.db, input, ctx.now());
    }),

  /** Book a time agreed with the customer; how they asked for it is recorded. */
  create: caseworkProcedure
    .input(
      z.strictObject({
        customerId: customerIdField,
        type: visitTypeField,
        purpose: visitPurposeField,
        start: z.iso.datetime({ offset: true, error: 'Choose one of the times offered' }),
        bookedVia: z.enum(staffChannels, { error: 'Say how the customer asked for this visit' }),
      }),
    )
    .output(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        start: z.iso.datetime(),
        end: z.iso.datetime(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertCustomerInScope(ctx.db, ctx.principal, input.customerId);
      return createStaffAppointment(ctx.db, { ...input, start: new Date(input.start) }, ctx.now());
    }),

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
