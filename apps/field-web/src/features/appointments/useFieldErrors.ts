import { TRPCClientError } from '@trpc/client';

/** The API's field-by-field validation messages, or its plain message for anything else. */
export function problemsOf(error: unknown, fields: readonly string[], idPrefix: string) {
  if (!error) return [];
  const fieldErrors =
    error instanceof TRPCClientError
      ? (error.data?.fieldErrors as Record<string, string[]> | null)
      : null;
  if (fieldErrors) {
    return fields
      .filter((field) => fieldErrors[field]?.[0])
      .map((field) => ({ text: fieldErrors[field]?.[0] ?? '', href: `#${idPrefix}-${field}` }));
  }
  return [
    { text: error instanceof Error ? error.message : 'Something went wrong. Please try again.' },
  ];
}

export const fieldError = (
  problems: { text: string; href?: string }[],
  idPrefix: string,
  field: string,
) => problems.find((p) => p.href === `#${idPrefix}-${field}`)?.text;
