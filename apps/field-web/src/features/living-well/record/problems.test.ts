import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { problemsFromError, summaryOf } from './problems';

const refusal = (message: string, fieldErrors: Record<string, string[]> | null = null) =>
  TRPCClientError.from({
    error: {
      message,
      code: -32600,
      data: { code: 'BAD_REQUEST', httpStatus: 400, path: 'livingWell.record', fieldErrors },
    },
  });

describe('the API’s refusals on the record form', () => {
  it('puts each validation message at its part of the form, in the API’s words', () => {
    const problems = problemsFromError(
      refusal('…', {
        declineReason: ['Say why the tenant declined the meeting'],
        tenancyId: ['Tenancy id must be a UUID'],
      }),
    );
    expect(problems).toEqual([
      { field: 'declineReason', text: 'Say why the tenant declined the meeting' },
      { text: 'Tenancy id must be a UUID' },
    ]);
    expect(summaryOf(problems)).toEqual([
      { text: 'Say why the tenant declined the meeting', href: '#lw-declineReason' },
      { text: 'Tenancy id must be a UUID', href: undefined },
    ]);
  });

  it('places a refused date at the date field, as the API names it', () => {
    const text =
      'The meeting date, Friday 1 January 2100, is in the future. Record a meeting on or after the day it was held.';
    // The service's DomainError names its field (dc4a914); the form no longer reads the wording.
    expect(problemsFromError(refusal(text, { heldOn: [text] }))).toEqual([
      { field: 'heldOn', text },
    ]);
  });

  it('shows any other refusal as it is', () => {
    const text = 'This tenancy is not in one of your patches.';
    expect(problemsFromError(refusal(text))).toEqual([{ text }]);
    expect(problemsFromError(null)).toEqual([]);
  });
});
