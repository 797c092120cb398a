import type { ReactNode } from 'react';

/**
 * The hint and the error of a field or fieldset, each with the id the control's
 * aria-describedby points at. The prefix ("Error:") is read by screen readers only.
 */
export function FieldMessages(props: {
  hint?: ReactNode;
  hintId: string | undefined;
  error?: string | undefined;
  errorId: string | undefined;
  errorPrefix: string;
}) {
  return (
    <>
      {props.hint ? (
        <div className="ds-field__hint" id={props.hintId}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <p className="ds-field__error" id={props.errorId}>
          <span className="ds-visually-hidden">{props.errorPrefix} </span>
          {props.error}
        </p>
      ) : null}
    </>
  );
}
