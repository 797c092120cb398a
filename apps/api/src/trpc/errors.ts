import { type DomainErrorCode, isDomainError } from '@doorstep/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/** The one place domain error codes become tRPC (and so HTTP) errors. */
const trpcCodeFor = {
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_INPUT: 'BAD_REQUEST',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
} as const satisfies Record<DomainErrorCode, TRPC_ERROR_CODE_KEY>;

export function toTRPCError(error: unknown): unknown {
  if (error instanceof TRPCError) return error;
  if (isDomainError(error)) {
    return new TRPCError({ code: trpcCodeFor[error.code], message: error.message, cause: error });
  }
  return error;
}
