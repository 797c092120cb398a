import type { ReactNode } from 'react';
import type { Draft } from './draft';
import type { Problem } from './problems';

/** What every section of the record gets: the draft, a way to change it, and the refusals. */
export interface SectionProps {
  draft: Draft;
  update: (change: Partial<Draft>) => void;
  problems: Problem[];
}

/** The id of a section's error, for its first control's aria-describedby. */
export const sectionErrorId = (sectionId: string) => `${sectionId}-error`;

/**
 * One headed part of the record. Its heading is a landmark name, so a screen reader user can
 * move section by section; an error about the section as a whole shows under the heading.
 */
export function RecordSection({
  id,
  title,
  error,
  children,
}: {
  id: string;
  title: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <section className="lw-section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {error ? (
        <p className="ds-field__error lw-section__error" id={sectionErrorId(id)}>
          <span className="ds-visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </section>
  );
}
