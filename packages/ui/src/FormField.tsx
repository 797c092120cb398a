import { cloneElement, type ReactElement, useId } from 'react';
import { FieldMessages } from './FieldMessages';

interface ControlProps {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export interface FormFieldProps {
  label: string;
  /** Extra guidance, read out with the control. */
  hint?: string;
  /** What is wrong, in plain words; shown above the control and announced with it. */
  error?: string | undefined;
  /** Read before the error by screen readers, e.g. "Error:" in the page's language. */
  errorPrefix?: string;
  children: ReactElement<ControlProps>;
}

/**
 * Label, hint and error message wired to one control (GOV.UK pattern): the error is part of
 * the control's description, so a screen reader says it when the control gets focus.
 */
export function FormField({
  label,
  hint,
  error,
  errorPrefix = 'Error:',
  children,
}: FormFieldProps) {
  const generated = useId();
  const id = children.props.id ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy =
    [children.props['aria-describedby'], hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'ds-field ds-field--error' : 'ds-field'}>
      <label className="ds-field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages
        hint={hint}
        hintId={hintId}
        error={error}
        errorId={errorId}
        errorPrefix={errorPrefix}
      />
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
