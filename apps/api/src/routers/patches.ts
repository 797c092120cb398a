import { londonDate } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { getPatch, grantCover, listCovers, listPatches, listPatchHomes } from '../services/patches';
import { assertPatchInScope } from '../services/scope';
import { caseworkProcedure, managerProcedure, staffProcedure } from '../trpc/init';
import { dateField } from './fields';

const advisor = z.object({ id: z.uuid(), name: z.string() }).nullable();

const patchSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  advisor,
  homeCount: z.number().int().nonnegative(),
});

const position = z.array(z.number()).min(2);
const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) });

const patchId = z.uuid({
  error: (issue) =>
    issue.input === undefined ? 'Patch id is required' : 'Patch id must be a UUID',
});
const date = dateField;

export const patchesRouter = {
  list: staffProcedure.output(z.array(patchSummary)).query(({ ctx }) => listPatches(ctx.db)),

  byId: staffProcedure
    .input(z.strictObject({ id: patchId }))
    .output(patchSummary.extend({ boundary: polygon }))
    .query(({ ctx, input }) => getPatch(ctx.db, input.id)),

  homes: caseworkProcedure
    .input(z.strictObject({ patchId }))
    .output(
      z.array(
        z.object({
          homeId: z.uuid(),
          addressLine1: z.string(),
          postcode: z.string(),
          latitude: z.number(),
          longitude: z.number(),
          customerId: z.uuid().nullable(),
          customerName: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx, input }) => {
      assertPatchInScope(ctx.principal, input.patchId);
      return listPatchHomes(ctx.db, input.patchId);
    }),

  /** Current and future cover: who is looking after which patch while its advisor is away. */
  covers: managerProcedure
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          patchId: z.uuid(),
          patchName: z.string(),
          advisorId: z.uuid(),
          advisorName: z.string(),
          startsOn: z.string(),
          endsOn: z.string(),
        }),
      ),
    )
    .query(({ ctx }) => listCovers(ctx.db, londonDate(ctx.now()))),

  grantCover: managerProcedure
    .input(
      z
        .strictObject({
          patchId,
          advisorId: z.uuid({ error: 'Advisor id must be a UUID' }),
          startsOn: date('start'),
          endsOn: date('end'),
        })
        .refine((cover) => cover.endsOn >= cover.startsOn, {
          error: 'Cover must end on or after the day it starts',
          path: ['endsOn'],
        }),
    )
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => grantCover(ctx.db, input, ctx.principal.staffId)),
} satisfies TRPCRouterRecord;
