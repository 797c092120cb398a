import { staffRoles } from '@doorstep/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { listStaff, setStaffAccount } from '../services/staff';
import { adminProcedure } from '../trpc/init';

const member = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(staffRoles),
  team: z.string(),
  active: z.boolean(),
});

export const staffRouter = {
  list: adminProcedure.output(z.array(member)).query(({ ctx }) => listStaff(ctx.db)),

  /** Change a role, switch an account off (its sessions stop at the next request), or set a password. */
  update: adminProcedure
    .input(
      z.strictObject({
        id: z.uuid(),
        role: z.enum(staffRoles).optional(),
        active: z.boolean().optional(),
        password: z
          .string()
          .min(12, 'Passwords must be at least 12 characters')
          .max(1024)
          .optional(),
      }),
    )
    .output(z.object({ updated: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const { id, ...change } = input;
      await setStaffAccount(ctx.db, id, change);
      return { updated: true as const };
    }),
} satisfies TRPCRouterRecord;
