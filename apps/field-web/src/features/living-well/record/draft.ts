import type { ContactChannel, WrittenFormat } from '@doorstep/domain';
import { characteristicKinds, referralServices } from './labels';
import type {
  CharacteristicKind,
  EditableAccessNeeds,
  Outcome,
  RecordForm,
  RecordInput,
  ReferralService,
} from './types';

export interface HouseholdRow {
  /** Stable across removals, so React keeps each row's inputs (and focus) with its person. */
  key: number;
  name: string;
  relationship: string;
  birthYear: string;
}

export interface CharacteristicAnswer {
  consent: boolean;
  value: string | null;
}

/**
 * Everything the advisor has entered, kept as typed (strings for numbers) so that a refused
 * save loses nothing and the form shows exactly what was there.
 */
export interface Draft {
  heldOn: string;
  outcome: Outcome | null;
  declineReason: string;
  phone: string;
  email: string;
  household: HouseholdRow[];
  language: string;
  format: WrittenFormat;
  channel: ContactChannel;
  /** The advisor has said the access needs changed; only then are they sent. */
  accessChanged: boolean;
  accessNeeds: EditableAccessNeeds;
  characteristics: Record<CharacteristicKind, CharacteristicAnswer>;
  referrals: Record<ReferralService, { wanted: boolean; note: string }>;
  notes: string;
}

export const NOTES_MAX = 2000;
export const REFERRAL_NOTE_MAX = 1000;

/**
 * Unsaved records by tenancy, in memory only (never in storage: they may hold special
 * category answers), so following a link away from the form and back loses nothing.
 */
export const unsavedDrafts = new Map<string, Draft>();

let nextKey = 1;
export const newHouseholdRow = (person: Partial<Omit<HouseholdRow, 'key'>> = {}): HouseholdRow => ({
  key: nextKey++,
  name: person.name ?? '',
  relationship: person.relationship ?? '',
  birthYear: person.birthYear ?? '',
});

/** The form as the tenant's record stands today, dated today. */
export function draftFromForm(form: RecordForm, today: string): Draft {
  const recorded = new Map(
    form.characteristics.flatMap((c) =>
      c.consent && c.value !== null ? [[c.characteristic, c.value] as const] : [],
    ),
  );
  return {
    heldOn: today,
    outcome: null,
    declineReason: '',
    phone: form.contact.phone ?? '',
    email: form.contact.email ?? '',
    household: form.household.map((person) =>
      newHouseholdRow({
        name: person.name,
        relationship: person.relationship,
        birthYear: person.birthYear === null ? '' : String(person.birthYear),
      }),
    ),
    language: form.preferences.language,
    format: form.preferences.format,
    channel: form.preferences.channel,
    accessChanged: false,
    accessNeeds: form.accessNeeds,
    characteristics: Object.fromEntries(
      characteristicKinds.map((kind) => {
        const value = recorded.get(kind) ?? null;
        return [kind, { consent: value !== null, value }];
      }),
    ) as Draft['characteristics'],
    referrals: Object.fromEntries(
      referralServices.map((service) => [service, { wanted: false, note: '' }]),
    ) as Draft['referrals'],
    notes: '',
  };
}

const isBlank = (row: HouseholdRow) =>
  !row.name.trim() && !row.relationship.trim() && !row.birthYear.trim();

/** Problems the browser can see before asking the API: only what a field's type implies. */
export function localProblems(draft: Draft): { field: string; text: string }[] {
  const problems: { field: string; text: string }[] = [];
  draft.household.forEach((row, index) => {
    if (!isBlank(row) && row.birthYear.trim() && !/^\d{4}$/.test(row.birthYear.trim())) {
      problems.push({
        field: `household-${row.key}-birthYear`,
        text: `Give person ${index + 1}’s birth year as 4 digits, like 1984, or leave it empty`,
      });
    }
  });
  return problems;
}

const orNull = (text: string) => text.trim() || null;

/**
 * Only the characteristics whose answer changed: a new or different answer with consent, or
 * consent withdrawn from one on record (which removes it). Untouched ones stay as they are.
 */
function changedCharacteristics(draft: Draft, form: RecordForm) {
  const recorded = new Map(
    form.characteristics.map((c) => [c.characteristic, c.consent ? c.value : null] as const),
  );
  return characteristicKinds.flatMap((characteristic) => {
    const answer = draft.characteristics[characteristic];
    const before = recorded.get(characteristic) ?? null;
    if (answer.consent && answer.value && answer.value !== before) {
      return [{ characteristic, value: answer.value, consent: true }];
    }
    if (!answer.consent && before !== null) return [{ characteristic, consent: false }];
    return [];
  });
}

/**
 * What is sent to livingWell.record. When the meeting did not happen only the attempt is
 * sent: nothing was reviewed, so the API changes nothing else, records no characteristic
 * and makes no referral.
 */
export function inputFromDraft(draft: Draft, form: RecordForm): RecordInput {
  const attempt: RecordInput = {
    tenancyId: form.tenancy.id,
    heldOn: draft.heldOn,
    // An unchosen outcome goes to the API as it is, which says in its words what is missing.
    outcome: draft.outcome as Outcome,
    ...(draft.outcome === 'declined' ? { declineReason: draft.declineReason.trim() } : {}),
    notes: orNull(draft.notes),
  };
  if (draft.outcome === 'no_access' || draft.outcome === 'declined') return attempt;
  const preferences = { language: draft.language, format: draft.format, channel: draft.channel };
  return {
    ...attempt,
    contact: { phone: orNull(draft.phone), email: orNull(draft.email) },
    household: draft.household
      .filter((row) => !isBlank(row))
      .map((row) => ({
        name: row.name.trim(),
        relationship: row.relationship.trim(),
        birthYear: row.birthYear.trim() ? Number(row.birthYear.trim()) : null,
      })),
    preferences,
    ...(draft.accessChanged
      ? {
          accessNeeds: {
            ...draft.accessNeeds,
            // One answer for language, format and channel: the preferences above.
            preferredLanguage: preferences.language,
            writtenFormat: preferences.format,
            contactChannel: preferences.channel,
          },
        }
      : {}),
    characteristics: changedCharacteristics(draft, form),
    referrals: referralServices.flatMap((service) => {
      const referral = draft.referrals[service];
      return referral.wanted ? [{ service, note: orNull(referral.note) }] : [];
    }),
  };
}
