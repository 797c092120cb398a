import { createTRPCRouter } from '../trpc/init';
import { accessNeedsRouter } from './access-needs';
import { auditRouter } from './audit';
import { authRouter } from './auth';
import { dropInsRouter } from './drop-ins';
import { patchesRouter } from './patches';
import { staffRouter } from './staff';

export const appRouter = createTRPCRouter({
  accessNeeds: accessNeedsRouter,
  audit: auditRouter,
  auth: authRouter,
  dropIns: dropInsRouter,
  patches: patchesRouter,
  staff: staffRouter,
});

export type AppRouter = typeof appRouter;
