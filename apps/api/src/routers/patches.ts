import { londonDate } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { getPatch, grantCover, listCovers, listPatches, listPatchHomes } from '../services/patches';
import { assignAdvisor } from '../services/patches-advisors';
import { createPatch, previewBoundary, updateBoundary } from '../services/patches-boundaries';
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
const advisorId = z.uuid({ error: 'Advisor id must be a UUID' });

/** Enough for any street-by-street outline, and a bound on the work a drawing can cause. */
const maxCorners = 2000;
const countCorners = (value: unknown) => {
  const rings = (value as { coordinates?: unknown } | null)?.coordinates;
  return Array.isArray(rings)
    ? rings.reduce((sum: number, ring) => sum + (Array.isArray(ring) ? ring.length : 0), 0)
    : 0;
};

/**
 * Any shape reaches the domain's checkBoundary, which is the one judge of a drawn outline,
 * so the manager reads its words (not closed, crosses itself, outside the borough).
 */
const boundary = z
  .unknown()
  .refine((value) => value !== undefined, 'Draw the boundary')
  .refine(
    (value) => countCorners(value) <= maxCorners,
    `A boundary may have at most ${maxCorners.toLocaleString('en-GB')} corners`,
  );

const patchRef = z.object({ id: z.uuid(), name: z.string() });

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
          advisorId,
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
  /**
   * The homes that would change patch if the boundary were saved; nothing changes yet. A
   * mutation only so the boundary travels in the body: 2,000 corners do not fit in a URL.
   */
  previewBoundary: managerProcedure
    .input(z.strictObject({ id: patchId, boundary }))
    .output(
      z.object({
        moves: z.array(
          z.object({
            homeId: z.uuid(),
            addressLine1: z.string(),
            postcode: z.string(),
            fromPatch: patchRef.nullable(),
            toPatch: patchRef.nullable(),
          }),
        ),
      }),
    )
    .mutation(({ ctx, input }) => previewBoundary(ctx.db, input, ctx.boroughBbox)),

  updateBoundary: managerProcedure
    .input(z.strictObject({ id: patchId, boundary }))
    .output(z.object({ moved: z.number().int().nonnegative() }))
    .mutation(({ ctx, input }) => updateBoundary(ctx.db, input, ctx.boroughBbox)),

  create: managerProcedure
    .input(
      z.strictObject({
        name: z
          .string({ error: 'Give the patch a name' })
          .trim()
          .min(1, 'Give the patch a name')
          .max(80, 'Keep the name to 80 characters'),
        boundary,
        advisorId: advisorId.nullable(),
      }),
    )
    .output(z.object({ id: z.uuid(), moved: z.number().int().nonnegative() }))
    .mutation(({ ctx, input }) => createPatch(ctx.db, input, ctx.boroughBbox)),

  assignAdvisor: managerProcedure
    .input(z.strictObject({ id: patchId, advisorId: advisorId.nullable() }))
    .output(z.object({ advisor }))
    .mutation(({ ctx, input }) => assignAdvisor(ctx.db, input)),
} satisfies TRPCRouterRecord;
