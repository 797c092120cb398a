import {
  fairnessMeasures,
  type MeasureId,
  measureDefinitions,
  measureIds,
  rateMeasures,
  volumeMeasures,
} from '@doorstep/domain';
import { Button, FormField, StatusMessage, TableRegion } from '@doorstep/ui';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { isForbidden, scopeInput, useMonitoringAccess } from './access';
import { FLAGGED_TEXT } from './FairnessTable';
import {
  count,
  describeInstant,
  intervalText,
  lastCompleteQuarter,
  longDay,
  ofText,
  percent,
  type Quarter,
  quarterFigure,
  recentQuarters,
  shortDay,
  stockMeasures,
  weeksIn,
} from './format';
import { ScopePicker, useScopeName } from './ScopePicker';
import { WeeksTable } from './TrendChart';
import type { Summary, Trend } from './types';
import { useScope } from './useScope';
import './monitoring.css';

const figure = (kind: 'rate' | 'count', met: number, counted: number) => {
  if (kind === 'count') return count(counted);
  return counted === 0 ? 'nothing counted' : `${percent(met / counted)} (${ofText(met, counted)})`;
};

function Headlines({
  summary,
  trends,
  quarter,
}: {
  summary: Summary;
  trends: Map<MeasureId, Trend>;
  quarter: Quarter;
}) {
  const id = useId();
  return (
    <TableRegion captionId={`${id}-caption`}>
      <caption id={`${id}-caption`}>Each measure in the quarter and over 12 months</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">In the quarter</th>
          <th scope="col">12 months to {shortDay(summary.asOf)}</th>
        </tr>
      </thead>
      <tbody>
        {measureIds.map((measureId) => {
          const year = summary.measures.find((m) => m.id === measureId);
          const weeks = trends.get(measureId)?.weeks;
          const { label, kind } = measureDefinitions[measureId];
          const inQuarter = weeks
            ? quarterFigure(weeksIn(weeks, quarter), stockMeasures.includes(measureId))
            : null;
          return (
            <tr key={measureId}>
              <th scope="row">{label}</th>
              <td>{inQuarter ? figure(kind, inQuarter.met, inQuarter.counted) : 'not loaded'}</td>
              <td>{year ? figure(kind, year.met, year.counted) : 'no figure'}</td>
            </tr>
          );
        })}
      </tbody>
    </TableRegion>
  );
}

