import { Radios } from '@doorstep/ui';
import { CheckboxRow } from './CheckboxRow';
import { characteristicKinds, characteristicQuestions, PREFER_NOT_TO_SAY } from './labels';
import { errorFor, fieldId } from './problems';
import { RecordSection, type SectionProps, sectionErrorId } from './RecordSection';
import type { CharacteristicKind } from './types';

/**
 * Protected characteristics (special category data). Nothing is asked unless the tenant
 * agrees to it being recorded, every question can be answered "Prefer not to say", and none
 * is required. The answers never go into the address bar or the console.
 */
export function CharacteristicsSection({ draft, update, problems }: SectionProps) {
  const error = errorFor(problems, 'characteristics');
  const answer = (kind: CharacteristicKind, patch: Partial<{ consent: boolean; value: string }>) =>
    update({
      characteristics: {
        ...draft.characteristics,
        [kind]: { ...draft.characteristics[kind], ...patch },
      },
    });
  return (
    <RecordSection id="characteristics-section" title="About the tenant (optional)" error={error}>
      <p>
        We ask so we can check our services are fair: we compare who uses them and what happens for
        different groups of tenants, and act on any differences we find. Answering is up to the
        tenant, and it changes nothing about the service they get.
      </p>
      <p>Only record an answer if the tenant agrees. They can choose “Prefer not to say”.</p>
      {characteristicKinds.map((kind, index) => {
        const question = characteristicQuestions[kind];
        const current = draft.characteristics[kind];
        const consentId = index === 0 ? fieldId('characteristics') : `lw-consent-${kind}`;
        return (
          <div className="lw-characteristic" key={kind}>
            <h3>{question.legend}</h3>
            <CheckboxRow
              id={consentId}
              label={
                <>
                  The tenant agrees to us recording this
                  <span className="ds-visually-hidden">: {question.legend.toLowerCase()}</span>
                </>
              }
              checked={current.consent}
              onChange={(consent) => answer(kind, { consent })}
              describedBy={error ? sectionErrorId('characteristics-section') : undefined}
            />
            {current.consent ? (
              <div className="lw-reveal">
                <Radios
                  legend={
                    <>
                      Their answer
                      <span className="ds-visually-hidden"> – {question.legend.toLowerCase()}</span>
                    </>
                  }
                  name={`characteristic-${kind}`}
                  options={[
                    ...question.options,
                    { value: PREFER_NOT_TO_SAY, label: 'Prefer not to say' },
                  ]}
                  value={current.value}
                  onChange={(value) => answer(kind, { value })}
                />
              </div>
            ) : null}
          </div>
        );
      })}
    </RecordSection>
  );
}
