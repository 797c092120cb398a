import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { assertWithinOpeningHours } from './opening';
import type { VenueOpeningHours } from './types';

const library: VenueOpeningHours = {
  saturday: [{ opens: '09:00', closes: '13:00' }],
  monday: [
    { opens: '09:00', closes: '12:00' },
    { opens: '13:00', closes: '17:00' },
  ],
};

describe('assertWithinOpeningHours (moves and venue changes)', () => {
  it('accepts a session inside one span, up to closing time exactly', () => {
    expect(() =>
      assertWithinOpeningHours(library, '2026-06-06', '11:00', '13:00', 'Page Moss Library'),
    ).not.toThrow();
    expect(() =>
      assertWithinOpeningHours(library, '2026-06-08', '13:00', '17:00', 'Page Moss Library'),
    ).not.toThrow();
  });

  it('refuses a session past closing, naming the date and the hours', () => {
    expect(() =>
      assertWithinOpeningHours(library, '2026-06-06', '12:00', '14:00', 'Page Moss Library'),
    ).toThrow(
      'On Saturday 6 June 2026 Page Moss Library is open 09:00 to 13:00, so a session from 12:00 to 14:00 does not fit.',
    );
  });

  it('refuses a session over a break in the day, or on a closed day, as INVALID_INPUT', () => {
    expect(() =>
      assertWithinOpeningHours(library, '2026-06-08', '11:00', '14:00', 'Page Moss Library'),
    ).toThrow(/open 09:00 to 12:00 and 13:00 to 17:00/);
    try {
      assertWithinOpeningHours(library, '2026-06-09', '10:00', '12:00', 'Page Moss Library');
    } catch (error) {
      expect(isDomainError(error) && [error.code, error.message]).toEqual([
        'INVALID_INPUT',
        'On Tuesday 9 June 2026 Page Moss Library is closed, so a session from 10:00 to 12:00 does not fit.',
      ]);
    }
    expect.assertions(2);
  });

  it('refuses times in the wrong order before looking at the hours', () => {
    expect(() =>
      assertWithinOpeningHours(library, '2026-06-06', '12:00', '11:00', 'Page Moss Library'),
    ).toThrow(/not after it starts/);
  });
});
