import { assertCoveredYear, englandAndWalesBankHolidays } from '../calendar/bank-holidays';
import { parseDate } from '../calendar/dates';
import { createWorkingCalendar } from '../calendar/working-calendar';
import type { Clash, VenueClosure } from './types';

// Weekend holidays are kept (a Saturday session on Christmas Day clashes too), which is why
// this reads the table rather than bankHolidays(year), which lists only the days taken off.
const holidayNames = new Map(
  englandAndWalesBankHolidays.holidays.map((holiday) => [holiday.date, holiday.name]),
);

export interface Clashes {
  /** The bank holiday or closure of `venueId` on `date`, bank holidays first. */
  on(date: string, venueId: string): Clash | null;
  /** The next working day after `date` on which `venueId` is not closed. */
  nextOpenDay(date: string, venueId: string): string;
}

export const findClashes = (closures: VenueClosure[], closedDays: string[]): Clashes => {
  const calendar = createWorkingCalendar({ closedDays });
  const closed = new Map(
    closures.map((closure) => [`${closure.venueId} ${parseDate(closure.date)}`, closure.reason]),
  );
  return {
    on(date, venueId) {
      assertCoveredYear(englandAndWalesBankHolidays, parseDate(date).year);
      const holiday = holidayNames.get(date);
      if (holiday !== undefined) return { kind: 'bank_holiday', name: holiday };
      const reason = closed.get(`${venueId} ${date}`);
      return reason === undefined ? null : { kind: 'venue_closure', name: reason };
    },
    nextOpenDay(date, venueId) {
      let day = calendar.addWorkingDays(date, 1);
      while (closed.has(`${venueId} ${day}`)) day = calendar.addWorkingDays(day, 1);
      return day;
    },
  };
};
