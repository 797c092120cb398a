import { describe, expect, it } from 'vitest';
import { type OutcomeDraft, outcomeInput } from './outcomeDraft';

const visit = { id: '0b7d3c1e-6f7a-4c55-9a59-1d5f0f3c9a10', version: 4 };
const now = new Date('2026-06-10T10:00:00Z'); // 11:00 in London
const key = () => 'c3a4f1de-5b0e-4d1c-8d0e-2b7a9c6e4f11';
const blank: OutcomeDraft = {
  outcome: null,
  occurredAt: '2026-06-10T10:55',
  cardLeft: null,
  followUp: null,
  slot: null,
  note: '',
};

describe('an outcome ready to send', () => {
  it('asks for what happened, and for a card and follow-up after no access', () => {
    expect(outcomeInput(blank, visit, now, key)).toEqual({
      problems: [{ field: 'outcome', text: 'Choose what happened' }],
    });
    const noAccess = outcomeInput({ ...blank, outcome: 'no_access' }, visit, now, key);
    expect(noAccess).toEqual({
      problems: [
        { field: 'cardLeft', text: 'Say whether you left a calling card' },
        { field: 'followUp', text: 'Choose the follow-up' },
      ],
    });
    const noSlot = outcomeInput(
      { ...blank, outcome: 'unsafe_to_enter', followUp: 'second_attempt' },
      visit,
      now,
      key,
    );
    expect(noSlot).toEqual({
      problems: [{ field: 'slot', text: 'Choose a time for the second attempt' }],
    });
  });

  it('refuses a time in the future or more than a week ago, with the reason', () => {
    const future = outcomeInput(
      { ...blank, outcome: 'met', occurredAt: '2026-06-10T11:30' },
      visit,
      now,
      key,
    );
    expect(future).toMatchObject({
      problems: [{ field: 'occurredAt', text: expect.stringMatching(/in the future/) }],
    });
    const old = outcomeInput(
      { ...blank, outcome: 'met', occurredAt: '2026-06-01T09:00' },
      visit,
      now,
      key,
    );
    expect(old).toMatchObject({
      problems: [{ field: 'occurredAt', text: expect.stringMatching(/more than 7 days ago/) }],
    });
    expect(
      outcomeInput({ ...blank, outcome: 'met', occurredAt: '' }, visit, now, key),
    ).toMatchObject({ problems: [{ field: 'occurredAt' }] });
  });

  it('sends no access with the card, the second attempt and the version the advisor saw', () => {
    const result = outcomeInput(
      {
        ...blank,
        outcome: 'no_access',
        cardLeft: 'yes',
        followUp: 'second_attempt',
        slot: '2026-06-12T09:00:00.000Z',
        note: '  Curtains drawn. ',
      },
      visit,
      now,
      key,
    );
    expect(result).toEqual({
      input: {
        idempotencyKey: key(),
        appointmentId: visit.id,
        expectedVersion: 4,
        outcome: 'no_access',
        occurredAt: '2026-06-10T09:55:00Z',
        cardLeft: true,
        followUp: { kind: 'second_attempt', start: '2026-06-12T09:00:00.000Z' },
        note: 'Curtains drawn.',
      },
    });
  });

  it('sends neither card nor follow-up with a visit that went ahead', () => {
    const result = outcomeInput(
      { ...blank, outcome: 'met', cardLeft: 'yes', followUp: 'rebook_link' },
      visit,
      now,
      key,
    );
    expect(result).toEqual({
      input: {
        idempotencyKey: key(),
        appointmentId: visit.id,
        expectedVersion: 4,
        outcome: 'met',
        occurredAt: '2026-06-10T09:55:00Z',
      },
    });
  });

  it('refuses a note over the limit', () => {
    const result = outcomeInput(
      { ...blank, outcome: 'met', note: 'x'.repeat(1001) },
      visit,
      now,
      key,
    );
    expect(result).toEqual({
      problems: [{ field: 'note', text: 'The note must be 1,000 characters or fewer' }],
    });
  });
});
