import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  addClosure,
  createVenue,
  getVenue,
  listVenues,
  removeClosure,
  updateVenue,
  venueHistory,
} from '../services/drop-ins/venues';
import { communityProcedure, staffProcedure } from '../trpc/init';
import {
  areaField,
  factsInput,
  openingHoursField,
  optionalText,
  requiredText,
  venueIdField,
  venueOutput,
} from './drop-in-shapes';
import { dateField } from './fields';

const latitude = z
  .number({ error: 'Give the latitude as a number' })
  .min(49, 'The latitude must be in the UK (49 to 61)')
  .max(61, 'The latitude must be in the UK (49 to 61)');
const longitude = z
  .number({ error: 'Give the longitude as a number' })
  .min(-9, 'The longitude must be in the UK (-9 to 2)')
  .max(2, 'The longitude must be in the UK (-9 to 2)');
const postcode = z
  .string({ error: 'Give the postcode' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, 'Give a UK postcode, for example L36 9GD');

const venueFields = {
  name: requiredText('venue name', 'venueName'),
  area: areaField,
  addressLine1: requiredText('first line of the address', 'addressLine'),
  town: requiredText('town', 'addressLine'),
  postcode,
  latitude,
  longitude,
  openingNotes: optionalText('opening notes', 'openingNotes'),
  busRoutes: optionalText('bus routes', 'busRoutes'),
  nearestStop: optionalText('nearest stop', 'nearestStop'),
  facts: factsInput,
  openingHours: openingHoursField,
};

const closureInput = z.strictObject({ venueId: venueIdField, date: dateField('closure') });

export const venuesRouter = {
  list: staffProcedure.output(z.array(venueOutput)).query(({ ctx }) => listVenues(ctx.db)),

  byId: staffProcedure
    .input(z.strictObject({ id: venueIdField }))
    .output(
      venueOutput.extend({
        closures: z.array(z.object({ date: z.iso.date(), reason: z.string() })),
      }),
    )
    .query(({ ctx, input }) => getVenue(ctx.db, input.id)),

  create: communityProcedure
    .input(z.strictObject(venueFields))
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => createVenue(ctx.db, input, ctx.principal.staffId, ctx.now())),

  /** Only the fields given change; `version` must be the one the editor started from. */
  update: communityProcedure
    .input(
      z.strictObject({
        id: venueIdField,
        version: z.number({ error: 'Give the version you edited' }).int().min(1),
        ...z.object(venueFields).partial().shape,
        facts: factsInput.partial().optional(),
      }),
    )
    .output(z.object({ id: z.uuid(), version: z.number().int() }))
    .mutation(({ ctx, input }) => {
      const { id, version, ...fields } = input;
      return updateVenue(ctx.db, id, version, fields, ctx.principal.staffId, ctx.now());
    }),

  history: staffProcedure
    .input(z.strictObject({ id: venueIdField }))
    .output(
      z.array(
        z.object({
          version: z.number().int(),
          changedAt: z.iso.datetime(),
          /** The member of staff's name; null when they are no longer on record. */
          changedBy: z.string().nullable(),
          changes: z.array(z.object({ field: z.string(), from: z.json(), to: z.json() })),
        }),
      ),
    )
    .query(({ ctx, input }) => venueHistory(ctx.db, input.id)),

  addClosure: communityProcedure
    .input(closureInput.extend({ reason: requiredText('reason', 'closureReason') }))
    .output(z.object({ venueId: z.uuid(), date: z.iso.date(), reason: z.string() }))
    .mutation(({ ctx, input }) => addClosure(ctx.db, input)),

  removeClosure: communityProcedure
    .input(closureInput)
    .output(z.object({ removed: z.boolean() }))
    .mutation(({ ctx, input }) => removeClosure(ctx.db, input)),
} satisfies TRPCRouterRecord;
