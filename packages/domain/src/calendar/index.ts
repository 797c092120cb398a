export { bankHolidayDates } from './bank-holiday-dates';
export {
  applyBankHolidayOverrides,
  type BankHoliday,
  type BankHolidayOverrides,
  type BankHolidayTable,
  bankHolidays,
  englandAndWalesBankHolidays,
} from './bank-holidays';
export { describeDate } from './dates';
export {
  describeInstant,
  endOfLondonDay,
  type InstantInput,
  type LondonTimeOptions,
  londonDate,
  londonDateTime,
  londonTimeZone,
  startOfLondonDay,
  toLondon,
} from './london';
export {
  addWorkingDays,
  createWorkingCalendar,
  englandAndWales,
  isWorkingDay,
  subtractWorkingDays,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  workingDaysBetween,
} from './working-calendar';
