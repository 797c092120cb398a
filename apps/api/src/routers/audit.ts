import { endOfLondonDay, startOfLondonDay } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { searchAudit } from '../services/audit';
import { managerProcedure } from '../trpc/init';

const instant = (at: { epochMilliseconds: number }) => new Date(at.epochMilliseconds);

export const auditRouter = {
  /** Managers search who read or changed special-category data, newest first. */
  search: managerProcedure
    .input(
      z.strictObject({
        staffId: z.uuid().optional(),
        customerId: z.uuid().optional(),
        from: z.iso.date({ error: 'Give the from date as YYYY-MM-DD' }).optional(),
        to: z.iso.date({ error: 'Give the to date as YYYY-MM-DD' }).optional(),
        limit: z.number().int().min(1).max(500).default(100),
        before: z.number().int().positive().optional(),
      }),
    )
    .output(
      z.array(
        z.object({
          id: z.number(),
          at: z.string(),
          action: z.string(),
          fields: z.array(z.string()),
          procedure: z.string(),
          staffId: z.uuid().nullable(),
          staffName: z.string().nullable(),
          customerId: z.uuid().nullable(),
          customerName: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx, input }) =>
      searchAudit(ctx.db, {
        ...input,
        // Dates are London days; `to` includes the whole of its day.
        from: input.from ? instant(startOfLondonDay(input.from)) : undefined,
        to: input.to ? instant(endOfLondonDay(input.to)) : undefined,
      }),
    ),
} satisfies TRPCRouterRecord;
