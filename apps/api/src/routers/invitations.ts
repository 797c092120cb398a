import { invitations } from '@doorstep/db';
import { DomainError, weekdays } from '@doorstep/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { createInvitation, revokeInvitation } from '../services/booking/invitations';
import { assertCustomerInScope } from '../services/scope';
import { caseworkProcedure } from '../trpc/init';
import { customerIdField, dateField, visitPurposeField, visitTypeField } from './fields';

const date = dateField;

export const invitationsRouter = {
  /** A link for a customer to choose a time themselves; returned once, sent in their format. */
  create: caseworkProcedure
    .input(
      z
        .strictObject({
          customerId: customerIdField,
          type: visitTypeField,
          purpose: visitPurposeField,
          windowStartsOn: date('first'),
          windowEndsOn: date('last'),
          /** What the tenant said suits them; it puts those times first and hides none. */
          preferences: z
            .strictObject({
              timesOfDay: z
                .array(z.enum(['morning', 'afternoon']))
                .max(2)
                .optional(),
              days: z.array(z.enum(weekdays)).max(7).optional(),
            })
            .optional(),
        })
        .refine((i) => i.windowEndsOn >= i.windowStartsOn, {
          error: 'The window must end on or after the day it starts',
          path: ['windowEndsOn'],
        }),
    )
    .output(z.object({ id: z.uuid(), link: z.url(), expiresAt: z.iso.datetime() }))
    .mutation(async ({ ctx, input }) => {
      await assertCustomerInScope(ctx.db, ctx.principal, input.customerId);
      return createInvitation(ctx.db, ctx.principal, input, ctx.now(), {
        publicUrl: ctx.publicUrl,
        secret: ctx.linkSecret,
      });
    }),

  revoke: caseworkProcedure
    .input(z.strictObject({ id: z.uuid() }))
    .output(z.object({ revoked: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select({ customerId: invitations.customerId })
        .from(invitations)
        .where(eq(invitations.id, input.id));
      if (!row) throw new DomainError('NOT_FOUND', 'There is no invitation with that id.');
      await assertCustomerInScope(ctx.db, ctx.principal, row.customerId);
      await revokeInvitation(ctx.db, input.id, ctx.now());
      return { revoked: true as const };
    }),
} satisfies TRPCRouterRecord;
