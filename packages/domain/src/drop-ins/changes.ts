import { toLondon } from '../calendar/london';
import type { OccurrenceChange } from './types';

type Change<K extends OccurrenceChange['kind']> = Extract<OccurrenceChange, { kind: K }>;

/** Where one occurrence stands after all of staff's changes to it. */
export interface StaffChanges {
  /** The cancellation in force (not undone by a later reinstate), if any. */
  cancel: Change<'cancel'> | null;
  /** The latest move, which replaces any earlier one. */
  move: Change<'move'> | null;
  venueId: string | null;
  latest: OccurrenceChange;
  count: number;
}

/** Folds each occurrence's changes in `changedAt` order; equal times keep the order given. */
export const foldChanges = (changes: OccurrenceChange[]): Map<string, StaffChanges> => {
  const ordered = changes
    .map((change) => ({ change, at: toLondon(change.changedAt).epochMilliseconds }))
    .sort((a, b) => a.at - b.at)
    .map(({ change }) => change);
  const byDate = new Map<string, StaffChanges>();
  for (const change of ordered) {
    const state = byDate.get(change.originalDate) ?? {
      cancel: null,
      move: null,
      venueId: null,
      latest: change,
      count: 0,
    };
    state.latest = change;
    state.count += 1;
    if (change.kind === 'cancel') state.cancel = change;
    else if (change.kind === 'reinstate') state.cancel = null;
    else if (change.kind === 'move') state.move = change;
    else state.venueId = change.venueId;
    byDate.set(change.originalDate, state);
  }
  return byDate;
};
