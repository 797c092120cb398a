import { measureDefinitions, measureIds } from '@doorstep/domain';

/** A count as people read it: "12,480". */
export const count = (value: number) => value.toLocaleString('en-GB');

/**
 * A rate from 0 to 1 to one decimal place ("82.4%"): a fairness gap of a point or two must
 * not vanish in rounding. No rate (nothing counted) reads "no figure".
 */
export const percent = (rate: number | null) =>
  rate === null
    ? 'no figure'
    : rate.toLocaleString('en-GB', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });

/** "41 of 50": the numbers a rate is made of, always beside it. */
export const ofText = (met: number, counted: number) => `${count(met)} of ${count(counted)}`;

/** "74.1% to 88.9%": a 95% interval in words rather than a ± that reads as arithmetic. */
export const intervalText = (low: number | null, high: number | null) =>
  low === null || high === null ? 'no figure' : `${percent(low)} to ${percent(high)}`;

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const longDayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

/** "3 Mar 2025": a week's Monday in a table or under a chart. */
export const shortDay = (date: string) => dayFormat.format(noon(date));

/** "Monday 3 March 2025". */
export const longDay = (date: string) => longDayFormat.format(noon(date)).replace(',', '');

const instantFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "3 March 2025 at 05:00" in London time. */
export const describeInstant = (iso: string) =>
  instantFormat.format(new Date(iso)).replace(', ', ' at ');

export interface WeekFigure {
  weekStart: string;
  counted: number;
  met: number;
  rate: number | null;
}

/** Met and counted over some weeks, and the rate they make. */
export function sumWeeks(weeks: readonly WeekFigure[]) {
  const counted = weeks.reduce((sum, week) => sum + week.counted, 0);
  const met = weeks.reduce((sum, week) => sum + week.met, 0);
  return { counted, met, rate: counted === 0 ? null : met / counted };
}

/** Measures whose weekly figure is a state at the week's end: the domain says which. */
export const stockMeasures: readonly string[] = measureIds.filter(
  (id) => measureDefinitions[id].atWeekEnd,
);

/**
 * The chart in one or two sentences, shown above it for everyone and used as its text
 * alternative: the range, the latest week and (for a rate) the share over the whole period.
 */
export function describeTrend(
  weeks: readonly WeekFigure[],
  kind: 'rate' | 'count',
  stock = false,
): string {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return 'There are no weeks to show yet.';
  const span = `the ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'} from ${shortDay(first.weekStart)} to the week of ${shortDay(last.weekStart)}`;
  if (kind === 'count') {
    const total = weeks.reduce((sum, week) => sum + week.counted, 0);
    if (total === 0) return `None in ${span}.`;
    const busiest = weeks.reduce((a, b) => (b.counted > a.counted ? b : a));
    const average = (total / weeks.length).toLocaleString('en-GB', { maximumFractionDigits: 1 });
    return `${count(total)} in ${span}, an average of ${average} a week. The most was ${count(busiest.counted)}, in the week of ${shortDay(busiest.weekStart)}; the latest week had ${count(last.counted)}.`;
  }
  const withFigures = weeks.filter((week) => week.rate !== null);
  if (withFigures.length === 0) return `Nothing was counted in ${span}.`;
  const only = withFigures.length === 1 ? withFigures[0] : undefined;
  if (only)
    return `Of ${span}, only the week of ${shortDay(only.weekStart)} has a figure: ${percent(only.rate)} (${ofText(only.met, only.counted)}).`;
  const lowest = withFigures.reduce((a, b) => ((b.rate ?? 0) < (a.rate ?? 0) ? b : a));
  const highest = withFigures.reduce((a, b) => ((b.rate ?? 0) > (a.rate ?? 0) ? b : a));
  const latest = withFigures[withFigures.length - 1] as WeekFigure;
  if (stock)
    return `${percent(latest.rate)} (${ofText(latest.met, latest.counted)}) at the end of the week of ${shortDay(latest.weekStart)}. Over ${span} it ranged from ${percent(lowest.rate)} (week of ${shortDay(lowest.weekStart)}) to ${percent(highest.rate)} (week of ${shortDay(highest.weekStart)}).`;
  const total = sumWeeks(weeks);
  return `${percent(total.rate)} (${ofText(total.met, total.counted)}) over ${span}. Weekly figures ranged from ${percent(lowest.rate)} (week of ${shortDay(lowest.weekStart)}) to ${percent(highest.rate)} (week of ${shortDay(highest.weekStart)}); the latest week with a figure, ${shortDay(latest.weekStart)}, had ${percent(latest.rate)} (${ofText(latest.met, latest.counted)}).`;
}

