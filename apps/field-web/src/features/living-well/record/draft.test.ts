import { describe, expect, it } from 'vitest';
import { draftFromForm, inputFromDraft, localProblems, newHouseholdRow } from './draft';
import { testForm } from './testForm';

const form = testForm;

describe('the meeting record draft', () => {
  it('starts from the record as it stands, dated today, with no outcome chosen', () => {
    const draft = draftFromForm(form, '2026-03-02');
    expect(draft.heldOn).toBe('2026-03-02');
    expect(draft.outcome).toBeNull();
    expect(draft.phone).toBe('0151 000 0000');
    expect(draft.email).toBe('');
    expect(draft.household.map((p) => [p.name, p.birthYear])).toEqual([['Sam Jones', '2008']]);
    expect(draft.characteristics.ethnicity).toEqual({ consent: true, value: 'white' });
    expect(draft.characteristics.religion).toEqual({ consent: false, value: null });
  });

  it('sends what was reviewed, with empty details as null and blank household rows dropped', () => {
    const draft = draftFromForm(form, '2026-03-02');
    draft.outcome = 'met';
    draft.format = 'large_print';
    draft.household = [...draft.household, newHouseholdRow()];
    draft.referrals.money_advice = { wanted: true, note: '  ' };
    draft.referrals.repairs = { wanted: false, note: 'left over' };
    const input = inputFromDraft(draft, form);
    expect(input.contact).toEqual({ phone: '0151 000 0000', email: null });
    expect(input.household).toEqual([{ name: 'Sam Jones', relationship: 'son', birthYear: 2008 }]);
    expect(input.preferences).toEqual({ language: 'en', format: 'large_print', channel: 'post' });
    expect(input.referrals).toEqual([{ service: 'money_advice', note: null }]);
    expect(input.accessNeeds).toBeUndefined();
    expect(input.notes).toBeNull();
  });

  it('sends only the characteristics that changed: a new answer, and consent withdrawn', () => {
    const draft = draftFromForm(form, '2026-03-02');
    draft.outcome = 'met';
    draft.characteristics.religion = { consent: true, value: 'prefer_not_to_say' };
    draft.characteristics.sex = { consent: false, value: 'female' };
    // Consent given but nothing chosen is no answer.
    draft.characteristics.disability = { consent: true, value: null };
    expect(inputFromDraft(draft, form).characteristics).toEqual([
      { characteristic: 'religion', value: 'prefer_not_to_say', consent: true },
      { characteristic: 'sex', consent: false },
    ]);
  });

  it('sends the access needs whole, with the preferences, only once they are said to have changed', () => {
    const draft = draftFromForm(form, '2026-03-02');
    draft.accessChanged = true;
    draft.accessNeeds = { ...draft.accessNeeds, relayUk: true };
    draft.channel = 'sms';
    expect(inputFromDraft(draft, form).accessNeeds).toEqual({
      interpreter: null,
      visitAdjustments: ['knock_loudly'],
      vulnerabilityFlags: [],
      relayUk: true,
      preferredLanguage: 'en',
      writtenFormat: 'standard',
      contactChannel: 'sms',
    });
  });

  it('sends only the attempt when the meeting did not happen', () => {
    const draft = draftFromForm(form, '2026-03-02');
    draft.outcome = 'declined';
    draft.declineReason = ' Too busy this month ';
    draft.format = 'braille';
    draft.referrals.repairs = { wanted: true, note: '' };
    expect(inputFromDraft(draft, form)).toEqual({
      tenancyId: form.tenancy.id,
      heldOn: '2026-03-02',
      outcome: 'declined',
      declineReason: 'Too busy this month',
      notes: null,
    });
  });

  it('catches a birth year that is not a year before asking the API', () => {
    const draft = draftFromForm(form, '2026-03-02');
    const [first] = draft.household;
    if (!first) throw new Error('expected a household row');
    first.birthYear = '08';
    expect(localProblems(draft)).toEqual([
      {
        field: `household-${first.key}-birthYear`,
        text: 'Give person 1’s birth year as 4 digits, like 1984, or leave it empty',
      },
    ]);
  });
});
