/**
 * The one error type every layer throws for a rule the caller broke. The API maps each
 * code to a tRPC error in one place (apps/api/src/trpc/errors.ts), so a code added here
 * must be added there too; the compiler enforces it through the `satisfies` map.
 */
export const domainErrorCodes = [
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'PRECONDITION_FAILED',
  'RATE_LIMITED',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: DomainErrorCode;
  /** For RATE_LIMITED: how long the caller should wait before trying again. */
  readonly retryAfterSeconds: number | undefined;
  /** The input field the refusal is about, so a form can show the message beside it. */
  readonly field: string | undefined;

  /** `message` is shown to users: write it in plain words, with no personal data in it. */
  constructor(
    code: DomainErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number; field?: string },
  ) {
    super(message, options);
    this.code = code;
    this.retryAfterSeconds = options?.retryAfterSeconds;
    this.field = options?.field;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
