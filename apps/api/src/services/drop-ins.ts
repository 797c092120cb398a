import { type Database, venues } from '@doorstep/db';
import { asc } from 'drizzle-orm';

type VenueRow = typeof venues.$inferSelect;

/** Each fact in words, so it is never conveyed by an icon alone. */
const accessibilityFacts: [keyof VenueRow, string][] = [
  ['stepFreeEntrance', 'Step-free entrance'],
  ['accessibleToilet', 'Accessible toilet'],
  ['hearingLoop', 'Hearing loop'],
  ['blueBadgeParking', 'Blue badge parking'],
  ['quietRoom', 'Quiet room'],
  ['babyChanging', 'Baby changing'],
  ['bslOnRequest', 'British Sign Language interpreter on request'],
];

export async function listVenues(db: Database) {
  const rows = await db.select().from(venues).orderBy(asc(venues.name));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    addressLine1: row.addressLine1,
    town: row.town,
    postcode: row.postcode,
    latitude: row.latitude,
    longitude: row.longitude,
    openingNotes: row.openingNotes,
    busRoutes: row.busRoutes,
    nearestStop: row.nearestStop,
    accessibility: accessibilityFacts
      .filter(([key]) => row[key] === true)
      .map(([, label]) => label),
  }));
}
