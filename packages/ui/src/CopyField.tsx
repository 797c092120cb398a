import { useId, useRef, useState } from 'react';

export interface CopyFieldProps {
  label: string;
  value: string;
  hint?: string;
  copyLabel?: string;
  copiedMessage?: string;
  /** Said when the browser will not copy: the text is selected for the person to copy. */
  failedMessage?: string;
}

/**
 * A long value (a private link) shown read-only with a Copy button. The result is announced
 * in a status region that is on the page from the start, so screen readers hear it.
 */
export function CopyField({
  label,
  value,
  hint,
  copyLabel = 'Copy',
  copiedMessage = 'Copied.',
  failedMessage = 'Could not copy automatically: the address is selected, copy it with your phone’s menu.',
}: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setMessage(copiedMessage);
    } catch {
      input.current?.focus();
      input.current?.select();
      setMessage(failedMessage);
    }
  }
  return (
    <div className="ds-field ds-copy-field">
      <label className="ds-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="ds-field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="ds-copy-field__row">
        <input
          ref={input}
          id={id}
          type="text"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="ds-button ds-button--secondary" onClick={copy}>
          {copyLabel}
        </button>
      </div>
      <p role="status" className="ds-copy-field__status">
        {message}
      </p>
    </div>
  );
}
