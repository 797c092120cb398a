import { noticeKinds, noticeStatuses } from '@doorstep/db';
import { contactChannels, writtenFormats } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { pendingNotices } from '../services/notices';
import { completeFormatTask, openFormatTasks } from '../services/notices/format-tasks';
import {
  customerNotices,
  findNotice,
  noticesForDay,
  previewNotice,
} from '../services/notices/views';
import { assertCustomerInScope } from '../services/scope';
import { caseworkProcedure, procedureFor } from '../trpc/init';
import { customerIdField } from './fields';

// Filtered to the caller's patches rather than refused: every advisor has a queue.
const queueProcedure = procedureFor(['advisor', 'manager']);

const noticeRow = z.object({
  id: z.uuid(),
  kind: z.enum(noticeKinds),
  channel: z.enum(contactChannels),
  format: z.enum(writtenFormats),
  language: z.string(),
  status: z.enum(noticeStatuses),
  attempts: z.number().int(),
  /** Why the last attempt failed, in words staff can act on. */
  problem: z.string().nullable(),
  sendBy: z.iso.datetime().nullable(),
  sentAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  customerId: z.uuid(),
  customerName: z.string(),
  /** Set on a copy for the customer's representative. */
  representativeName: z.string().nullable(),
});

export const noticesRouter = {
  /** What customers in the caller's patches must still be told, and by when. */
  pending: queueProcedure
    .input(z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }))
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          kind: z.enum(noticeKinds),
          channel: z.enum(contactChannels),
          format: z.enum(writtenFormats),
          language: z.string(),
          sendBy: z.iso.datetime().nullable(),
          createdAt: z.iso.datetime(),
          customerId: z.uuid(),
          customerName: z.string(),
          /** Set on a copy for the customer's representative. */
          representativeName: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx, input }) => pendingNotices(ctx.db, ctx.principal, input.limit)),

  /** Every notice for one customer, and copies to their representatives, newest first. */
  forCustomer: caseworkProcedure
    .input(z.strictObject({ customerId: customerIdField }))
    .output(z.array(noticeRow))
    .query(async ({ ctx, input }) => {
      await assertCustomerInScope(ctx.db, ctx.principal, input.customerId);
      return customerNotices(ctx.db, input.customerId);
    }),

  /** One London day in the caller's patches: what is due, and what is late or failed now. */
  day: queueProcedure
    .input(z.strictObject({ date: z.iso.date({ error: 'Date must be YYYY-MM-DD' }) }))
    .output(
      z.object({
        date: z.iso.date(),
        due: z.array(noticeRow),
        late: z.array(noticeRow),
        failed: z.array(noticeRow),
      }),
    )
    .query(({ ctx, input }) => noticesForDay(ctx.db, ctx.principal, input.date, ctx.now())),

  /** The email and text a notice carries, rendered now from the current facts. */
  preview: caseworkProcedure
    .input(z.strictObject({ noticeId: z.uuid({ error: 'Notice id must be a UUID' }) }))
    .output(
      z.object({
        id: z.uuid(),
        language: z.string(),
        direction: z.enum(['ltr', 'rtl']),
        fellBackToEnglish: z.boolean(),
        needsTranslatorReview: z.boolean(),
        email: z.object({ subject: z.string(), text: z.string() }),
        sms: z.object({ text: z.string(), segments: z.number().int() }),
      }),
    )
    .query(async ({ ctx, input }) => {
      const notice = await findNotice(ctx.db, input.noticeId);
      await assertCustomerInScope(ctx.db, ctx.principal, notice.customerId);
      return previewNotice(ctx.db, notice, { publicUrl: ctx.publicUrl, secret: ctx.linkSecret });
    }),

  /** Braille and audio with the alternative-format supplier, due in 5 working days (000 §2.15). */
  formatTasks: queueProcedure
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          noticeId: z.uuid(),
          customerId: z.uuid(),
          customerName: z.string(),
          format: z.enum(writtenFormats),
          language: z.string(),
          dueOn: z.iso.date(),
        }),
      ),
    )
    .query(({ ctx }) => openFormatTasks(ctx.db, ctx.principal)),

  completeFormatTask: caseworkProcedure
    .input(z.strictObject({ id: z.uuid({ error: 'Task id must be a UUID' }) }))
    .output(z.object({ doneAt: z.iso.datetime() }))
    .mutation(({ ctx, input }) => completeFormatTask(ctx.db, ctx.principal, input.id, ctx.now())),
} satisfies TRPCRouterRecord;
