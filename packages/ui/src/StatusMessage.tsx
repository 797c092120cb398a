import type { ReactNode } from 'react';

export interface StatusMessageProps {
  kind: 'loading' | 'error' | 'info';
  children: ReactNode;
  /**
   * Stands in for a whole page while it loads: it holds the viewport's height, so the footer
   * starts below the fold and does not jump when the page fills in (layout shift).
   */
  page?: boolean;
}

/** Loading and errors announced politely (or at once, for errors) to screen readers. */
export function StatusMessage({ kind, children, page = false }: StatusMessageProps) {
  return (
    <div
      className={`ds-status ds-status--${kind}${page ? ' ds-status--page' : ''}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live={kind === 'error' ? 'assertive' : 'polite'}
    >
      {children}
    </div>
  );
}