/** A round number at or above the largest value, so the axis reads 0 to 50, not 0 to 47. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => value <= s * power) ?? 10;
  return step * power;
}

export interface Plot {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The line of a rate chart as SVG path data: one segment per run of weeks with a figure, so a
 * week where nothing was counted is a gap rather than a drop to nought.
 */
export function ratePath(weeks: readonly WeekFigure[], plot: Plot): string {
  const innerWidth = plot.width - plot.left - plot.right;
  const innerHeight = plot.height - plot.top - plot.bottom;
  const step = weeks.length > 1 ? innerWidth / (weeks.length - 1) : 0;
  let path = '';
  let drawing = false;
  weeks.forEach((week, index) => {
    if (week.rate === null) {
      drawing = false;
      return;
    }
    const x = plot.left + index * step;
    const y = plot.top + innerHeight * (1 - week.rate);
    path += `${drawing ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    drawing = true;
  });
  return path;
}

/** What a board meets over: the financial year's quarters, April to March. */
export interface Quarter {
  id: string;
  label: string;
  start: string;
  end: string;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function quarterStarting(year: number, month: number): Quarter {
  const endMonth = month + 2;
  const financialYear = month >= 4 ? year : year - 1;
  const number = month >= 4 ? (month - 1) / 3 : 4;
  const years = `${financialYear}/${pad((financialYear + 1) % 100)}`;
  return {
    id: `${financialYear}-q${number}`,
    label: `${monthNames[month - 1]} to ${monthNames[endMonth - 1]} ${year} (quarter ${number} of ${years})`,
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`,
  };
}

/**
 * The quarters the weekly figures reach, newest first: the one `asOf` falls in and the
 * `count - 1` before it.
 */
export function recentQuarters(asOf: string, count = 5): Quarter[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  // Quarters start in January, April, July and October.
  let startMonth = month - ((month - 1) % 3);
  let startYear = year;
  const quarters: Quarter[] = [];
  for (let index = 0; index < count; index += 1) {
    quarters.push(quarterStarting(startYear, startMonth));
    startMonth -= 3;
    if (startMonth < 1) {
      startMonth += 12;
      startYear -= 1;
    }
  }
  return quarters;
}

/** The newest quarter that has ended by `asOf`: what a board report is usually about. */
export const lastCompleteQuarter = (quarters: readonly Quarter[], asOf: string) =>
  quarters.find((quarter) => quarter.end < asOf) ?? quarters[0];

/**
 * A quarter's figure from its weeks: what happened in them added up, or for a state such as
 * coverage, where it stood at the quarter's last week with a figure.
 */
export function quarterFigure(weeks: readonly WeekFigure[], stock: boolean) {
  if (!stock) return sumWeeks(weeks);
  const last = weeks.filter((week) => week.counted > 0).at(-1);
  return last
    ? { counted: last.counted, met: last.met, rate: last.rate }
    : { counted: 0, met: 0, rate: null };
}

/** The weeks whose Monday falls in the quarter. */
export const weeksIn = <T extends WeekFigure>(weeks: readonly T[], quarter: Quarter) =>
  weeks.filter((week) => week.weekStart >= quarter.start && week.weekStart <= quarter.end);
