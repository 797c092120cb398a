import { customers } from '@doorstep/db';
import { accessProfileSchema, londonDate } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  loadAccessProfile,
  specialCategoryFieldsIn,
  updateAccessProfile,
} from '../services/access-needs';
import { recordAudit } from '../services/audit';
import { livingWellTenancyOf } from '../services/living-well/customer-tenancy';
import { assertCustomerInScope } from '../services/scope';
import { caseworkProcedure } from '../trpc/init';
import { customerIdField } from './fields';

const customerId = customerIdField;

// Representatives and restrictions have records of their own; this edits everyday needs.
const {
  representatives: _r,
  contactRestrictions: _c,
  ...editableShape
} = accessProfileSchema.def.shape;
export const editableProfile = z.strictObject(editableShape);

export const accessNeedsRouter = {
  /** A customer's access needs, vulnerabilities and representatives. Every read is audited. */
  profile: caseworkProcedure
    .input(z.strictObject({ customerId }))
    .output(
      z.object({
        customer: z.object({
          id: z.uuid(),
          name: z.string(),
          wantsReminders: z.boolean(),
          /** Where the customer page links to the Living Well meeting record; null if none. */
          livingWellTenancyId: z.uuid().nullable(),
        }),
        profile: accessProfileSchema,
      }),
    )
    .query(async ({ ctx, input }) => {
      await assertCustomerInScope(ctx.db, ctx.principal, input.customerId);
      const result = await loadAccessProfile(ctx.db, input.customerId);
      await recordAudit(
        ctx.db,
        ctx.principal,
        {
          action: 'read',
          customerId: input.customerId,
          fields: specialCategoryFieldsIn(result.profile),
          procedure: 'accessNeeds.profile',
        },
        ctx.now(),
      );
      const livingWellTenancyId = await livingWellTenancyOf(
        ctx.db,
        input.customerId,
        londonDate(ctx.now()),
      );
      return { ...result, customer: { ...result.customer, livingWellTenancyId } };
    }),

  update: caseworkProcedure
    .input(z.strictObject({ customerId, profile: editableProfile }))
    .output(z.object({ changed: z.array(z.string()) }))
    .mutation(async ({ ctx, input }) => {
      await assertCustomerInScope(ctx.db, ctx.principal, input.customerId);
      const changed = await updateAccessProfile(
        ctx.db,
        input.customerId,
        input.profile,
        ctx.principal.staffId,
        ctx.now(),
      );
      await recordAudit(
        ctx.db,
        ctx.principal,
        {
          action: 'update',
          customerId: input.customerId,
          fields: changed,
          procedure: 'accessNeeds.update',
        },
        ctx.now(),
      );
      return { changed };
    }),

  /** Whether the customer wants a reminder the day before each visit (they may say no). */
  setReminders: caseworkProcedure
    .input(z.strictObject({ customerId, wantsReminders: z.boolean() }))
    .output(z.object({ wantsReminders: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await assertCustomerInScope(ctx.db, ctx.principal, input.customerId);
      await ctx.db
        .update(customers)
        .set({ wantsReminders: input.wantsReminders })
        .where(eq(customers.id, input.customerId));
      return { wantsReminders: input.wantsReminders };
    }),
} satisfies TRPCRouterRecord;
