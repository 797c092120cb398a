import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { listVenues } from '../services/drop-ins';
import { publicProcedure } from '../trpc/init';

const venue = z.object({
  id: z.uuid(),
  name: z.string(),
  addressLine1: z.string(),
  town: z.string(),
  postcode: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  openingNotes: z.string().nullable(),
  busRoutes: z.string().nullable(),
  nearestStop: z.string().nullable(),
  accessibility: z.array(z.string()),
});

export const dropInsRouter = {
  venues: publicProcedure.output(z.array(venue)).query(({ ctx }) => listVenues(ctx.db)),
} satisfies TRPCRouterRecord;
