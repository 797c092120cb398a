import type { ReactNode } from 'react';

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  /** A "Change" link or button; include hidden text naming what it changes. */
  action?: ReactNode;
}

/** GOV.UK summary list: what someone has told us, as terms and descriptions. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="ds-summary-list">
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed for a page.
        <div className="ds-summary-list__row" key={index}>
          <dt className="ds-summary-list__key">{row.key}</dt>
          <dd className="ds-summary-list__value">{row.value}</dd>
          {row.action ? <dd className="ds-summary-list__action">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
