import { describe, expect, it } from 'vitest';
import {
  attemptStandard,
  checkOutcomeDetails,
  checkOutcomeTime,
  nextStepAfterNoAccess,
  outcomeStatus,
  visitOutcomes,
} from './outcomes';
import { appointmentTypes } from './types';

const now = '2026-11-23T10:00:00Z';

describe('checkOutcomeTime', () => {
  it('accepts now, a few minutes ahead (a fast phone clock) and up to 7 days back', () => {
    expect(checkOutcomeTime(now, now)).toEqual({ ok: true });
    expect(checkOutcomeTime('2026-11-23T10:05:00Z', now)).toEqual({ ok: true });
    expect(checkOutcomeTime('2026-11-16T10:00:00Z', now)).toEqual({ ok: true });
  });

  it('refuses a time more than 5 minutes ahead, in words', () => {
    const result = checkOutcomeTime('2026-11-23T10:05:01Z', now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/in the future/);
  });

  it('refuses a time more than 7 days ago, in words', () => {
    const result = checkOutcomeTime('2026-11-16T09:59:59Z', now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/more than 7 days ago/);
  });

  it('counts by instants across the October clock change', () => {
    // 25 Oct 2026 01:30 BST and 01:30 GMT are an hour apart.
    expect(checkOutcomeTime('2026-10-25T01:30:00+00:00', '2026-10-25T01:30:00+01:00').ok).toBe(
      false,
    );
  });
});

describe('outcomeStatus', () => {
  it('maps every outcome to the appointment status the figures count', () => {
    expect(outcomeStatus).toEqual({
      met: 'completed',
      no_access: 'no_access',
      unsafe_to_enter: 'no_access',
      cancelled_by_tenant: 'cancelled',
      rescheduled: 'rescheduled',
    });
    expect(Object.keys(outcomeStatus).sort()).toEqual([...visitOutcomes].sort());
  });
});

describe('checkOutcomeDetails', () => {
  it('allows a card and a follow-up only when the advisor did not get in', () => {
    expect(
      checkOutcomeDetails({ outcome: 'no_access', cardLeft: true, followUp: 'rebook_link' }),
    ).toEqual({ ok: true });
    expect(checkOutcomeDetails({ outcome: 'unsafe_to_enter', followUp: 'second_attempt' }).ok).toBe(
      true,
    );
    expect(checkOutcomeDetails({ outcome: 'met', cardLeft: true }).ok).toBe(false);
    expect(checkOutcomeDetails({ outcome: 'met', followUp: 'rebook_link' }).ok).toBe(false);
    expect(checkOutcomeDetails({ outcome: 'met', followUp: 'none' }).ok).toBe(true);
  });
});

describe('attempts standard', () => {
  it('is 3 reasonable attempts for gas safety checks, citing where it comes from', () => {
    const standard = attemptStandard('gas_safety_check');
    expect(standard?.attempts).toBe(3);
    expect(standard?.source).toMatch(/reg\. 36/);
    expect(standard?.source).toMatch(/002 §8\.11/);
  });

  it('is none for every other visit type', () => {
    for (const type of appointmentTypes.filter((t) => t !== 'gas_safety_check'))
      expect(attemptStandard(type)).toBeNull();
  });

  it('says what comes next after each failed gas attempt, and refers on after the third', () => {
    expect(nextStepAfterNoAccess('gas_safety_check', 1)).toMatch(/^First attempt failed.*2 more/);
    expect(nextStepAfterNoAccess('gas_safety_check', 2)).toMatch(/^Second attempt failed.*1 more/);
    expect(nextStepAfterNoAccess('gas_safety_check', 3)).toBe(
      'Third attempt failed: refer to the gas safety team for access (3 reasonable attempts made).',
    );
    expect(nextStepAfterNoAccess('gas_safety_check', 7)).toMatch(/^7th attempt failed: refer/);
    expect(nextStepAfterNoAccess('tenancy_visit', 1)).toMatch(/rebook link/);
  });
});
