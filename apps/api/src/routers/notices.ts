import { noticeKinds } from '@doorstep/db';
import { contactChannels, writtenFormats } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { pendingNotices } from '../services/notices';
import { procedureFor } from '../trpc/init';

// Filtered to the caller's patches rather than refused: every advisor has a queue.
const queueProcedure = procedureFor(['advisor', 'manager']);

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
} satisfies TRPCRouterRecord;
