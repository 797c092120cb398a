import { addWorkingDays } from '@doorstep/domain';
import { en, en_GB, Faker } from '@faker-js/faker';
import { Temporal } from 'temporal-polyfill';
import type {
  accessNeeds,
  appointments,
  contactRestrictions,
  customers,
  dropInAttendance,
  dropInChanges,
  dropInInterest,
  dropInSeries,
  homes,
  livingWellMeetings,
  patches,
  representatives,
  staff,
  tenancies,
  venues,
} from '../schema';
import { type Area, areas, streetSuffixes } from './areas';
import { generateDropIns } from './drop-ins';
import { generateFieldDays } from './field-days';
import {
  contains,
  distanceMetres,
  type LatLng,
  offsetMetres,
  radialShape,
  slicePolygon,
} from './geometry';
import { assignGas, planHistory, type SeedHistory } from './history';
import { generateMeetingAttempts } from './living-well';
import { generatePeople } from './people';
import { demoVenues } from './venues';

export interface SeedOptions {
  /** How many homes; 3,000 for the demo, up to 125,000 for benchmarks. */
  homes: number;
  seed: number;
  /** The day the data is written for: Living Well history and bookings are relative to it. */
  today: string;
  /** Homes one advisor's patch holds; more homes make more, smaller patches. */
  homesPerPatch?: number;
  /** Years of past visits, notices, certificates, contacts and equality answers; none by default. */
  historyYears?: number;
}

/** Rows as they are inserted; ids are generated here so that a seed is reproducible. */
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'] & { id: string };

export interface SeedData {
  staff: Insert<typeof staff>[];
  patches: Insert<typeof patches>[];
  homes: Insert<typeof homes>[];
  tenancies: Insert<typeof tenancies>[];
  customers: Insert<typeof customers>[];
  accessNeeds: Insert<typeof accessNeeds>[];
  representatives: Insert<typeof representatives>[];
  contactRestrictions: Insert<typeof contactRestrictions>[];
  livingWellMeetings: Insert<typeof livingWellMeetings>[];
  appointments: Insert<typeof appointments>[];
  venues: Insert<typeof venues>[];
  dropInSeries: Insert<typeof dropInSeries>[];
  dropInChanges: Insert<typeof dropInChanges>[];
  dropInAttendance: Insert<typeof dropInAttendance>[];
  dropInInterest: Insert<typeof dropInInterest>[];
}

/** The rows, and with `historyYears` the history, written patch by patch after them. */
export type GeneratedSeed = SeedData & { history?: SeedHistory };

type Row<K extends keyof SeedData> = SeedData[K][number];

export const DEMO_HOMES = 3000;
export const ZONE = 'Europe/London';

