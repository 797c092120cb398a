import { boolean, doublePrecision, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

export const venues = pgTable(
  'venues',
  {
    id: id(),
    name: text('name').notNull(),
    addressLine1: text('address_line1').notNull(),
    town: text('town').notNull(),
    postcode: text('postcode').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    openingNotes: text('opening_notes'),
    stepFreeEntrance: boolean('step_free_entrance').notNull().default(false),
    accessibleToilet: boolean('accessible_toilet').notNull().default(false),
    hearingLoop: boolean('hearing_loop').notNull().default(false),
    blueBadgeParking: boolean('blue_badge_parking').notNull().default(false),
    quietRoom: boolean('quiet_room').notNull().default(false),
    babyChanging: boolean('baby_changing').notNull().default(false),
    bslOnRequest: boolean('bsl_on_request').notNull().default(false),
    busRoutes: text('bus_routes'),
    nearestStop: text('nearest_stop'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('venues_name_key').on(table.name)],
);
