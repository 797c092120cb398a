import { Button, TableRegion } from '@doorstep/ui';
import { type ReactNode, useId, useState } from 'react';
import {
  count,
  describeTrend,
  niceMax,
  ofText,
  type Plot,
  percent,
  ratePath,
  shortDay,
  type WeekFigure,
} from './format';

// Narrow enough that the labels stay readable when the chart shrinks to a 320 px phone.
const plot: Plot = { width: 360, height: 200, left: 44, right: 10, top: 12, bottom: 30 };
const innerWidth = plot.width - plot.left - plot.right;
const innerHeight = plot.height - plot.top - plot.bottom;
const baseline = plot.top + innerHeight;

function Axes({ top, first, last }: { top: string; first?: string; last?: string }) {
  return (
    <>
      <line
        className="mon-chart__grid"
        x1={plot.left}
        x2={plot.width - plot.right}
        y1={plot.top}
        y2={plot.top}
      />
      <line
        className="mon-chart__axis"
        x1={plot.left}
        x2={plot.width - plot.right}
        y1={baseline}
        y2={baseline}
      />
      <line className="mon-chart__axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={baseline} />
      <text className="mon-chart__label" x={plot.left - 6} y={plot.top + 5} textAnchor="end">
        {top}
      </text>
      <text className="mon-chart__label" x={plot.left - 6} y={baseline + 5} textAnchor="end">
        0
      </text>
      {first ? (
        <text className="mon-chart__label" x={plot.left} y={plot.height - 6}>
          {shortDay(first)}
        </text>
      ) : null}
      {last ? (
        <text
          className="mon-chart__label"
          x={plot.width - plot.right}
          y={plot.height - 6}
          textAnchor="end"
        >
          {shortDay(last)}
        </text>
      ) : null}
    </>
  );
}

/** A line for a rate (0 to 100%), with a dot on the latest week that has a figure. */
function RateLines({ weeks }: { weeks: readonly WeekFigure[] }) {
  const step = weeks.length > 1 ? innerWidth / (weeks.length - 1) : 0;
  let lastIndex = weeks.length - 1;
  while (lastIndex >= 0 && weeks[lastIndex]?.rate === null) lastIndex -= 1;
  const latest = weeks[lastIndex];
  return (
    <>
      <path className="mon-chart__line" d={ratePath(weeks, plot)} />
      {latest && latest.rate !== null ? (
        <circle
          className="mon-chart__dot"
          cx={plot.left + lastIndex * step}
          cy={plot.top + innerHeight * (1 - latest.rate)}
          r={4}
        />
      ) : null}
    </>
  );
}

/** A bar per week for a count. */
function CountBars({ weeks, max }: { weeks: readonly WeekFigure[]; max: number }) {
  const step = innerWidth / Math.max(1, weeks.length);
  const barWidth = Math.max(1.5, step * 0.7);
  return (
    <>
      {weeks.map((week, index) => {
        const height = (week.counted / max) * innerHeight;
        return (
          <rect
            key={week.weekStart}
            className="mon-chart__bar"
            x={plot.left + index * step + (step - barWidth) / 2}
            y={baseline - height}
            width={barWidth}
            height={height}
          />
        );
      })}
    </>
  );
}

export interface TrendChartProps {
  /** The measure's name, also the chart's heading. */
  label: string;
  kind: 'rate' | 'count';
  weeks: readonly WeekFigure[];
  /** Each week is a state at the week's end (coverage), not a count of the week. */
  stock?: boolean;
  /** Heading level for the chart's name, so headings stay in order wherever it is placed. */
  headingLevel?: 3 | 4;
  /** The "Download CSV" control for the same figures. */
  download?: ReactNode;
}

/**
 * A week-by-week chart drawn by hand in SVG (no chart library in the bundle). What it shows
 * is said in words above it, which is also its text alternative; "Show as table" gives the
 * same numbers as a real table for a screen reader or anyone who wants the figures.
 */
export function TrendChart({
  label,
  kind,
  weeks,
  stock = false,
  headingLevel = 3,
  download,
}: TrendChartProps) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const summary = describeTrend(weeks, kind, stock);
  const max = niceMax(Math.max(0, ...weeks.map((week) => week.counted)));
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const first = weeks[0]?.weekStart;
  const last = weeks.length > 1 ? weeks[weeks.length - 1]?.weekStart : undefined;
  return (
    <section className="mon-trend" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{label}</Heading>
      <p id={`${id}-summary`}>{summary}</p>
      <svg
        className="mon-chart"
        viewBox={`0 0 ${plot.width} ${plot.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        <title id={`${id}-title`}>
          {kind === 'rate'
            ? `Line chart of ${label}, each week`
            : `Bar chart of ${label}, each week`}
        </title>
        <Axes top={kind === 'rate' ? '100%' : count(max)} first={first} last={last} />
        {kind === 'rate' ? <RateLines weeks={weeks} /> : <CountBars weeks={weeks} max={max} />}
      </svg>
      <div className="mon-actions">
        <Button
          variant="secondary"
          aria-expanded={asTable}
          aria-controls={`${id}-table`}
          onClick={() => setAsTable((shown) => !shown)}
        >
          {asTable ? 'Hide table' : 'Show as table'}
          <span className="ds-visually-hidden"> for {label}</span>
        </Button>
        {download}
      </div>
      <div id={`${id}-table`} hidden={!asTable}>
        {asTable ? <WeeksTable label={label} kind={kind} weeks={weeks} /> : null}
      </div>
    </section>
  );
}

/** The chart's figures, a row a week. Also the trend tables of the board report. */
export function WeeksTable({
  label,
  kind,
  weeks,
  caption,
}: {
  label: string;
  kind: 'rate' | 'count';
  weeks: readonly WeekFigure[];
  caption?: string;
}) {
  const id = useId();
  return (
    <TableRegion captionId={`${id}-caption`}>
      <caption id={`${id}-caption`}>{caption ?? `${label}, each week`}</caption>
      <thead>
        <tr>
          <th scope="col">Week beginning</th>
          {kind === 'rate' ? (
            <>
              <th scope="col">Rate</th>
              <th scope="col">Met of counted</th>
            </>
          ) : (
            <th scope="col">Number</th>
          )}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.weekStart}>
            <th scope="row" className="ds-nowrap">
              {shortDay(week.weekStart)}
            </th>
            {kind === 'rate' ? (
              <>
                <td className="ds-nowrap">{percent(week.rate)}</td>
                <td className="ds-nowrap">{ofText(week.met, week.counted)}</td>
              </>
            ) : (
              <td>{count(week.counted)}</td>
            )}
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
