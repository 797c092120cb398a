import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { getPatch, listPatches } from '../services/patches';
import { publicProcedure } from '../trpc/init';

const advisor = z.object({ id: z.uuid(), name: z.string() }).nullable();

const patchSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  advisor,
  homeCount: z.number().int().nonnegative(),
});

const position = z.array(z.number()).min(2);
const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) });

export const patchesRouter = {
  list: publicProcedure.output(z.array(patchSummary)).query(({ ctx }) => listPatches(ctx.db)),

  byId: publicProcedure
    .input(
      z.strictObject({
        id: z.uuid({
          error: (issue) =>
            issue.input === undefined ? 'Patch id is required' : 'Patch id must be a UUID',
        }),
      }),
    )
    .output(patchSummary.extend({ boundary: polygon }))
    .query(({ ctx, input }) => getPatch(ctx.db, input.id)),
} satisfies TRPCRouterRecord;
