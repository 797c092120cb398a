import type { Temporal } from 'temporal-polyfill';
import { describeDate, parseDate } from '../calendar/dates';
import { endOfLondonDay, startOfLondonDay } from '../calendar/london';
import { DomainError } from '../errors';
import { type NoticeOptions, resolveOptions } from './options';

export interface GasCheckWindow {
  /** First day a check keeps the anniversary. */
  opensOn: string;
  /** The anniversary: the last day the next check may be done, and the date it counts as done. */
  dueOn: string;
  opens: Temporal.ZonedDateTime;
  /** The check must start before this instant (the end of `dueOn`). */
  closes: Temporal.ZonedDateTime;
  reason: string;
}

/**
 * When the next gas safety check keeps the anniversary of `lastCheck` (a YYYY-MM-DD date).
 * Gas Safety (Installation and Use) Regulations 1998 reg 36A, as HSE reads it: a check
 * "any time from 10 months and 1 day to 12 months after the last check" is treated as done
 * on the anniversary, so the cycle does not creep earlier year by year.
 */
export const gasCheckWindow = (lastCheck: string, options?: NoticeOptions): GasCheckWindow => {
  const { rules } = resolveOptions(options);
  const deadline = rules.appointments.gas_safety_check.deadline;
  if (deadline?.from !== 'last_visit') {
    throw new DomainError(
      'INVALID_INPUT',
      'Gas safety checks must be due a number of months after the last check.',
    );
  }
  const { months } = deadline;
  const window = deadline.anniversaryWindowMonths ?? 0;
  const last = parseDate(lastCheck);
  const dueOn = last.add({ months }).toString();
  const opensOn = last
    .add({ months: months - window })
    .add({ days: 1 })
    .toString();
  return {
    opensOn,
    dueOn,
    opens: startOfLondonDay(opensOn),
    closes: endOfLondonDay(dueOn),
    reason: `Last gas safety check ${describeDate(lastCheck)}: a check from ${describeDate(opensOn)} to ${describeDate(dueOn)} keeps the anniversary (Gas Safety (Installation and Use) Regulations 1998 reg 36A).`,
  };
};
