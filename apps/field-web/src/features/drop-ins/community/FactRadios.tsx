import { type VenueFact, venueFactLabels, venueFacts } from '@doorstep/domain';
import { Radios } from '@doorstep/ui';
import { AnswerIcon, answerWords, type FactAnswer } from './Answer';

const answers: FactAnswer[] = ['yes', 'no', 'unknown'];

/**
 * Each accessibility fact as its own yes / no / not checked question. "Not checked" is kept
 * apart from "no": a venue cannot be published until every fact has been checked.
 */
export function FactRadios({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: Record<VenueFact, FactAnswer>;
  onChange: (fact: VenueFact, answer: FactAnswer) => void;
  error?: string | undefined;
}) {
  return (
    <div className={error ? 'ds-field ds-field--error' : 'ds-field'}>
      <h2>Accessibility</h2>
      <p className="ds-field__hint">Answer only what someone has checked at the venue.</p>
      {error ? (
        <p className="ds-field__error">
          <span className="ds-visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {venueFacts.map((fact, index) => (
        <Radios
          key={fact}
          legend={venueFactLabels[fact]}
          name={`${id}-${fact}`}
          firstId={index === 0 ? id : `${id}-${fact}`}
          value={value[fact]}
          onChange={(answer) => onChange(fact, answer as FactAnswer)}
          options={answers.map((answer) => ({
            value: answer,
            label: (
              <span className="dc-answer">
                <AnswerIcon answer={answer} />
                {answerWords[answer]}
              </span>
            ),
          }))}
        />
      ))}
    </div>
  );
}
