import type { ReactNode } from 'react';

export interface StatusMessageProps {
  kind: 'loading' | 'error' | 'info';
  children: ReactNode;
}

/** Loading and errors announced politely (or at once, for errors) to screen readers. */
export function StatusMessage({ kind, children }: StatusMessageProps) {
  return (
    <div
      className={`ds-status ds-status--${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live={kind === 'error' ? 'assertive' : 'polite'}
    >
      {children}
    </div>
  );
}
