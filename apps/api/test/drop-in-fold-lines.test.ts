import { foldLines as icalFoldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldLines } from '../src/services/drop-ins/fold-lines';

describe('feed line folding', () => {
  it.each([
    ['a short line', 'SUMMARY:Drop-in'],
    ['exactly 74 octets', `SUMMARY:${'a'.repeat(66)}`],
    ['75 octets', `SUMMARY:${'a'.repeat(67)}`],
    ['a long ASCII line', `DESCRIPTION:${'Talk to the team about rent\\, repairs. '.repeat(12)}`],
    ['two-octet letters', `SUMMARY:${'Spotkanie zostało odwołane. Łódź '.repeat(8)}`],
    ['three-octet letters', `SUMMARY:${'جلسة مفتوحة في المكتبة '.repeat(8)}`],
    ['four-octet characters', `SUMMARY:${'Drop-in 🏠 '.repeat(20)}`],
    ['several lines', `BEGIN:VEVENT\r\nSUMMARY:${'x'.repeat(200)}\r\nEND:VEVENT\r\n`],
  ])('folds %s exactly as ical-generator does', (_label, text) => {
    expect(foldLines(text)).toBe(icalFoldLines(text));
  });

  it('never lets a line pass 75 octets', () => {
    const folded = foldLines(`SUMMARY:${'Zażółć gęślą jaźń 🏠 '.repeat(30)}`);
    for (const line of folded.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });
});
