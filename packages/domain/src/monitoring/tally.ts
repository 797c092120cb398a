import type { MeasureId } from './definitions';
import type { Tally } from './tally-types';
import { lastWeeks } from './weeks';

/** A dimension a figure is split by: a customer group, or a breakdown such as channel. */
export interface Split {
  dimension: string;
  group: string;
}

/** One row of `monitoring_figures`, as the API writes it. */
export interface FigureRow {
  measure: MeasureId;
  /** Null: organisation-wide. */
  patchId: string | null;
  /** Monday of the week; null: the 12 months (52 weeks) to the date of the figures. */
  weekStart: string | null;
  dimension: string;
  groupKey: string;
  /** The denominator, or the count for a volume measure. */
  counted: number;
  /** The numerator; 0 for a volume measure. */
  met: number;
}

export const ALL = 'all';

type Cell = Omit<FigureRow, 'weekStart'> & { weekStart: string };

/**
 * Adds records up into figure rows. Only totals are kept, one per distinct
 * measure/patch/week/dimension/group, so 600,000 appointments cost a few thousand cells.
 */
export class MonitoringTally {
  readonly #cells = new Map<string, Cell>();

  #bump(
    measure: MeasureId,
    patchId: string | null,
    week: string,
    split: Split,
    counted: number,
    met: number,
  ): void {
    const places = patchId === null ? [null] : [null, patchId];
    for (const place of places) {
      const key = `${measure}\u0000${place ?? ''}\u0000${week}\u0000${split.dimension}\u0000${split.group}`;
      const cell = this.#cells.get(key);
      if (cell) {
        cell.counted += counted;
        cell.met += met;
      } else {
        this.#cells.set(key, {
          measure,
          patchId: place,
          weekStart: week,
          dimension: split.dimension,
          groupKey: split.group,
          counted,
          met,
        });
      }
    }
  }

  /**
   * One record of a rate measure, counted organisation-wide and (when `patchId` is given) in
   * its patch: in the 'all' row, one row per customer group, and one per extra breakdown
   * (appointment type, state). A tally that is not counted is left out.
   */
  add(
    measure: MeasureId,
    patchId: string | null,
    tally: Tally,
    groups: readonly Split[] = [],
    extra: readonly Split[] = [],
  ): void {
    if (!tally.counted) return;
    const met = tally.met ? 1 : 0;
    this.#bump(measure, patchId, tally.week, { dimension: ALL, group: ALL }, 1, met);
    for (const split of groups) this.#bump(measure, patchId, tally.week, split, 1, met);
    for (const split of extra) this.#bump(measure, patchId, tally.week, split, 1, met);
  }

  /**
   * `n` of a volume measure in `week`, under (dimension, group) and also in the measure's
   * 'all' total, so call it once per event with its breakdown (or with 'all', 'all' when the
   * event has none).
   */
  count(
    measure: MeasureId,
    patchId: string | null,
    week: string,
    dimension: string,
    group: string,
    n = 1,
  ): void {
    this.#bump(measure, patchId, week, { dimension: ALL, group: ALL }, n, 0);
    if (dimension !== ALL) this.#bump(measure, patchId, week, { dimension, group }, n, 0);
  }

  /**
   * Week rows for the 52 weeks ending with the week of `asOf`, and a 12-month total row
   * (weekStart null) for each measure/patch/dimension/group. Weeks outside that span are
   * left out of both.
   */
  rows(asOf: string): FigureRow[] {
    const weeks = new Set(lastWeeks(asOf));
    const rows: FigureRow[] = [];
    const totals = new Map<string, FigureRow>();
    for (const cell of this.#cells.values()) {
      if (!weeks.has(cell.weekStart)) continue;
      rows.push({ ...cell });
      const key = `${cell.measure}\u0000${cell.patchId ?? ''}\u0000${cell.dimension}\u0000${cell.groupKey}`;
      const total = totals.get(key);
      if (total) {
        total.counted += cell.counted;
        total.met += cell.met;
      } else {
        totals.set(key, { ...cell, weekStart: null });
      }
    }
    return [...rows, ...totals.values()];
  }
}
