import { type GroupDimension, groupDimensions, multiValuedDimensions } from './groups';
import { dimensionLabels, groupLabel } from './labels';
import { wilsonInterval } from './wilson';

/** Groups smaller than this are not shown, so nobody can be identified (issue 11). */
export const SUPPRESS_BELOW = 10;
export const SUPPRESSED_LABEL = 'fewer than 10';
export const SECONDARY_SUPPRESSED_LABEL = 'hidden so a smaller group cannot be worked out';

export interface GroupFigure {
  dimension: GroupDimension;
  group: string;
  counted: number;
  met: number;
}

export interface FairnessRow {
  dimension: GroupDimension;
  dimensionLabel: string;
  group: string;
  groupLabel: string;
  suppressed: boolean;
  /** Why the figures are hidden, in words for the table cell; null when shown. */
  note: string | null;
  counted: number | null;
  met: number | null;
  rate: number | null;
  low: number | null;
  high: number | null;
  /** The whole 95% interval lies below the overall rate: this group may get worse access. */
  flagged: boolean;
}

export interface FairnessTable {
  overall: { counted: number; met: number; rate: number | null; low: number; high: number };
  rows: FairnessRow[];
}

const rateOf = (met: number, counted: number): number | null =>
  counted === 0 ? null : met / counted;

/**
 * Which groups to hide. Below 10 is hidden; and in a dimension where each customer is in one
 * group, a lone hidden group could be worked out by subtracting the others from the overall
 * total, so the next smallest is hidden with it.
 */
const hiddenGroups = (groups: readonly GroupFigure[]): Map<GroupFigure, string> => {
  const hidden = new Map<GroupFigure, string>();
  for (const g of groups) if (g.counted < SUPPRESS_BELOW) hidden.set(g, SUPPRESSED_LABEL);
  for (const dimension of groupDimensions) {
    if (multiValuedDimensions.includes(dimension)) continue;
    const inDimension = groups.filter((g) => g.dimension === dimension);
    const small = inDimension.filter((g) => hidden.has(g));
    if (small.length !== 1) continue;
    const next = inDimension
      .filter((g) => !hidden.has(g))
      .sort((a, b) => a.counted - b.counted || a.group.localeCompare(b.group))[0];
    if (next) hidden.set(next, SECONDARY_SUPPRESSED_LABEL);
  }
  return hidden;
};

/**
 * Each group's rate with its 95% Wilson interval, flagged when the interval lies wholly below
 * the overall rate (000 §2.13). Flagged rows come first, worst first, then by dimension and
 * group name.
 */
export const fairnessTable = (
  overall: { counted: number; met: number },
  groups: readonly GroupFigure[],
): FairnessTable => {
  const overallRate = rateOf(overall.met, overall.counted);
  const hidden = hiddenGroups(groups);
  const rows = groups.map((g): FairnessRow => {
    const base = {
      dimension: g.dimension,
      dimensionLabel: dimensionLabels[g.dimension],
      group: g.group,
      groupLabel: groupLabel(g.dimension, g.group),
    };
    const note = hidden.get(g);
    if (note !== undefined) {
      return {
        ...base,
        suppressed: true,
        note,
        counted: null,
        met: null,
        rate: null,
        low: null,
        high: null,
        flagged: false,
      };
    }
    const { low, high } = wilsonInterval(g.met, g.counted);
    return {
      ...base,
      suppressed: false,
      note: null,
      counted: g.counted,
      met: g.met,
      rate: rateOf(g.met, g.counted),
      low,
      high,
      flagged: overallRate !== null && high < overallRate,
    };
  });
  const order = (d: GroupDimension) => groupDimensions.indexOf(d);
  rows.sort(
    (a, b) =>
      Number(b.flagged) - Number(a.flagged) ||
      (a.flagged && b.flagged ? (a.high ?? 0) - (b.high ?? 0) : 0) ||
      order(a.dimension) - order(b.dimension) ||
      a.groupLabel.localeCompare(b.groupLabel),
  );
  return {
    overall: { ...overall, rate: overallRate, ...wilsonInterval(overall.met, overall.counted) },
    rows,
  };
};
