import { bookingChannels } from '@doorstep/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { acknowledgeContact, logContact, openContacts } from '../services/contacts';
import { caseworkProcedure } from '../trpc/init';
import { customerIdField } from './fields';

/** Contacts staff take themselves; booking links and staff-made bookings arrive on their own. */
export const loggableChannels = [
  'phone',
  'in_person',
  'email',
  'live_chat',
  'social_media',
  'post',
] as const;

const channelField = z.enum(loggableChannels, {
  error:
    'Choose how the customer got in touch: phone, in person, email, live chat, social media or post',
});

export const contactsRouter = {
  /** Contacts waiting to be acknowledged in the caller's patches, oldest first. */
  open: caseworkProcedure
    .input(
      z
        .strictObject({
          patchId: z
            .uuid({ error: 'Patch id must be a UUID' })
            .optional()
            .describe('Leave out for every patch the caller works on'),
        })
        .default({}),
    )
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          channel: z.enum(bookingChannels),
          receivedAt: z.iso.datetime(),
          customerId: z.uuid().nullable(),
          customerName: z.string().nullable(),
          patchId: z.uuid().nullable(),
          patchName: z.string().nullable(),
          /** The last London day to acknowledge it on. */
          dueDate: z.iso.date(),
          dueBy: z.iso.datetime(),
          late: z.boolean(),
        }),
      ),
    )
    .query(({ ctx, input }) => openContacts(ctx.db, ctx.principal, ctx.now(), input.patchId)),

  /** The customer has been told their contact was received; a second call keeps the first time. */
  acknowledge: caseworkProcedure
    .input(z.strictObject({ id: z.uuid({ error: 'Contact id must be a UUID' }) }))
    .output(z.object({ acknowledgedAt: z.iso.datetime(), alreadyAcknowledged: z.boolean() }))
    .mutation(({ ctx, input }) => acknowledgeContact(ctx.db, ctx.principal, input.id, ctx.now())),

  /** A contact a member of staff took: a phone call, someone at the office, a letter. */
  log: caseworkProcedure
    .input(
      z.strictObject({
        customerId: customerIdField.optional(),
        channel: channelField,
        receivedAt: z.iso.datetime({
          offset: true,
          error: 'Give the date and time it was received, for example 2026-11-23T09:30:00Z',
        }),
        acknowledged: z.boolean({ error: 'Say whether you have already acknowledged it' }),
      }),
    )
    .output(
      z.object({
        id: z.uuid(),
        acknowledgedAt: z.iso.datetime().nullable(),
        dueDate: z.iso.date(),
      }),
    )
    .mutation(({ ctx, input }) => logContact(ctx.db, ctx.principal, input, ctx.now())),
} satisfies TRPCRouterRecord;
