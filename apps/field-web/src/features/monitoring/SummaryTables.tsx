import { TableRegion } from '@doorstep/ui';
import { type ReactNode, useId } from 'react';
import { count, ofText, percent } from './format';
import type { SummaryMeasure } from './types';

type Lookup = (id: string) => SummaryMeasure | undefined;

interface Column {
  heading: string;
  measure: SummaryMeasure | undefined;
}

/**
 * Groups (channels, areas) down the side and a count measure per column, from the measures'
 * breakdowns; a group missing from one measure counts nought there.
 */
function GroupCountsTable({
  caption,
  groupHeading,
  dimension,
  columns,
}: {
  caption: string;
  groupHeading: string;
  dimension: string;
  columns: Column[];
}) {
  const id = useId();
  const groups = new Map<string, string>();
  for (const column of columns) {
    for (const line of column.measure?.breakdown ?? []) {
      if (line.dimension === dimension) groups.set(line.group, line.label);
    }
  }
  const cell = (column: Column, group: string) =>
    column.measure?.breakdown.find((line) => line.dimension === dimension && line.group === group)
      ?.counted ?? 0;
  if (groups.size === 0) return <p>Nothing was recorded for {caption.toLowerCase()}.</p>;
  return (
    <TableRegion captionId={`${id}-caption`}>
      <caption id={`${id}-caption`}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeading}</th>
          {columns.map((column) => (
            <th scope="col" key={column.heading}>
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...groups].map(([group, label]) => (
          <tr key={group}>
            <th scope="row">{label}</th>
            {columns.map((column) => (
              <td key={column.heading}>{count(cell(column, group))}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All</th>
          {columns.map((column) => (
            <td key={column.heading}>{count(column.measure?.counted ?? 0)}</td>
          ))}
        </tr>
      </tfoot>
    </TableRegion>
  );
}

export function ChannelsTable({ measure }: { measure: Lookup }) {
  return (
    <GroupCountsTable
      caption="Bookings and contacts by channel, last 12 months"
      groupHeading="Channel"
      dimension="channel"
      columns={[
        { heading: 'Bookings', measure: measure('bookings_by_channel') },
        { heading: 'Contacts', measure: measure('contacts_by_channel') },
      ]}
    />
  );
}

export function DropInAreasTable({ measure }: { measure: Lookup }) {
  return (
    <GroupCountsTable
      caption="Drop-ins by area, last 12 months"
      groupHeading="Area"
      dimension="area"
      columns={[
        { heading: 'Sessions held', measure: measure('drop_in_sessions') },
        { heading: 'People who came', measure: measure('drop_in_attendance') },
      ]}
    />
  );
}

export function DropInTopicsTable({ measure }: { measure: Lookup }) {
  return (
    <GroupCountsTable
      caption="Topics raised at drop-ins, last 12 months"
      groupHeading="Topic"
      dimension="topic"
      columns={[{ heading: 'Times raised', measure: measure('drop_in_topics') }]}
    />
  );
}

export const safetyMeasures = ['gas_checks', 'electrical_checks', 'damp_mould_investigations'];

const stateCount = (measure: SummaryMeasure, ...states: string[]) =>
  measure.breakdown
    .filter((line) => line.dimension === 'state' && states.includes(line.group))
    .reduce((sum, line) => sum + line.counted, 0);

/** Due, met in time and at risk in the next 30 days, for each safety deadline. */
export function SafetyTable({ measure, download }: { measure: Lookup; download?: ReactNode }) {
  const id = useId();
  const rows = safetyMeasures.map(measure).filter((m): m is SummaryMeasure => m !== undefined);
  if (rows.length === 0) return <p>No safety deadlines have been counted yet.</p>;
  return (
    <>
      <TableRegion captionId={`${id}-caption`}>
        <caption id={`${id}-caption`}>
          Safety deadlines, last 12 months and the next 30 days
        </caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Fell due</th>
            <th scope="col">Met in time</th>
            <th scope="col">At risk, next 30 days</th>
            <th scope="col">Overdue now</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>{count(row.counted)}</td>
              <td>
                {row.counted === 0 ? '0' : `${ofText(row.met, row.counted)} (${percent(row.rate)})`}
              </td>
              <td>{count(stateCount(row, 'at_risk'))}</td>
              <td>{count(stateCount(row, 'overdue', 'late'))}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      {download ? <div className="mon-actions">{download}</div> : null}
    </>
  );
}
