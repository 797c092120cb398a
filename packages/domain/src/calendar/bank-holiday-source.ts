/**
 * How the committed bank-holiday data is derived from the `date-holidays` library. Shared by
 * the generator script and the drift test, so both read the library the same way. Never
 * import this from runtime code: `date-holidays` carries every country's rules and must not
 * reach the browser bundle.
 */
import Holidays from 'date-holidays';

export const firstYear = 2020;
export const lastYear = 2035;

export interface GeneratedBankHolidays {
  source: string;
  firstYear: number;
  lastYear: number;
  holidays: { date: string; name: string }[];
}

export const readBankHolidaysFromLibrary = (): GeneratedBankHolidays => {
  // England and Wales share one list of bank holidays; the library's ENG region holds it.
  const library = new Holidays('GB', 'ENG');
  const holidays: { date: string; name: string }[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const holiday of library.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      // Weekend days are kept (Christmas Day on a Saturday still closes the contact centre);
      // the working calendar and the GOV.UK-style list leave them out.
      const date = holiday.date.slice(0, 10);
      holidays.push({ date, name: holiday.name });
    }
  }
  return { source: 'date-holidays (GB-ENG), public holidays', firstYear, lastYear, holidays };
};