/** A pure function of its options: the same options always give the same rows, ids included. */
export function generateSeedData(options: SeedOptions): GeneratedSeed {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(options.seed);
  const today = Temporal.PlainDate.from(options.today);
  const homesPerPatch = options.homesPerPatch ?? 500;
  const patchCount = Math.max(areas.length, Math.round(options.homes / homesPerPatch));

  const team = generateTeam(faker);
  const patchRows: Row<'patches'>[] = [];
  const advisors: Row<'staff'>[] = [];
  const homeRows: Row<'homes'>[] = [];
  const slicesPerArea = splitEvenly(patchCount, areas.length);
  const homesPerSlice = splitEvenly(options.homes, patchCount);
  let sliceIndex = 0;

  areas.forEach((area, areaIndex) => {
    const shape = radialShape(
      area.centre,
      area.radiusMetres,
      area.stretch,
      0.48 * nearestNeighbourMetres(area),
      [
        faker.number.float({ max: 6.28 }),
        faker.number.float({ max: 6.28 }),
        faker.number.float({ max: 6.28 }),
      ],
    );
    const slices = slicesPerArea[areaIndex] ?? 1;
    for (let s = 0; s < slices; s += 1) {
      const from = (2 * Math.PI * s) / slices;
      const to = (2 * Math.PI * (s + 1)) / slices;
      const name = slices === 1 ? area.name : `${area.name} ${s + 1}`;
      const advisor = makeAdvisor(faker, area, name);
      advisors.push(advisor);
      const patch: Row<'patches'> = {
        id: faker.string.uuid(),
        name,
        boundary: slicePolygon(shape, from, to),
        advisorId: advisor.id,
      };
      patchRows.push(patch);
      homeRows.push(...generateHomes(faker, area, patch, homesPerSlice[sliceIndex] ?? 0));
      sliceIndex += 1;
    }
  });

  const historyYears = options.historyYears ?? 0;
  if (historyYears > 0) assignGas(options.seed, homeRows);
  const people = generatePeople(faker, homeRows, today);
  const meetings = generateLivingWellHistory(faker, people.tenancies, homeRows, patchRows, today);
  meetings.push(...generateMeetingAttempts(options.seed, meetings, today));
  const bookings = generateBookings(faker, people, homeRows, patchRows, today);
  const venueRows = demoVenues(faker);
  const communityTeam = team.find((member) => member.role === 'community');
  if (!communityTeam) throw new Error('the demo team has no community member');

  bookings.push(
    ...generateFieldDays(
      options.seed,
      { ...people, patches: patchRows, homes: homeRows, appointments: bookings },
      today,
    ),
  );

  const data: GeneratedSeed = {
    staff: [...advisors, ...team],
    patches: patchRows,
    homes: homeRows,
    ...people,
    livingWellMeetings: meetings,
    appointments: bookings,
    venues: venueRows,
    ...generateDropIns(faker, venueRows, people.customers, communityTeam.id, today),
  };
  if (historyYears > 0) data.history = planHistory(options.seed, data, today, historyYears);
  return data;
}

function splitEvenly(total: number, parts: number): number[] {
  return Array.from(
    { length: parts },
    (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0),
  );
}

function nearestNeighbourMetres(area: Area): number {
  return Math.min(
    ...areas
      .filter((other) => other !== area)
      .map((other) => distanceMetres(area.centre, other.centre)),
  );
}

const officeHours = { start: '09:00', end: '17:00' };
const fullTime = {
  mon: [officeHours],
  tue: [officeHours],
  wed: [officeHours],
  thu: [officeHours],
  fri: [{ start: '09:00', end: '16:30' }],
};
const partTime = { mon: [officeHours], tue: [officeHours], wed: [officeHours], thu: [officeHours] };

interface StaffPost {
  role: Row<'staff'>['role'];
  team: string;
  workingPattern: Row<'staff'>['workingPattern'];
  baseName: string;
  base: LatLng;
  /** The demo accounts have addresses people can type; everyone else gets a generated one. */
  email?: string;
}

function makeStaff(faker: Faker, post: StaffPost): Row<'staff'> {
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  const slug = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    id: faker.string.uuid(),
    name: `${first} ${last}`,
    email:
      post.email ??
      `${slug}.${faker.string.alphanumeric({ length: 4, casing: 'lower' })}@doorstep.example`,
    role: post.role,
    team: post.team,
    workingPattern: post.workingPattern,
    homeBaseName: post.baseName,
    homeBaseLatitude: post.base.latitude,
    homeBaseLongitude: post.base.longitude,
  };
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function makeAdvisor(faker: Faker, area: Area, patchName: string): Row<'staff'> {
  return makeStaff(faker, {
    email: `advisor.${slugOf(patchName)}@doorstep.example`,
    role: 'advisor',
    team: `Housing Advisors – ${area.name}`,
    workingPattern: faker.number.int({ max: 5 }) === 0 ? partTime : fullTime,
    baseName: `${area.name} office`,
    base: area.centre,
  });
}

const headOffice = {
  baseName: 'Huyton head office',
  base: { latitude: 53.4094, longitude: -2.8389 },
};

