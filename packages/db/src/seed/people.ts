import type { Faker } from '@faker-js/faker';
import type { Temporal } from 'temporal-polyfill';
import type { SeedData } from './generate';

type Row<K extends keyof SeedData> = SeedData[K][number];

/**
 * Roughly the mix a northern English social landlord records: a few percent each of large
 * print, interpreted languages, BSL, Relay UK, advocates, two-person visits and extra time.
 */
const languages = [
  { value: 'en', weight: 900 },
  { value: 'pl', weight: 25 },
  { value: 'ro', weight: 15 },
  { value: 'ar', weight: 12 },
  { value: 'uk', weight: 10 },
  { value: 'ur', weight: 8 },
  { value: 'lt', weight: 6 },
  { value: 'bfi', weight: 10 },
];

const formats = [
  { value: 'standard', weight: 920 },
  { value: 'large_print', weight: 45 },
  { value: 'easy_read', weight: 15 },
  { value: 'audio', weight: 8 },
  { value: 'braille', weight: 4 },
  { value: 'email', weight: 8 },
] as const;

const channels = [
  { value: 'sms', weight: 45 },
  { value: 'email', weight: 25 },
  { value: 'post', weight: 20 },
  { value: 'phone', weight: 10 },
] as const;

const tenureMix = [
  { value: 'low_cost_rental', weight: 86 },
  { value: 'affordable_rent', weight: 7 },
  { value: 'shared_ownership', weight: 5 },
  { value: 'leasehold', weight: 2 },
] as const;

const adjustments = [
  'call_before_arriving',
  'knock_loudly',
  'pets_secured',
  'wait_longer_at_door',
  'text_before_arriving',
] as const;
const vulnerabilities = [
  'do_not_visit_alone',
  'hearing_impairment',
  'visual_impairment',
  'mobility_impairment',
  'mental_health',
  'learning_disability',
  'cognitive_impairment',
] as const;
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** Ofcom keeps these ranges for drama, so demo numbers never ring a real phone. */
const mobile = (faker: Faker) => `07700 900${faker.string.numeric(3)}`;
const landline = (faker: Faker) => `0151 496 0${faker.string.numeric(3)}`;

