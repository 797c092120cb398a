import type { ReactNode } from 'react';

/**
 * A table in a region that scrolls sideways on a narrow phone rather than the whole page.
 * The region takes focus so keyboard users can scroll it too (WCAG 2.1.1), and is named by
 * the table's caption. Children are the caption, head and body.
 */
export function TableRegion({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus.
    <section className="ds-table-wrapper" tabIndex={0} aria-labelledby={captionId}>
      <table className="ds-table">{children}</table>
    </section>
  );
}
