import { DomainError } from '@doorstep/domain';

interface PgErrorLike {
  code?: string;
  constraint?: string;
  message?: string;
}

/** Drizzle wraps driver errors; the PostgreSQL error with its SQLSTATE sits in the cause chain. */
function findPgError(error: unknown): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (typeof current === 'object' && typeof (current as PgErrorLike).code === 'string') {
      const code = (current as PgErrorLike).code as string;
      if (/^[0-9A-Z]{5}$/.test(code)) return current as PgErrorLike;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const ENDS_BEFORE_START = 'An appointment must end after it starts.';

const messagesByConstraint: Record<string, string> = {
  appointments_no_double_booking:
    'That time is no longer free: the member of staff already has an appointment that overlaps it.',
  appointments_ends_after_start: ENDS_BEFORE_START,
  venues_name_key: 'There is already a venue with that name.',
  venue_closures_venue_date_key: 'That venue is already closed on that day.',
};

/**
 * Turns the database's refusals into domain errors callers can act on. Anything else is a
 * fault and is rethrown as it is.
 */
export function toDomainError(error: unknown): unknown {
  const pgError = findPgError(error);
  if (!pgError) return error;
  switch (pgError.code) {
    case '23P01': // exclusion_violation
    case '23505': // unique_violation
      return new DomainError(
        'CONFLICT',
        (pgError.constraint && messagesByConstraint[pgError.constraint]) ??
          'That would duplicate a record that already exists.',
        { cause: error },
      );
    case '23503': // foreign_key_violation
      return new DomainError('NOT_FOUND', 'A record this refers to does not exist.', {
        cause: error,
      });
    case '23514': // check_violation
      return new DomainError(
        'INVALID_INPUT',
        (pgError.constraint && messagesByConstraint[pgError.constraint]) ??
          'The values given are not consistent.',
        { cause: error },
      );
    default:
      // Class 22 is bad data; a reversed range is the one callers can cause.
      if (pgError.code?.startsWith('22')) {
        const reversed = pgError.message?.includes('range lower bound');
        return new DomainError(
          'INVALID_INPUT',
          reversed ? ENDS_BEFORE_START : 'A value given is not valid.',
          { cause: error },
        );
      }
      return error;
  }
}

/** Runs a write and rethrows database refusals as domain errors. */
export async function withDomainErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toDomainError(error);
  }
}
