import type { ContactChannel, WrittenFormat } from '@doorstep/domain';
import { FormField, Radios } from '@doorstep/ui';
import { useState } from 'react';
import { channelLabels, formatLabels, languageName, noticeLanguages } from './labels';
import { errorFor, fieldId } from './problems';
import { RecordSection, type SectionProps, sectionErrorId } from './RecordSection';

const OTHER = 'other';
const formats = Object.entries(formatLabels).map(([value, label]) => ({ value, label }));
const channels = Object.entries(channelLabels).map(([value, label]) => ({ value, label }));

/**
 * Language, written format and contact channel (000 §2.11, §2.15). These change the tenant's
 * profile when the record is saved, so the section says so before anything is touched.
 */
export function PreferencesSection({ draft, update, problems }: SectionProps) {
  const listed: readonly string[] = noticeLanguages;
  // A language outside the six is typed as a code; the list shows it too once it is on record.
  const [initial] = useState(draft.language);
  const choices = listed.includes(initial) ? listed : [...listed, initial];
  const [typing, setTyping] = useState(false);
  const error = errorFor(problems, 'preferences');
  const described = error ? sectionErrorId('preferences-section') : undefined;

  return (
    <RecordSection id="preferences-section" title="Language and contact" error={error}>
      <p className="ds-inset">
        Changes here update the tenant’s profile when you save the record: their letters, texts and
        notices follow them from then on. We record who changed them and when.
      </p>
      <FormField
        label="Language"
        hint="Letters and texts come in this language where we can; we use a telephone interpreter for others."
      >
        <select
          id={fieldId('preferences')}
          name="language"
          value={typing ? OTHER : draft.language}
          onChange={(event) => {
            const value = event.target.value;
            setTyping(value === OTHER);
            if (value !== OTHER) update({ language: value });
          }}
          aria-describedby={described}
        >
          {choices.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)}
            </option>
          ))}
          <option value={OTHER}>Another language…</option>
        </select>
      </FormField>
      {typing ? (
        <FormField label="Language code" hint="For example so for Somali, fa for Farsi">
          <input
            id="lw-language-code"
            name="languageCode"
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            className="lw-input--code"
            value={draft.language}
            onChange={(event) => update({ language: event.target.value.trim() })}
          />
        </FormField>
      ) : null}
      <Radios
        legend="Written format"
        name="format"
        options={formats}
        value={draft.format}
        onChange={(value) => update({ format: value as WrittenFormat })}
        describedBy={described}
      />
      <Radios
        legend="How they would like us to contact them"
        name="channel"
        options={channels}
        value={draft.channel}
        onChange={(value) => update({ channel: value as ContactChannel })}
        describedBy={described}
      />
    </RecordSection>
  );
}
