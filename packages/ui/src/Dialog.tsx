import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** The close button's words. */
  closeLabel?: string;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes it on Escape and
 * returns focus to the control that opened it, so keyboard and screen readers work as they
 * do everywhere else. Named by its heading.
 */
export function Dialog({ open, onClose, title, children, closeLabel = 'Close' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal; a plain open dialog is the nearest it offers.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog ref={ref} className="ds-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="ds-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="ds-button ds-button--secondary" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
