import {
  type AvailabilityRequest,
  type AvailableSlot,
  checkSlot,
  slotsByDay,
} from '@doorstep/domain';

/**
 * A planned time is offered as it was planned, which may fall between the page's half hours
 * (the planner puts visits on quarter hours, or 5-minute steps, where the day allows): it is
 * checked on the 5-minute grid, the finest the slot engine has. Every other rule applies.
 */
export const checkProposed = (
  request: AvailabilityRequest,
  start: Date,
  options: { preferStaffIds?: readonly string[] } = {},
) => checkSlot({ ...request, granularityMinutes: 5 }, start, options);

/**
 * The times to offer, by day, with a planned time (a Living Well plan's) first: its day
 * leads and it leads its day, then the other times in order. The planned time is offered only
 * while it is still free and lawful (checkSlot), even when the ranking would have cut it.
 */
export function offeredDays(
  request: AvailabilityRequest,
  slots: readonly AvailableSlot[],
  proposedStart: Date | null,
): { days: ReturnType<typeof slotsByDay>; proposedStart: string | null } {
  if (!proposedStart) return { days: slotsByDay(slots), proposedStart: null };
  const at = proposedStart.getTime();
  let proposed = slots.find((slot) => slot.start.epochMilliseconds === at) ?? null;
  const offered = [...slots];
  if (!proposed) {
    const check = checkProposed(request, proposedStart);
    if (check.ok) {
      proposed = check.slot;
      offered.push(check.slot);
    }
  }
  const days = slotsByDay(offered);
  if (!proposed) return { days, proposedStart: null };
  const date = proposed.date;
  const first = days.find((day) => day.date === date);
  if (first) {
    first.slots.sort(
      (a, b) => Number(b.start.epochMilliseconds === at) - Number(a.start.epochMilliseconds === at),
    );
  }
  days.sort((a, b) => Number(b.date === date) - Number(a.date === date));
  return { days, proposedStart: proposedStart.toISOString() };
}
