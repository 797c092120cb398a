import { type ReactNode, useId } from 'react';
import { FieldMessages } from './FieldMessages';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface RadiosProps {
  /** The question; a fieldset's legend, so screen readers say it with each choice. */
  legend: ReactNode;
  /** Render the legend as the page heading's size (for one-question pages). */
  legendSize?: 'large' | 'medium';
  name: string;
  options: RadioOption[];
  /** Nothing is chosen until the person chooses (GOV.UK: never pre-select). */
  value: string | null;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Read before the error by screen readers, e.g. "Error:" in the page's language. */
  errorPrefix?: string;
  /** The id of the first radio, for the error summary to link to. */
  firstId?: string | undefined;
  /** Extra description for the group, e.g. an error shown above several fieldsets. */
  describedBy?: string | undefined;
}

/** A GOV.UK radios fieldset: legend, hint, error, then the choices, each with a big target. */
export function Radios({
  legend,
  legendSize = 'medium',
  name,
  options,
  value,
  onChange,
  hint,
  error,
  errorPrefix = 'Error:',
  firstId,
  describedBy: extraDescription,
}: RadiosProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [extraDescription, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'ds-field ds-field--error' : 'ds-field'}>
      <fieldset className="ds-fieldset" aria-describedby={describedBy}>
        <legend className={`ds-fieldset__legend ds-fieldset__legend--${legendSize}`}>
          {legend}
        </legend>
        <FieldMessages
          hint={hint}
          hintId={hintId}
          error={error}
          errorId={errorId}
          errorPrefix={errorPrefix}
        />
        <div className="ds-radios">
          {options.map((option, index) => {
            const optionId = index === 0 && firstId ? firstId : `${id}-${index}`;
            return (
              <div className="ds-radios__item" key={option.value}>
                <input
                  className="ds-radios__input"
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className="ds-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="ds-radios__hint" id={`${optionId}-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
