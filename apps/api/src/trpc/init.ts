import type { StaffRole } from '@doorstep/db';
import { toDomainError } from '@doorstep/db';
import { isDomainError } from '@doorstep/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { Principal } from '../services/auth/principal';
import type { Access, Meta } from './access';
import type { Context } from './context';
import { toTRPCError } from './errors';

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? error.cause : null;
      // A refusal after validation may still be about one field (a date out of range).
      const refusedField = isDomainError(error.cause) ? error.cause.field : undefined;
      // Unexpected faults say nothing about their insides: no stack, no SQL.
      const message =
        error.code === 'INTERNAL_SERVER_ERROR'
          ? 'Something went wrong on our side. Please try again.'
          : zodError
            ? z.prettifyError(zodError)
            : shape.message;
      return {
        ...shape,
        message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors: zodError
            ? z.flattenError(zodError).fieldErrors
            : refusedField
              ? { [refusedField]: [shape.message] }
              : null,
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain and database refusals become the right tRPC code here, for every procedure. */
const domainErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) {
    const original = result.error.cause ?? result.error;
    const mapped = toDomainError(original);
    if (isDomainError(mapped) && mapped.retryAfterSeconds !== undefined) {
      ctx.response.setHeader('retry-after', String(mapped.retryAfterSeconds));
    }
    const converted = toTRPCError(mapped);
    if (converted !== original) throw converted;
  }
  return result;
});

const base = t.procedure.use(domainErrors);

const signedOut = () =>
  new TRPCError({
    code: 'UNAUTHORIZED',
    message: 'Please sign in to continue. Your session may have ended.',
  });

function requireStaff(access: Exclude<Access, { kind: 'public' }>) {
  return t.middleware(({ ctx, next }) => {
    const principal: Principal | null = ctx.principal;
    if (!principal) throw signedOut();
    if (access.kind === 'roles' && !access.roles.includes(principal.role)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Your role does not give you access to this.',
      });
    }
    return next({ ctx: { ...ctx, principal } });
  });
}

const declare = (access: Exclude<Access, { kind: 'public' }>) =>
  base.meta({ access }).use(requireStaff(access));

/** Anyone, signed in or not: tenants' and public pages. */
export const publicProcedure = base.meta({ access: { kind: 'public' } });

/** Any signed-in member of staff, whatever their role. */
export const staffProcedure = declare({ kind: 'signed-in' });

/**
 * Staff in the given roles. With `patchScoped`, the procedure must also confine the data to
 * the caller's patches (see services/scope.ts); the role matrix test holds it to that.
 */
export const procedureFor = (
  roles: readonly StaffRole[],
  options: { patchScoped?: boolean } = {},
) => declare({ kind: 'roles', roles, patchScoped: options.patchScoped ?? false });

/** Customers of a patch and their access needs: the advisor of the patch, and managers. */
export const caseworkProcedure = procedureFor(['advisor', 'manager'], { patchScoped: true });
export const communityProcedure = procedureFor(['community', 'manager']);
export const managerProcedure = procedureFor(['manager']);
export const adminProcedure = procedureFor(['admin']);
