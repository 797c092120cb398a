import { SUPPRESS_BELOW, SUPPRESSED_LABEL } from '@doorstep/domain';
import { TableRegion } from '@doorstep/ui';
import { type ReactNode, useId } from 'react';
import { count, intervalText, ofText, percent } from './format';
import type { Fairness, FairnessRow } from './types';

/** The words in the flag column: the marker is text, never colour alone (WCAG 1.4.1). */
export const FLAGGED_TEXT = 'Flagged: lower than overall';

/** "2 groups are flagged: Large print (format), 75 and over (age band)." */
export function describeFlags(rows: readonly FairnessRow[]): string {
  const flagged = rows.filter((row) => row.flagged);
  if (flagged.length === 0)
    return 'No group is flagged: no group’s 95% interval lies wholly below the overall rate.';
  const names = flagged.map((row) => `${row.groupLabel} (${row.dimensionLabel.toLowerCase()})`);
  return `${flagged.length === 1 ? '1 group is' : `${flagged.length} groups are`} flagged, because the whole 95% interval lies below the overall rate: ${names.join(', ')}.`;
}

function Figures({ row }: { row: FairnessRow }) {
  if (row.suppressed || row.rate === null || row.counted === null || row.met === null) {
    return (
      <td colSpan={3} className="mon-suppressed">
        {row.note ?? SUPPRESSED_LABEL}
      </td>
    );
  }
  return (
    <>
      <td className="ds-nowrap">{percent(row.rate)}</td>
      <td className="ds-nowrap">{intervalText(row.low, row.high)}</td>
      <td className="ds-nowrap">{ofText(row.met, row.counted)}</td>
    </>
  );
}

/**
 * A rate measure split by customer group, flagged groups first (the domain sorts them). Small
 * groups show the domain's note ("fewer than 10") instead of figures, so nobody can be
 * identified.
 */
export function FairnessTable({
  label,
  fairness,
  download,
}: {
  label: string;
  fairness: Pick<Fairness, 'overall' | 'rows'>;
  download?: ReactNode;
}) {
  const id = useId();
  const { overall, rows } = fairness;
  return (
    <section className="mon-fairness" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{label}, by customer group</h3>
      <p>
        Overall: {percent(overall.rate)} ({ofText(overall.met, overall.counted)}), 95% interval{' '}
        {intervalText(overall.low, overall.high)}. {describeFlags(rows)}
      </p>
      {rows.length === 0 ? (
        <p>No customer groups were counted for this measure.</p>
      ) : (
        <TableRegion captionId={`${id}-caption`}>
          <caption id={`${id}-caption`}>
            {label}: rate by customer group, flagged groups first
          </caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Rate</th>
              <th scope="col">95% interval</th>
              <th scope="col">Met of counted</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={`${row.dimension}:${row.group}`}
                className={row.flagged ? 'mon-flagged' : undefined}
              >
                <th scope="row">
                  <span className="mon-dimension">{row.dimensionLabel}: </span>
                  {row.groupLabel}
                  {row.flagged ? (
                    <strong className="mon-flag">
                      <span aria-hidden="true">▼ </span>
                      {FLAGGED_TEXT}
                    </strong>
                  ) : null}
                </th>
                <Figures row={row} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All customers</th>
              <td className="ds-nowrap">{percent(overall.rate)}</td>
              <td className="ds-nowrap">{intervalText(overall.low, overall.high)}</td>
              <td className="ds-nowrap">{ofText(overall.met, overall.counted)}</td>
            </tr>
          </tfoot>
        </TableRegion>
      )}
      {download ? <div className="mon-actions">{download}</div> : null}
      <p className="ds-secondary">
        Groups of fewer than {count(SUPPRESS_BELOW)} customers are not shown, so nobody can be
        identified.
      </p>
    </section>
  );
}
