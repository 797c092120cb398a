import { type ReactNode, useId } from 'react';
import { FieldMessages } from './FieldMessages';

export interface CheckboxesProps {
  /** The question; a fieldset's legend, so screen readers say it with each choice. */
  legend: ReactNode;
  options: { value: string; label: ReactNode }[];
  /** What is ticked now. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  hint?: ReactNode;
  error?: string | undefined;
  errorPrefix?: string;
  /** The id of the first checkbox, for the error summary to link to. */
  firstId?: string | undefined;
}

/** A GOV.UK checkboxes fieldset: legend, hint, error, then the choices, each a 44px target. */
export function Checkboxes({
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  errorPrefix = 'Error:',
  firstId,
}: CheckboxesProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'ds-field ds-field--error' : 'ds-field'}>
      <fieldset className="ds-fieldset" aria-describedby={describedBy}>
        <legend className="ds-fieldset__legend ds-fieldset__legend--medium">{legend}</legend>
        <FieldMessages
          hint={hint}
          hintId={hintId}
          error={error}
          errorId={errorId}
          errorPrefix={errorPrefix}
        />
        {options.map((option, index) => {
          const optionId = index === 0 && firstId ? firstId : `${id}-${index}`;
          return (
            <div className="ds-checkbox" key={option.value}>
              <input
                id={optionId}
                type="checkbox"
                value={option.value}
                checked={value.includes(option.value)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...value, option.value]
                      : value.filter((v) => v !== option.value),
                  )
                }
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
