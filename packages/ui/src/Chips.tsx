import type { ReactNode } from 'react';

export interface Chip {
  key: string;
  /** The whole message, in words: the icon only repeats it. */
  text: string;
  /** A decorative picture of the kind of need; hidden from screen readers. */
  icon?: ReactNode;
  /** Warnings (a contact restriction, an overdue review) stand out by more than colour. */
  emphasis?: 'normal' | 'warning';
}

export interface ChipsProps {
  chips: readonly Chip[];
  /** Names the list for screen readers, e.g. "Before you knock". */
  label: string;
  /** Read before a warning chip's words by screen readers, e.g. "Warning:". */
  warningPrefix?: string;
}

/**
 * Short facts as a list of chips, each an icon and its words. Warning chips carry a heavier
 * border, bold text, a warning sign and a spoken prefix, so they stand out without colour.
 */
export function Chips({ chips, label, warningPrefix = 'Warning:' }: ChipsProps) {
  if (chips.length === 0) return null;
  return (
    <ul className="ds-chips" aria-label={label}>
      {chips.map((chip) => {
        const warning = chip.emphasis === 'warning';
        return (
          <li key={chip.key} className={warning ? 'ds-chip ds-chip--warning' : 'ds-chip'}>
            {warning ? <WarningSign /> : (chip.icon ?? null)}
            <span>
              {warning ? <span className="ds-visually-hidden">{warningPrefix} </span> : null}
              {chip.text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function WarningSign() {
  return (
    <svg
      className="ds-chip__icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M12 2 23 21H1z" fill="currentColor" />
      <path d="M12 9v5M12 17v1" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
