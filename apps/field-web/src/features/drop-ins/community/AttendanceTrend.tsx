import { dropInTopics } from '@doorstep/domain';
import { TableRegion } from '@doorstep/ui';
import { shortDate } from './format';
import { topicLabel } from './labels';
import type { AttendanceTrend as Trend } from './types';

const one = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** The trend in one sentence: what the chart shows, for everyone, not only screen readers. */
export function describeTrend(trend: Trend): string {
  const { recentAverage: recent, previousAverage: previous } = trend;
  if (trend.direction === 'too_few' || recent === null || previous === null) {
    return trend.points.length === 0
      ? 'No attendance has been recorded yet.'
      : `Not enough sessions have been recorded to compare: a trend needs 6 sessions, and there are ${trend.points.length} so far.`;
  }
  // The domain compares the last 6 with the 6 before, or halves of a younger series.
  const window = Math.min(6, Math.floor(trend.points.length / 2));
  const averages = `an average of ${one(recent)} people at the last ${window} sessions, against ${one(previous)} at the ${window} before`;
  if (trend.direction === 'rising') return `Attendance is rising: ${averages}.`;
  if (trend.direction === 'falling') return `Attendance is falling: ${averages}.`;
  return `Attendance is steady: ${averages}.`;
}

const width = 600;
const height = 220;
const pad = { top: 16, right: 8, bottom: 36, left: 36 };

/**
 * A bar per held session, drawn by hand (no chart library in the staff bundle). The chart is
 * named by the sentence above it; the same numbers follow as a table, which is what a screen
 * reader or someone zooming in should read.
 */
function Chart({ points, summary }: { points: Trend['points']; summary: string }) {
  const max = Math.max(1, ...points.map((p) => p.count));
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const step = plotWidth / points.length;
  const barWidth = Math.max(2, step * 0.7);
  const y = (count: number) => pad.top + plotHeight - (count / max) * plotHeight;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <svg
      className="dc-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="trend-chart-title"
    >
      <title id="trend-chart-title">{`Bar chart of people at each session. ${summary}`}</title>
      <line className="dc-chart__axis" x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} />
      <line className="dc-chart__axis" x1={pad.left} x2={pad.left} y1={pad.top} y2={y(0)} />
      <text className="dc-chart__label" x={pad.left - 6} y={y(max) + 4} textAnchor="end">
        {max}
      </text>
      <text className="dc-chart__label" x={pad.left - 6} y={y(0) + 4} textAnchor="end">
        0
      </text>
      {points.map((point, index) => (
        <rect
          key={point.date}
          className="dc-chart__bar"
          x={pad.left + index * step + (step - barWidth) / 2}
          y={y(point.count)}
          width={barWidth}
          height={Math.max(0, y(0) - y(point.count))}
        />
      ))}
      {first ? (
        <text className="dc-chart__label" x={pad.left} y={height - 12}>
          {shortDate(first.date)}
        </text>
      ) : null}
      {last && last !== first ? (
        <text className="dc-chart__label" x={width - pad.right} y={height - 12} textAnchor="end">
          {shortDate(last.date)}
        </text>
      ) : null}
    </svg>
  );
}

/** How well a series is attended, for the team's regular review of its sessions. */
export function AttendanceTrend({ trend }: { trend: Trend }) {
  const summary = describeTrend(trend);
  const raised = dropInTopics.filter((topic) => trend.topicCounts[topic] > 0);
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">Attendance</h2>
      <p>{summary}</p>
      {trend.points.length > 0 ? (
        <>
          <Chart points={trend.points} summary={summary} />
          <TableRegion captionId="trend-caption">
            <caption id="trend-caption">People at each session</caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">People who came</th>
              </tr>
            </thead>
            <tbody>
              {trend.points.map((point) => (
                <tr key={point.date}>
                  <th scope="row">{shortDate(point.date)}</th>
                  <td>{point.count}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </>
      ) : null}
      {raised.length > 0 ? (
        <TableRegion captionId="topics-caption">
          <caption id="topics-caption">Topics raised</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Sessions it came up at</th>
            </tr>
          </thead>
          <tbody>
            {raised.map((topic) => (
              <tr key={topic}>
                <th scope="row">{topicLabel(topic)}</th>
                <td>{trend.topicCounts[topic]}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : null}
    </section>
  );
}
