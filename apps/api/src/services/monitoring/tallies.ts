import {
  ALL,
  type FigureRow,
  type GroupMembership,
  lastWeeks,
  type MeasureId,
  MonitoringTally,
  type Split,
  type Tally,
} from '@doorstep/domain';

/**
 * The totals one run adds up. Week by week only the measure and its breakdown are kept (the
 * trend charts); customer groups are kept as 12-month totals only (the fairness table), so
 * 600,000 records make a few hundred thousand cells instead of millions.
 */
export class RunTallies {
  readonly weeks: Set<string>;
  readonly #weekly = new MonitoringTally();
  readonly #byGroup = new MonitoringTally();
  /** The one week the group tally files everything under, so it keeps one cell per group. */
  readonly #groupWeek: string;
  readonly #states = new Map<string, FigureRow>();
  /** Coverage as it stood at the end of each earlier week: points, never added up. */
  readonly #points = new MonitoringTally();

  constructor(readonly asOf: string) {
    const weeks = lastWeeks(asOf);
    this.weeks = new Set(weeks);
    this.#groupWeek = weeks.at(-1) ?? asOf;
  }

  inWindow(week: string): boolean {
    return this.weeks.has(week);
  }

  /** One record of a rate measure, with its customer's groups and any breakdown. */
  add(
    measure: MeasureId,
    patchId: string | null,
    tally: Tally,
    groups: readonly GroupMembership[] = [],
    extra: readonly Split[] = [],
  ): void {
    if (!tally.counted || !this.inWindow(tally.week)) return;
    this.#weekly.add(measure, patchId, tally, [], extra);
    if (groups.length > 0)
      this.#byGroup.add(measure, patchId, { ...tally, week: this.#groupWeek }, groups);
  }

  /** `n` of a volume measure in `week`, under its breakdown. */
  count(
    measure: MeasureId,
    patchId: string | null,
    week: string,
    dimension: string,
    group: string,
    n = 1,
  ): void {
    if (this.inWindow(week)) this.#weekly.count(measure, patchId, week, dimension, group, n);
  }

  /**
   * A point of a measure that describes a moment (coverage at a week's end). The current
   * week's point comes from `add`; earlier weeks' points are trend rows only, so the 12-month
   * figure stays the figure on `asOf` rather than a sum of 52 snapshots.
   */
  point(measure: MeasureId, patchId: string | null, tally: Tally): void {
    if (!tally.counted || !this.inWindow(tally.week) || tally.week === this.#groupWeek) return;
    this.#points.add(measure, patchId, tally);
  }

  /** Where things stand today (a home's certificate, an open report): no week, no rate. */
  state(measure: MeasureId, patchId: string | null, state: string): void {
    for (const place of patchId === null ? [null] : [null, patchId]) {
      const key = `${measure}\u0000${place ?? ''}\u0000${state}`;
      const row = this.#states.get(key);
      if (row) row.counted += 1;
      else
        this.#states.set(key, {
          measure,
          patchId: place,
          weekStart: null,
          dimension: 'state',
          groupKey: state,
          counted: 1,
          met: 0,
        });
    }
  }

  rows(): FigureRow[] {
    const groupTotals = this.#byGroup
      .rows(this.asOf)
      .filter((row) => row.weekStart === null && row.dimension !== ALL);
    const points = this.#points.rows(this.asOf).filter((row) => row.weekStart !== null);
    return [...this.#weekly.rows(this.asOf), ...points, ...groupTotals, ...this.#states.values()];
  }
}
