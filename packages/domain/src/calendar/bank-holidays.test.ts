import { describe, expect, it } from 'vitest';
import { readBankHolidaysFromLibrary } from './bank-holiday-source';
import {
  applyBankHolidayOverrides,
  bankHolidays,
  englandAndWalesBankHolidays,
} from './bank-holidays';
import generated from './bank-holidays.gen.json' with { type: 'json' };
import { isWorkingDay } from './working-calendar';

// GOV.UK's published England and Wales list, https://www.gov.uk/bank-holidays (2026–2028 as
// published; 2029–2030 follow the fixed rules of the Banking and Financial Dealings Act 1971).
const govUk: Record<number, string[]> = {
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
  2028: [
    '2028-01-03',
    '2028-04-14',
    '2028-04-17',
    '2028-05-01',
    '2028-05-29',
    '2028-08-28',
    '2028-12-25',
    '2028-12-26',
  ],
  2029: [
    '2029-01-01',
    '2029-03-30',
    '2029-04-02',
    '2029-05-07',
    '2029-05-28',
    '2029-08-27',
    '2029-12-25',
    '2029-12-26',
  ],
  2030: [
    '2030-01-01',
    '2030-04-19',
    '2030-04-22',
    '2030-05-06',
    '2030-05-27',
    '2030-08-26',
    '2030-12-25',
    '2030-12-26',
  ],
};

// Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher), written independently of the
// library so the two can disagree.
const easterSunday = (year: number): string => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

const shift = (date: string, days: number): string => {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

describe('England and Wales bank holidays (GOV.UK list)', () => {
  for (const [year, dates] of Object.entries(govUk)) {
    it(`${year} has exactly the GOV.UK bank holidays`, () => {
      expect(bankHolidays(Number(year)).map((holiday) => holiday.date)).toEqual(dates);
    });
  }

  it('moves Christmas on a Saturday two days, to the Monday and Tuesday after (2027)', () => {
    const names = Object.fromEntries(bankHolidays(2027).map((h) => [h.date, h.name]));
    expect(names['2027-12-27']).toMatch(/substitute/i);
    expect(names['2027-12-28']).toMatch(/substitute/i);
    expect(isWorkingDay('2027-12-29')).toBe(true);
  });

  it('keeps the one-off days of 2020–2023', () => {
    const all = [2020, 2022, 2023].flatMap((year) => bankHolidays(year).map((h) => h.date));
    for (const day of ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']) {
      expect(all).toContain(day);
    }
    expect(all).not.toContain('2020-05-04');
    expect(all).not.toContain('2022-05-30');
  });

  for (let year = 2020; year <= 2035; year += 1) {
    const easter = easterSunday(year);
    it(`${year}: Good Friday and Easter Monday around Easter Sunday ${easter}`, () => {
      const dates = bankHolidays(year).map((holiday) => holiday.date);
      expect(dates).toContain(shift(easter, -2));
      expect(dates).toContain(shift(easter, 1));
    });
  }

  it('never lists a weekend day: the substitute weekday is what GOV.UK shows', () => {
    for (let year = 2020; year <= 2035; year += 1) {
      for (const holiday of bankHolidays(year)) {
        expect([0, 6]).not.toContain(new Date(`${holiday.date}T12:00:00Z`).getUTCDay());
      }
    }
    // The weekend day itself is still held, for services that close on it.
    expect(englandAndWalesBankHolidays.holidays.map((h) => h.date)).toContain('2027-12-25');
  });

  it('refuses years it holds no data for instead of guessing', () => {
    expect(() => bankHolidays(2019)).toThrow(/2020 to 2035/);
    expect(() => bankHolidays(2036)).toThrow(/2020 to 2035/);
    expect(() => isWorkingDay('2036-01-02')).toThrow(/2020 to 2035/);
  });

  it('returns copies, so a caller cannot change the shared table', () => {
    const first = bankHolidays(2026);
    (first[0] as { name: string }).name = 'changed';
    expect(bankHolidays(2026)[0]?.name).toBe("New Year's Day");
  });
});

describe('bank-holiday data is kept in step with date-holidays (drift check)', () => {
  it('the committed bank-holidays.gen.json equals what the library gives today', () => {
    // If this fails after upgrading date-holidays, run
    // `npm run generate:bank-holidays -w @doorstep/domain` and review the diff.
    expect(generated).toEqual(readBankHolidaysFromLibrary());
  });
});

describe('one-off days and corrections are data', () => {
  const base = { firstYear: 2030, lastYear: 2030, holidays: bankHolidays(2030) };

  it('adds a proclaimed one-off day and removes a wrong one, keeping date order', () => {
    const corrected = applyBankHolidayOverrides(base, {
      additions: [{ date: '2030-06-14', name: 'Example one-off', source: 'proclamation' }],
      removals: [{ date: '2030-05-27', reason: 'moved by proclamation', source: 'proclamation' }],
    });
    const dates = corrected.holidays.map((holiday) => holiday.date);
    expect(dates).toContain('2030-06-14');
    expect(dates).not.toContain('2030-05-27');
    expect(dates).toEqual([...dates].sort());
  });

  it('refuses a malformed date in the corrections', () => {
    expect(() =>
      applyBankHolidayOverrides(base, {
        additions: [{ date: '2030-6-14', name: 'Typo', source: 'none' }],
        removals: [],
      }),
    ).toThrow(/YYYY-MM-DD/);
  });
});
