import type { Clash, Occurrence } from '@doorstep/domain';
import { longDate, timeSpan } from './format';

const statusWords = {
  scheduled: null,
  moved: 'Moved',
  skipped: 'Skipped',
  cancelled: 'Cancelled',
} as const;

export const describeClash = (clash: Clash) =>
  clash.kind === 'bank_holiday'
    ? `clashes with a bank holiday (${clash.name})`
    : `clashes with a venue closure (${clash.name})`;

/**
 * When an occurrence happens and, in words, anything unusual about it: moved, skipped or
 * cancelled, and why. The tag has a border and words, so colour is never the only signal.
 */
export function OccurrenceSummary({
  occurrence,
  venueName,
}: {
  occurrence: Occurrence;
  /** Shown when it differs from the series' usual venue. */
  venueName?: string | undefined;
}) {
  const tag = statusWords[occurrence.status];
  const off = occurrence.status === 'skipped' || occurrence.status === 'cancelled';
  return (
    <>
      <p>
        {tag ? <span className={`dc-tag dc-tag--${occurrence.status}`}>{tag}</span> : null}
        <strong className={off ? 'dc-struck' : undefined}>
          {longDate(occurrence.date)}, {timeSpan(occurrence.startTime, occurrence.endTime)}
        </strong>
        {venueName ? ` at ${venueName}` : ''}
      </p>
      {occurrence.date !== occurrence.originalDate ? (
        <p>Instead of {longDate(occurrence.originalDate)}.</p>
      ) : null}
      {occurrence.clash ? (
        <p>
          {longDate(occurrence.originalDate)} {describeClash(occurrence.clash)}
          {occurrence.status === 'skipped' ? ', so it is skipped.' : '.'}
        </p>
      ) : null}
      {occurrence.reason ? <p>Reason: {occurrence.reason}</p> : null}
    </>
  );
}
