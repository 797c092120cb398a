/**
 * Writes src/calendar/bank-holidays.gen.json from the `date-holidays` library.
 * Run after upgrading the library or widening the year range:
 *   npm run generate:bank-holidays -w @doorstep/domain
 * Corrections and one-off days announced after the library release belong in
 * src/calendar/bank-holiday-overrides.json, never in the generated file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readBankHolidaysFromLibrary } from '../src/calendar/bank-holiday-source';

const target = fileURLToPath(new URL('../src/calendar/bank-holidays.gen.json', import.meta.url));
const data = readBankHolidaysFromLibrary();
writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`);
console.log(
  `wrote ${data.holidays.length} bank holidays ${data.firstYear}-${data.lastYear} to ${target}`,
);
