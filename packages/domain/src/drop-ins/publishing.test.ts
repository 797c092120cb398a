import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { assertVenuePublishable, venuePublishingProblems } from './publishing';
import type { VenueForPublishing } from './types';

const checked: VenueForPublishing = {
  name: 'Page Moss Library',
  stepFreeEntrance: true,
  accessibleToilet: true,
  hearingLoop: false,
  blueBadgeParking: true,
  quietRoom: false,
  babyChanging: true,
  bslOnRequest: false,
  busRoutes: '10A, 14',
  nearestStop: 'Page Moss Avenue',
};

describe('venuePublishingProblems', () => {
  it('is empty when every fact is answered, the required ones yes, and the bus text given', () => {
    expect(venuePublishingProblems(checked)).toEqual([]);
    expect(venuePublishingProblems({ ...checked, busRoutes: 'none', nearestStop: 'none' })).toEqual(
      [],
    );
  });

  it('names the facts nobody has answered, keeping BSL and Blue Badge in capitals', () => {
    expect(
      venuePublishingProblems({
        ...checked,
        hearingLoop: null,
        bslOnRequest: null,
        blueBadgeParking: null,
      }),
    ).toEqual([
      'nobody has checked yet whether it has: hearing loop, Blue Badge parking and BSL interpreter on request',
    ]);
  });

  it('names a required fact answered "no"', () => {
    expect(venuePublishingProblems({ ...checked, stepFreeEntrance: false })).toEqual([
      'no step-free entrance, which every drop-in venue needs',
    ]);
  });

  it('asks for the bus routes and the nearest stop, blank counting as missing', () => {
    expect(venuePublishingProblems({ ...checked, busRoutes: '  ', nearestStop: null })).toEqual([
      'bus routes not given (write "none" if no buses)',
      'nearest bus stop not given (write "none" if there is none nearby)',
    ]);
  });
});

describe('assertVenuePublishable', () => {
  it('passes a publishable venue', () => {
    expect(() => assertVenuePublishable(checked)).not.toThrow();
  });

  it('refuses with PRECONDITION_FAILED, listing every problem in one sentence', () => {
    const venue = { ...checked, accessibleToilet: false, quietRoom: null, nearestStop: '' };
    try {
      assertVenuePublishable(venue);
    } catch (error) {
      expect(isDomainError(error) && [error.code, error.message]).toEqual([
        'PRECONDITION_FAILED',
        'Page Moss Library cannot be published: nobody has checked yet whether it has: quiet room; no accessible toilet, which every drop-in venue needs; nearest bus stop not given (write "none" if there is none nearby).',
      ]);
    }
    expect.assertions(1);
  });
});
