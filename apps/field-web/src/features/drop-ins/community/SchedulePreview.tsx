import { StatusMessage } from '@doorstep/ui';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';
import { longDate } from './format';
import { OccurrenceSummary } from './OccurrenceSummary';
import type { PreviewInput } from './types';
import { useDebounced } from './useDebounced';

/**
 * What the schedule will do, asked of the API after each pause in typing: its description,
 * the next 12 dates with clashes marked, or the reason the rule cannot be used. Only the
 * description and the refusal are live regions; the list would be too much to hear each time.
 */
export function SchedulePreview({ input }: { input: PreviewInput | null }) {
  const trpc = useTRPC();
  const settled = useDebounced(input);
  const preview = useQuery(
    trpc.dropIns.series.preview.queryOptions(settled ?? skipToken, {
      placeholderData: keepPreviousData,
      retry: false,
      staleTime: 60_000,
    }),
  );
  const refused = preview.isError ? preview.error.message : null;
  return (
    <section className="dc-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <div aria-live="polite">
        {settled === null ? (
          <p>Choose a venue, a start date and times to see the dates this gives.</p>
        ) : null}
        {refused ? (
          <div className="ds-warning">
            <p>This schedule cannot be used:</p>
            <p>{refused}</p>
          </div>
        ) : null}
        {preview.data && !refused ? (
          <p>
            <strong>{preview.data.description}</strong>. Last session{' '}
            {longDate(preview.data.endsOn)}; at most {preview.data.perYear} in a year.
          </p>
        ) : null}
      </div>
      {settled !== null && !preview.data && !refused ? (
        <StatusMessage kind="loading">Working out the dates…</StatusMessage>
      ) : null}
      {preview.data && !refused ? (
        <>
          <h3>The next {preview.data.occurrences.length} dates</h3>
          <ol aria-label="The next dates">
            {preview.data.occurrences.map((occurrence) => (
              <li key={occurrence.originalDate}>
                <OccurrenceSummary occurrence={occurrence} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