function generateTeam(faker: Faker): Row<'staff'>[] {
  const teams: [Row<'staff'>['role'], string, string | undefined][] = [
    ['community', 'Communities Team', 'community@doorstep.example'],
    ['community', 'Communities Team', undefined],
    ['community', 'Communities Team', undefined],
    ['manager', 'Customer Access', 'manager@doorstep.example'],
    ['admin', 'Digital Services', 'admin@doorstep.example'],
  ];
  return teams.map(([role, team, email]) =>
    makeStaff(faker, {
      role,
      team,
      workingPattern: fullTime,
      ...headOffice,
      ...(email ? { email } : {}),
    }),
  );
}

const METRES_BETWEEN_DOORS = 14;
const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function generateHomes(
  faker: Faker,
  area: Area,
  patch: Row<'patches'>,
  count: number,
): Row<'homes'>[] {
  const result: Row<'homes'>[] = [];
  const boundary = patch.boundary;
  const ring = boundary.coordinates[0] ?? [];
  const lats = ring.map((p) => p[1] ?? 0);
  const lngs = ring.map((p) => p[0] ?? 0);
  const usedStreets = new Set<string>();
  let sector = faker.number.int({ min: 1, max: 9 });
  let attempts = 0;

  while (result.length < count) {
    attempts += 1;
    if (attempts > count * 50) throw new Error(`Could not place homes in ${patch.name}`);
    const start = {
      latitude: faker.number.float({ min: Math.min(...lats), max: Math.max(...lats) }),
      longitude: faker.number.float({ min: Math.min(...lngs), max: Math.max(...lngs) }),
    };
    if (!contains(boundary, start)) continue;
    const street = streetName(faker, area, usedStreets);
    const bearing = faker.number.float({ max: Math.PI });
    const doors = Math.min(faker.number.int({ min: 12, max: 60 }), count - result.length);
    let unit = 0;
    sector = (sector % 9) + 1;
    for (let door = 0; door < doors; door += 1) {
      // Odd numbers on one side of the street, even on the other, as in British streets.
      const along = Math.floor(door / 2) * METRES_BETWEEN_DOORS;
      const across = door % 2 === 0 ? 9 : -9;
      const at = offsetMetres(
        start,
        along * Math.cos(bearing) - across * Math.sin(bearing),
        along * Math.sin(bearing) + across * Math.cos(bearing),
      );
      if (!contains(boundary, at)) continue;
      if (door % 16 === 0) unit += 1;
      const number = door + 1;
      result.push({
        id: faker.string.uuid(),
        addressLine1: `${number} ${street}`,
        addressLine2: null,
        town: area.town,
        postcode: `${area.district} ${sector}${postcodeUnit(unit, street)}`,
        latitude: at.latitude,
        longitude: at.longitude,
        patchId: patch.id,
      });
    }
  }
  return result;
}

