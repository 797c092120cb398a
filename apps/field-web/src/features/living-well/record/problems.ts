import { TRPCClientError } from '@trpc/client';

/** One thing wrong with the record: `field` names where it shows, when it is about one. */
export interface Problem {
  text: string;
  field?: string;
}

/** The id of the control (or the first control of the section) a field's error links to. */
export const fieldId = (field: string) => `lw-${field}`;

/** The parts of the record that have a place on the form to show an error at. */
const fields = new Set([
  'heldOn',
  'outcome',
  'declineReason',
  'contact',
  'household',
  'preferences',
  'accessNeeds',
  'characteristics',
  'referrals',
  'notes',
]);

/**
 * The API's refusals as problems, in its words. A validation refusal names its fields (the
 * top-level parts of the record: heldOn, contact, household…), and so does a later refusal
 * about one field (a date the tenancy rules out); any other is one message.
 */
export function problemsFromError(error: unknown): Problem[] {
  if (!error) return [];
  const fieldErrors =
    error instanceof TRPCClientError
      ? (error.data?.fieldErrors as Record<string, string[] | undefined> | null | undefined)
      : null;
  const named = Object.entries(fieldErrors ?? {}).flatMap(([field, messages]) =>
    messages?.[0] ? [fields.has(field) ? { field, text: messages[0] } : { text: messages[0] }] : [],
  );
  if (named.length > 0) return named;
  return [
    { text: error instanceof Error ? error.message : 'Something went wrong. Please try again.' },
  ];
}

export const summaryOf = (problems: Problem[]) =>
  problems.map((p) => ({ text: p.text, href: p.field ? `#${fieldId(p.field)}` : undefined }));

export const errorFor = (problems: Problem[], field: string) =>
  problems.find((p) => p.field === field)?.text;
