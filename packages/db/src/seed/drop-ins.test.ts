import {
  checkSchedule,
  expandSeries,
  type VenueForPublishing,
  venueFacts,
  venuePublishingProblems,
} from '@doorstep/domain';
import { describe, expect, it } from 'vitest';
import { venueAreas } from '../schema';
import { areas } from './areas';
import { generateSeedData } from './index';

const options = { homes: 600, seed: 42, today: '2026-11-23' };

describe('demo drop-ins', () => {
  const data = generateSeedData(options);
  const venueById = new Map(data.venues.map((venue) => [venue.id, venue]));
  const forPublishing = (id: string): VenueForPublishing => {
    const venue = venueById.get(id);
    if (!venue) throw new Error(`venue ${id} missing`);
    return {
      ...(Object.fromEntries(venueFacts.map((f) => [f, venue[f] ?? null])) as Record<
        (typeof venueFacts)[number],
        boolean | null
      >),
      name: venue.name,
      busRoutes: venue.busRoutes ?? null,
      nearestStop: venue.nearestStop ?? null,
    };
  };

  it('puts every venue in one of the borough’s areas, with opening hours', () => {
    expect([...venueAreas].sort()).toEqual(areas.map((area) => area.name).sort());
    for (const venue of data.venues) {
      expect(venueAreas).toContain(venue.area);
      expect(Object.keys(venue.openingHours ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('publishes ten series, each at a venue that may be published and within its hours', () => {
    const published = data.dropInSeries.filter((series) => series.published);
    expect(published).toHaveLength(10);
    for (const series of data.dropInSeries) {
      const venue = venueById.get(series.venueId);
      expect(checkSchedule(series, venue?.openingHours).endsOn).toBe(series.endsOn);
      const problems = venuePublishingProblems(forPublishing(series.venueId));
      if (series.published) expect(problems, series.title).toEqual([]);
      else expect(problems.join(' ')).toMatch(/step-free/i);
    }
  });

  it('holds six months of attendance, a cancelled and a moved session ahead, and some interest', () => {
    const dates = data.dropInAttendance.map((a) => a.originalDate).sort();
    // Six months back from 23 November: the first Saturday of May is the earliest session.
    expect(dates[0]).toBe('2026-05-02');
    expect((dates.at(-1) ?? '') < options.today).toBe(true);
    for (const series of data.dropInSeries.filter((s) => s.published)) {
      const held = expandSeries(series, { from: series.startsOn, to: '2026-11-22' }).filter(
        (o) => o.status !== 'skipped',
      );
      const recorded = data.dropInAttendance.filter((a) => a.seriesId === series.id);
      expect(recorded.map((a) => a.originalDate).sort()).toEqual(
        held.map((o) => o.originalDate).sort(),
      );
    }
    expect(data.dropInChanges.map((c) => c.kind).sort()).toEqual(['cancel', 'move']);
    expect(data.dropInChanges.every((c) => c.originalDate > options.today)).toBe(true);
    expect(data.dropInInterest.length).toBe(6);
  });
});
