/**
 * Test helpers for the booking feature: a small patch of Liverpool, advisors working office
 * hours, and an independent check of a slot against a diary that shares no code with the
 * sweep (it uses the calendar helpers and the routing metric directly).
 */
import type { AvailabilityRequest, CandidateStaff, GeoPoint } from '../src/booking/types';
import { londonDateTime } from '../src/calendar/london';
import { roadEstimate } from '../src/routing/metrics';

export const home: GeoPoint = { latitude: 53.4, longitude: -2.9 };
export const base: GeoPoint = { latitude: 53.42, longitude: -2.95 };

/** `distanceKm` roughly due east of the home. */
export const east = (distanceKm: number): GeoPoint => ({
  latitude: home.latitude,
  longitude: home.longitude + distanceKm / (111.32 * Math.cos((home.latitude * Math.PI) / 180)),
});

export const minutesBetween = (a: GeoPoint, b: GeoPoint): number =>
  roadEstimate({ x: a.longitude, y: a.latitude }, { x: b.longitude, y: b.latitude }).minutes;

/** A London wall-clock time as an ISO string with its offset, as the database returns it. */
export const at = (date: string, time: string): string => londonDateTime(date, time).toString();

export const officeHours = {
  mon: [{ start: '09:00', end: '17:00' }],
  tue: [{ start: '09:00', end: '17:00' }],
  wed: [{ start: '09:00', end: '17:00' }],
  thu: [{ start: '09:00', end: '17:00' }],
  fri: [{ start: '09:00', end: '17:00' }],
} as const;

export const advisor = (id: string, overrides: Partial<CandidateStaff> = {}): CandidateStaff => ({
  id,
  homeBase: base,
  workingPattern: officeHours,
  appointments: [],
  ...overrides,
});

/** Mon 1 June 2026, 10:00: a tenant opens the link for a repair inspection (30 minutes). */
export const request = (overrides: Partial<AvailabilityRequest> = {}): AvailabilityRequest => ({
  type: 'repair_inspection',
  profile: {},
  location: home,
  now: '2026-06-01T10:00:00+01:00',
  staff: [advisor('alex')],
  ...overrides,
});