function streetName(faker: Faker, area: Area, used: Set<string>): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const name = `${faker.helpers.arrayElement(area.streetStems)} ${faker.helpers.arrayElement(streetSuffixes)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  // Large data sets run out of plain names; numbered closes keep addresses unique.
  const name = `${faker.helpers.arrayElement(area.streetStems)} Close ${used.size + 1}`;
  used.add(name);
  return name;
}

function postcodeUnit(unit: number, street: string): string {
  let hash = unit;
  for (const char of street) hash = (hash * 31 + char.charCodeAt(0)) % 400;
  return `${POSTCODE_LETTERS[Math.floor(hash / 20)]}${POSTCODE_LETTERS[hash % 20]}`;
}

function generateLivingWellHistory(
  faker: Faker,
  tenancyRows: Row<'tenancies'>[],
  homeRows: Row<'homes'>[],
  patchRows: Row<'patches'>[],
  today: Temporal.PlainDate,
): Row<'livingWellMeetings'>[] {
  const advisorByHome = advisorLookup(homeRows, patchRows);
  const rows: Row<'livingWellMeetings'>[] = [];
  for (const tenancy of tenancyRows) {
    if (tenancy.tenure !== 'low_cost_rental') continue;
    const started = Temporal.PlainDate.from(tenancy.startDate);
    // Last meetings spread over the past 14 months, so about one in seven is overdue.
    const last = today.subtract({ days: faker.number.int({ min: 1, max: 425 }) });
    if (Temporal.PlainDate.compare(last, started) <= 0) continue;
    const advisorId = advisorByHome.get(tenancy.homeId) ?? null;
    const previous = last.subtract({ days: faker.number.int({ min: 330, max: 400 }) });
    if (Temporal.PlainDate.compare(previous, started) > 0) {
      rows.push({
        id: faker.string.uuid(),
        tenancyId: tenancy.id,
        advisorId,
        heldOn: previous.toString(),
      });
    }
    rows.push({
      id: faker.string.uuid(),
      tenancyId: tenancy.id,
      advisorId,
      heldOn: last.toString(),
    });
  }
  return rows;
}

function advisorLookup(homeRows: Row<'homes'>[], patchRows: Row<'patches'>[]) {
  const advisorByPatch = new Map(patchRows.map((p) => [p.id, p.advisorId ?? null]));
  return new Map(homeRows.map((h) => [h.id, advisorByPatch.get(h.patchId ?? '') ?? null]));
}

/** Letters and digits that cannot be mistaken for each other when read out on the phone. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const bookingSlots = [
  { start: '09:30', minutes: 60 },
  { start: '11:00', minutes: 60 },
  { start: '14:00', minutes: 45 },
];

/** A fortnight of booked Living Well visits per advisor, so the field app has a day to show. */
function generateBookings(
  faker: Faker,
  people: { tenancies: Row<'tenancies'>[]; customers: Row<'customers'>[] },
  homeRows: Row<'homes'>[],
  patchRows: Row<'patches'>[],
  today: Temporal.PlainDate,
): Row<'appointments'>[] {
  const leadByTenancy = new Map<string, Row<'customers'>>();
  for (const customer of people.customers) {
    if (customer.isLeadTenant && customer.tenancyId)
      leadByTenancy.set(customer.tenancyId, customer);
  }
  const tenanciesByPatch = new Map<string, Row<'tenancies'>[]>();
  const patchOfHome = new Map(homeRows.map((h) => [h.id, h.patchId ?? '']));
  for (const tenancy of people.tenancies) {
    if (tenancy.tenure !== 'low_cost_rental' || tenancy.endDate) continue;
    const patchId = patchOfHome.get(tenancy.homeId);
    if (!patchId) continue;
    const list = tenanciesByPatch.get(patchId) ?? [];
    list.push(tenancy);
    tenanciesByPatch.set(patchId, list);
  }

  const days = nextWorkingDays(today, 10);
  const rows: Row<'appointments'>[] = [];
  for (const patch of patchRows) {
    const candidates = faker.helpers.shuffle(tenanciesByPatch.get(patch.id) ?? []);
    if (!patch.advisorId) continue;
    let next = 0;
    for (const day of days) {
      for (const slot of bookingSlots) {
        const tenancy = candidates[next];
        next += 1;
        const customer = tenancy && leadByTenancy.get(tenancy.id);
        if (!tenancy || !customer) continue;
        const start = day.toZonedDateTime({ timeZone: ZONE, plainTime: slot.start });
        rows.push({
          id: faker.string.uuid(),
          type: 'living_well',
          customerId: customer.id,
          homeId: tenancy.homeId,
          staffId: patch.advisorId,
          startsAt: new Date(start.epochMilliseconds),
          endsAt: new Date(start.add({ minutes: slot.minutes }).epochMilliseconds),
          status: 'booked',
          bookedVia: faker.helpers.weightedArrayElement([
            { value: 'booking_link', weight: 5 },
            { value: 'phone', weight: 3 },
            { value: 'staff', weight: 2 },
          ]),
          purpose:
            'Your yearly Living Well meeting: a chat about your home, your household and any help you would like.',
          reference: `DS-${faker.string.fromCharacters(REFERENCE_ALPHABET, 6)}`,
        });
      }
    }
  }
  return rows;
}

function nextWorkingDays(from: Temporal.PlainDate, count: number): Temporal.PlainDate[] {
  const result: Temporal.PlainDate[] = [];
  for (let n = 1; n <= count; n += 1) {
    result.push(Temporal.PlainDate.from(addWorkingDays(from.toString(), n)));
  }
  return result;
}
