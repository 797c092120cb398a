import { useEffect, useRef } from 'react';

export interface ErrorSummaryProps {
  /** "There is a problem", in the page's language. */
  title: string;
  /** Each problem, linked to the field it is about when there is one. */
  errors: { text: string; href?: string | undefined; lang?: string | undefined }[];
}

/**
 * GOV.UK error summary: at the top of the page, takes focus when it appears (or changes), so
 * screen reader and keyboard users hear what went wrong and can jump to each field.
 */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.text).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new set of errors is the trigger.
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div
      className="ds-error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.text} lang={error.lang}>
            {error.href ? <a href={error.href}>{error.text}</a> : error.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
