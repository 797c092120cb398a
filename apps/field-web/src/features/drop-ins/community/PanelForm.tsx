import { Button, ErrorSummary } from '@doorstep/ui';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';

/**
 * A small form opened in place under one session (change it, record attendance, link
 * someone). Its heading takes focus when it opens, so keyboard and screen reader users are
 * taken to it; "Close" puts it away unsent.
 */
export function PanelForm({
  id,
  heading,
  problems,
  onSubmit,
  submitLabel,
  submitVariant = 'primary',
  busy,
  closeLabel = 'Close',
  onClose,
  children,
}: {
  id: string;
  heading: string;
  problems: { text: string; href?: string | undefined }[];
  onSubmit: () => void;
  submitLabel: string;
  submitVariant?: 'primary' | 'warning';
  busy: boolean;
  closeLabel?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className="dc-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1} ref={ref}>
        {heading}
      </h3>
      <ErrorSummary title="There is a problem" errors={problems} />
      {children}
      <div className="ds-button-group">
        <Button type="submit" variant={submitVariant} disabled={busy}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {closeLabel}
        </Button>
      </div>
    </form>
  );
}