export function generatePeople(faker: Faker, homeRows: Row<'homes'>[], today: Temporal.PlainDate) {
  const tenancies: Row<'tenancies'>[] = [];
  const customers: Row<'customers'>[] = [];
  const accessNeeds: Row<'accessNeeds'>[] = [];
  const representatives: Row<'representatives'>[] = [];
  const contactRestrictions: Row<'contactRestrictions'>[] = [];
  const chance = (percent: number) => faker.number.float({ max: 100 }) < percent;
  const dateWithin = (minDays: number, maxDays: number) =>
    today.add({ days: faker.number.int({ min: minDays, max: maxDays }) }).toString();

  homeRows.forEach((home, index) => {
    const tenancy: Row<'tenancies'> = {
      id: faker.string.uuid(),
      reference: `T${String(100000 + index)}`,
      homeId: home.id as string,
      tenure: faker.helpers.weightedArrayElement([...tenureMix]),
      startDate: dateWithin(-365 * 25, -30),
      endDate: null,
    };
    tenancies.push(tenancy);
    const occupants = chance(28) ? 2 : 1;
    const surname = faker.person.lastName();
    for (let o = 0; o < occupants; o += 1) {
      const language = faker.helpers.weightedArrayElement(languages);
      const channel = faker.helpers.weightedArrayElement([...channels]);
      const first = faker.person.firstName();
      const customer: Row<'customers'> = {
        id: faker.string.uuid(),
        tenancyId: tenancy.id as string,
        isLeadTenant: o === 0,
        name: `${first} ${surname}`,
        dateOfBirth: dateWithin(-365 * 92, -365 * 18),
        phone: chance(85) ? mobile(faker) : landline(faker),
        email: chance(60)
          ? `${first}.${surname}${faker.string.numeric(3)}@example.com`.toLowerCase()
          : null,
        preferredLanguage: language,
        preferredChannel: language === 'bfi' ? 'email' : channel,
        preferredFormat: faker.helpers.weightedArrayElement([...formats]),
      };
      customers.push(customer);
      const customerId = customer.id as string;
      const need = (kind: Row<'accessNeeds'>['kind'], detail: Record<string, unknown>) =>
        accessNeeds.push({
          id: faker.string.uuid(),
          customerId,
          kind,
          detail,
          recordedAt: new Date(`${dateWithin(-700, -1)}T10:00:00Z`),
        });

      if (language === 'bfi') need('interpreter', { kind: 'bsl', language: 'bfi' });
      else if (language !== 'en') {
        need('interpreter', { kind: chance(75) ? 'telephone' : 'in_person', language });
      }
      if (chance(1.5)) need('relay_uk', {});
      if (chance(3)) need('extra_time', { minutes: faker.helpers.arrayElement([15, 30]) });
      if (chance(4)) need('visit_adjustment', { code: faker.helpers.arrayElement(adjustments) });
      if (chance(1))
        need('preferred_staff_gender', { gender: faker.helpers.arrayElement(['female', 'male']) });
      if (chance(6)) {
        const schoolRun = chance(70);
        const days = schoolRun ? [...weekdays] : faker.helpers.arrayElements([...weekdays], 3);
        for (const day of days) {
          need(
            'unavailable_weekly',
            schoolRun
              ? { day, from: '08:15', to: '09:15', label: 'school run' }
              : { day, from: '12:00', to: '17:00', label: 'dialysis' },
          );
        }
      }
      if (chance(3)) need('vulnerability', { code: faker.helpers.arrayElement(vulnerabilities) });
      if (chance(2)) representatives.push(makeRepresentative(faker, customerId, dateWithin));
      if (chance(1.5)) {
        contactRestrictions.push({
          id: faker.string.uuid(),
          customerId,
          kind: faker.helpers.weightedArrayElement([
            { value: 'two_person_visits', weight: 7 },
            { value: 'written_contact_only', weight: 2 },
            { value: 'no_home_visits', weight: 1 },
          ]),
          reason: 'Recorded after an incident; see the case file.',
          startsOn: dateWithin(-500, -30),
          // Some reviews are already overdue, as they are in real case loads.
          reviewOn: dateWithin(-60, 300),
          endsOn: null,
        });
      }
    }
  });
  return { tenancies, customers, accessNeeds, representatives, contactRestrictions };
}

function makeRepresentative(
  faker: Faker,
  customerId: string,
  dateWithin: (min: number, max: number) => string,
): Row<'representatives'> {
  const advocate = faker.number.int({ max: 2 }) === 0;
  const period = faker.helpers.arrayElement(['ongoing', 'time_limited', 'one_off'] as const);
  return {
    id: faker.string.uuid(),
    customerId,
    name: faker.person.fullName(),
    phone: landline(faker),
    email: `${faker.string.alpha({ length: 6, casing: 'lower' })}@example.org`,
    relationship: advocate
      ? 'advocate'
      : faker.helpers.arrayElement(['daughter', 'son', 'support worker', 'friend']),
    organisation: advocate ? 'Knowsley Advocacy Service' : null,
    dateOfBirth: dateWithin(-365 * 70, -365 * 19),
    authorisedOn: faker.number.int({ max: 9 }) === 0 ? null : dateWithin(-700, -10),
    authorisedBy: faker.helpers.arrayElement(['letter', 'email', 'letter', 'phone'] as const),
    scope: faker.helpers.arrayElement([
      ['all'],
      ['repairs', 'safety_checks'],
      ['rent'],
      ['tenancy', 'support'],
    ]),
    inviteToVisits: advocate,
    period,
    startsOn: dateWithin(-700, -10),
    endsOn: period === 'ongoing' ? null : dateWithin(-30, 365),
    withdrawnAt:
      faker.number.int({ max: 14 }) === 0 ? new Date(`${dateWithin(-200, -1)}T12:00:00Z`) : null,
  };
}
