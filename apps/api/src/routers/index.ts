import { createTRPCRouter } from '../trpc/init';
import { dropInsRouter } from './drop-ins';
import { patchesRouter } from './patches';

export const appRouter = createTRPCRouter({
  dropIns: dropInsRouter,
  patches: patchesRouter,
});

export type AppRouter = typeof appRouter;
