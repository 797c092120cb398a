import { toDomainError } from '@doorstep/db';
import { initTRPC } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { Context } from './context';
import { toTRPCError } from './errors';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      // Plain words for people; the field-by-field detail for forms.
      message: zodError ? z.prettifyError(zodError) : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain and database refusals become the right tRPC code here, for every procedure. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(toDomainError(result.error.cause ?? result.error));
    if (mapped !== (result.error.cause ?? result.error)) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);
