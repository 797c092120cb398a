import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { closeSession, sessionAbsoluteEnd } from '../services/auth/sessions';
import { signInWithPassword } from '../services/auth/sign-in';
import { publicProcedure } from '../trpc/init';

const principal = z
  .object({
    staffId: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['advisor', 'community', 'manager', 'admin']),
    patches: z.array(z.object({ id: z.uuid(), name: z.string(), covering: z.boolean() })),
  })
  .nullable();

export const authRouter = {
  /** Who is signed in, or null: the web app asks this to decide what to show. */
  me: publicProcedure.output(principal).query(({ ctx }) => ctx.principal),

  /** When the session ends at the latest: the field app clears its offline data then. */
  session: publicProcedure
    .output(z.object({ absoluteEndsAt: z.iso.datetime().nullable() }))
    .query(async ({ ctx }) => {
      const ends = ctx.principal
        ? await sessionAbsoluteEnd(ctx.db, ctx.sessionToken, ctx.sessionPolicy)
        : null;
      return { absoluteEndsAt: ends?.toISOString() ?? null };
    }),

  options: publicProcedure
    .output(z.object({ singleSignOn: z.boolean() }))
    .query(({ ctx }) => ({ singleSignOn: ctx.singleSignOn })),

  signIn: publicProcedure
    .input(
      z.strictObject({
        email: z.string().trim().min(1, 'Enter your email address').max(320),
        password: z.string().min(1, 'Enter your password').max(1024),
      }),
    )
    .output(z.object({ signedIn: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      // Whatever session came with the request is ended: sign-in always starts a new one.
      if (ctx.sessionToken) await closeSession(ctx.db, ctx.sessionToken);
      const { token } = await signInWithPassword(ctx.db, input, ctx.now());
      ctx.response.setSessionCookie(token);
      return { signedIn: true as const };
    }),

  signOut: publicProcedure
    .output(z.object({ signedOut: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      if (ctx.sessionToken) await closeSession(ctx.db, ctx.sessionToken);
      ctx.response.clearSessionCookie();
      return { signedOut: true as const };
    }),
} satisfies TRPCRouterRecord;
