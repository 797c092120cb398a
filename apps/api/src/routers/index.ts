import { createTRPCRouter } from '../trpc/init';
import { accessNeedsRouter } from './access-needs';
import { appointmentsRouter } from './appointments';
import { auditRouter } from './audit';
import { authRouter } from './auth';
import { bookingRouter } from './booking';
import { dropInsRouter } from './drop-ins';
import { invitationsRouter } from './invitations';
import { livingWellRouter } from './living-well';
import { monitoringRouter } from './monitoring';
import { noticesRouter } from './notices';
import { patchesRouter } from './patches';
import { staffRouter } from './staff';
import { venuesRouter } from './venues';

export const appRouter = createTRPCRouter({
  accessNeeds: accessNeedsRouter,
  appointments: appointmentsRouter,
  audit: auditRouter,
  auth: authRouter,
  booking: bookingRouter,
  dropIns: dropInsRouter,
  invitations: invitationsRouter,
  livingWell: livingWellRouter,
  monitoring: monitoringRouter,
  notices: noticesRouter,
  patches: patchesRouter,
  staff: staffRouter,
  venues: venuesRouter,
});

export type AppRouter = typeof appRouter;