/** The week-by-week counts side by side: one table, narrow enough for A4. */
function VolumesTable({ trends, quarter }: { trends: Map<MeasureId, Trend>; quarter: Quarter }) {
  const id = useId();
  const first = trends.get(volumeMeasures[0]);
  const weeks = first ? weeksIn(first.weeks, quarter) : [];
  const value = (measureId: MeasureId, weekStart: string) =>
    trends.get(measureId)?.weeks.find((week) => week.weekStart === weekStart)?.counted ?? 0;
  return (
    <TableRegion captionId={`${id}-caption`}>
      <caption id={`${id}-caption`}>Contacts, bookings and drop-ins, each week</caption>
      <thead>
        <tr>
          <th scope="col">Week beginning</th>
          {volumeMeasures.map((measureId) => (
            <th scope="col" key={measureId}>
              {measureDefinitions[measureId].label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.weekStart}>
            <th scope="row" className="ds-nowrap">
              {shortDay(week.weekStart)}
            </th>
            {volumeMeasures.map((measureId) => (
              <td key={measureId}>{count(value(measureId, week.weekStart))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

/** Every flagged group across the fairness measures, in one table. */
function FlaggedGroups({ patchId }: { patchId: string | undefined }) {
  const trpc = useTRPC();
  const id = useId();
  const tables = useQueries({
    queries: fairnessMeasures.map((measure) =>
      trpc.monitoring.fairness.queryOptions({ measure, ...scopeInput(patchId) }, { retry: false }),
    ),
  });
  if (tables.some((table) => isForbidden(table.error)))
    return (
      <StatusMessage kind="info">
        Only managers and administrators can see how figures differ between customer groups.
      </StatusMessage>
    );
  if (tables.some((table) => table.isPending))
    return <StatusMessage kind="loading">Loading the customer groups…</StatusMessage>;
  const failed = tables.find((table) => table.isError);
  if (failed?.error)
    return (
      <StatusMessage kind="error">
        The customer groups could not be loaded: {failed.error.message}
      </StatusMessage>
    );
  const flagged = fairnessMeasures.flatMap((measure, index) =>
    (tables[index]?.data?.rows ?? [])
      .filter((row) => row.flagged)
      .map((row) => ({ measure, row, overall: tables[index]?.data?.overall })),
  );
  if (flagged.length === 0)
    return <p>No customer group was flagged for any measure in the 12 months.</p>;
  return (
    <TableRegion captionId={`${id}-caption`}>
      <caption id={`${id}-caption`}>
        Customer groups flagged ({FLAGGED_TEXT.toLowerCase()}), 12 months
      </caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Group</th>
          <th scope="col">Rate</th>
          <th scope="col">95% interval</th>
          <th scope="col">Overall rate</th>
        </tr>
      </thead>
      <tbody>
        {flagged.map(({ measure, row, overall }) => (
          <tr key={`${measure}:${row.dimension}:${row.group}`}>
            <td>{measureDefinitions[measure].label}</td>
            <th scope="row">
              {row.dimensionLabel}: {row.groupLabel}
            </th>
            <td className="ds-nowrap">{percent(row.rate)}</td>
            <td>{intervalText(row.low, row.high)}</td>
            <td className="ds-nowrap">{percent(overall?.rate ?? null)}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

function Report({
  summary,
  quarter,
  patchId,
}: {
  summary: Summary;
  quarter: Quarter;
  patchId: string | undefined;
}) {
  const trpc = useTRPC();
  const { canSeeFairness } = useMonitoringAccess();
  const results = useQueries({
    queries: measureIds.map((measure) =>
      trpc.monitoring.trend.queryOptions({ measure, ...scopeInput(patchId) }),
    ),
  });
  const trends = new Map<MeasureId, Trend>();
  measureIds.forEach((measure, index) => {
    const data = results[index]?.data;
    if (data) trends.set(measure, data);
  });
  const loading = results.some((result) => result.isPending);
  return (
    <>
      <section aria-labelledby="headlines-heading">
        <h2 id="headlines-heading">Headline figures</h2>
        {loading ? <StatusMessage kind="loading">Loading the weekly figures…</StatusMessage> : null}
        <Headlines summary={summary} trends={trends} quarter={quarter} />
        <p>
          Rates in the quarter count what happened in its weeks; Living Well coverage is where it
          stood in the quarter’s last week.
        </p>
      </section>
      <section aria-labelledby="weekly-heading">
        <h2 id="weekly-heading">Week by week in the quarter</h2>
        {rateMeasures.map((measureId) => {
          const trend = trends.get(measureId);
          if (!trend) return null;
          const { label } = measureDefinitions[measureId];
          return (
            <WeeksTable
              key={measureId}
              label={label}
              kind="rate"
              weeks={weeksIn(trend.weeks, quarter)}
            />
          );
        })}
        <VolumesTable trends={trends} quarter={quarter} />
      </section>
      {canSeeFairness ? (
        <section aria-labelledby="flagged-heading">
          <h2 id="flagged-heading">Customer groups flagged</h2>
          <p>
            Over the 12 months to {longDay(summary.asOf)}: groups whose whole 95% interval lies
            below the overall rate. Groups of fewer than 10 customers are not reported.
          </p>
          <FlaggedGroups patchId={patchId} />
        </section>
      ) : null}
      <section aria-labelledby="definitions-heading">
        <h2 id="definitions-heading">What each figure counts</h2>
        <dl className="mon-definitions">
          {summary.measures.map((m) => (
            <div key={m.id}>
              <dt>{m.label}</dt>
              <dd>
                {m.definition} <span className="ds-secondary">Source: {m.source}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

/**
 * The quarterly board report: headline figures, the weeks of the quarter as tables and the
 * flagged customer groups, laid out to print on A4 (the print styles hide the controls).
 */
export function ReportPage() {
  usePageTitle('Quarterly board report');
  const trpc = useTRPC();
  const [patchId, setPatchId] = useScope();
  const summary = useQuery(trpc.monitoring.summary.queryOptions(scopeInput(patchId)));
  const asOf = summary.data?.asOf;
  const quarters = asOf ? recentQuarters(asOf, 4) : [];
  const scopeName = useScopeName(patchId);
  const [chosen, setChosen] = useState<string | undefined>();
  const quarter =
    quarters.find((q) => q.id === chosen) ??
    (asOf ? lastCompleteQuarter(quarters, asOf) : undefined);
  return (
    <div className="mon-page mon-report">
      <h1>
        Quarterly board report
        {quarter ? <span className="mon-report__quarter">{quarter.label}</span> : null}
      </h1>
      <div className="mon-controls">
        <p>
          <Link className="mon-link" to={`/monitoring${patchId ? `?patch=${patchId}` : ''}`}>
            Back to the dashboard
          </Link>
        </p>
        <ScopePicker patchId={patchId} onChange={setPatchId} />
        {quarters.length > 0 ? (
          <FormField label="Quarter">
            <select value={quarter?.id} onChange={(event) => setChosen(event.target.value)}>
              {quarters.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.label}
                  {asOf && q.end >= asOf ? ', so far' : ''}
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
        <div className="mon-actions">
          <Button variant="secondary" onClick={() => window.print()}>
            Print this report
          </Button>
        </div>
      </div>
      {summary.isPending ? (
        <StatusMessage kind="loading">Loading the figures…</StatusMessage>
      ) : summary.isError ? (
        <StatusMessage kind="error">
          The figures could not be loaded: {summary.error.message}
        </StatusMessage>
      ) : !summary.data.computedAt || !quarter ? (
        <StatusMessage kind="info">No figures have been computed yet.</StatusMessage>
      ) : (
        <>
          <p>
            {scopeName}. Figures to {longDay(summary.data.asOf)}, computed{' '}
            {describeInstant(summary.data.computedAt)}.
            {quarter.end >= summary.data.asOf
              ? ' The quarter has not ended: its figures are so far.'
              : ''}
          </p>
          <Report summary={summary.data} quarter={quarter} patchId={patchId} />
        </>
      )}
    </div>
  );
}
