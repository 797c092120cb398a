import {
  type ClashRule,
  checkSchedule,
  type DropInTopic,
  dropInTopics,
  expandSeries,
  type Occurrence,
} from '@doorstep/domain';
import type { Faker } from '@faker-js/faker';
import { Temporal } from 'temporal-polyfill';
import type { SeedData } from './generate';

type Row<K extends keyof SeedData> = SeedData[K][number];

interface SeriesPlan {
  title: string;
  venue: string;
  byDay: string;
  startTime: string;
  endTime: string;
  topics: DropInTopic[];
  clashRule: ClashRule;
  published: boolean;
}

const plans: SeriesPlan[] = [
  {
    title: 'Rent and money advice drop-in',
    venue: 'Page Moss Library',
    byDay: '+2TU',
    startTime: '10:00',
    endTime: '12:00',
    topics: ['rent', 'money_advice'],
    clashRule: 'next_working_day',
    published: true,
  },
  {
    title: 'Repairs surgery',
    venue: 'Huyton Library',
    byDay: '+1WE',
    startTime: '14:00',
    endTime: '16:00',
    topics: ['repairs'],
    clashRule: 'next_working_day',
    published: true,
  },
  {
    title: 'Kirkby tenants’ drop-in',
    venue: 'Kirkby Centre',
    byDay: '+1MO',
    startTime: '10:00',
    endTime: '12:00',
    topics: ['rent', 'repairs', 'tenancy'],
    clashRule: 'next_working_day',
    published: true,
  },
  {
    title: 'Help getting online',
    venue: 'Kirkby Centre',
    byDay: '+3TH',
    startTime: '13:00',
    endTime: '15:00',
    topics: ['getting_online'],
    clashRule: 'skip',
    published: true,
  },
  {
    title: 'Northwood evening drop-in',
    venue: 'Northwood Community Centre',
    byDay: '+2TH',
    startTime: '18:00',
    endTime: '20:00',
    topics: ['rent', 'repairs', 'neighbourhood'],
    clashRule: 'skip',
    published: true,
  },
  {
    title: 'Stockbridge Village drop-in',
    venue: 'Stockbridge Village Neighbourhood Centre',
    byDay: '-1FR',
    startTime: '10:00',
    endTime: '12:00',
    topics: ['rent', 'repairs', 'money_advice', 'neighbourhood'],
    clashRule: 'skip',
    published: true,
  },
  {
    title: 'Whiston tenancy drop-in',
    venue: 'Whiston Town Hall',
    byDay: '+3TU',
    startTime: '10:00',
    endTime: '12:00',
    topics: ['tenancy', 'rent'],
    clashRule: 'next_working_day',
    published: true,
  },
  {
    title: 'Halewood Saturday drop-in',
    venue: 'Halewood Leisure Centre',
    byDay: '+1SA',
    startTime: '10:00',
    endTime: '12:00',
    topics: ['rent', 'repairs', 'getting_online'],
    clashRule: 'skip',
    published: true,
  },
  {
    title: 'Money advice evening',
    venue: 'Halewood Leisure Centre',
    byDay: '+4WE',
    startTime: '18:00',
    endTime: '20:00',
    topics: ['money_advice'],
    clashRule: 'skip',
    published: true,
  },
  {
    title: 'Huyton neighbourhood drop-in',
    venue: 'Huyton Library',
    byDay: '+4MO',
    startTime: '10:00',
    endTime: '12:00',
    topics: ['neighbourhood', 'tenancy'],
    clashRule: 'skip',
    published: true,
  },
  {
    // Its venue has no step-free entrance, so it stays a draft until another is found.
    title: 'Prescot drop-in',
    venue: 'Prescot Museum Community Room',
    byDay: '+2FR',
    startTime: '10:00',
    endTime: '12:00',
    topics: ['rent', 'repairs'],
    clashRule: 'skip',
    published: false,
  },
];

export interface DropInSeed {
  dropInSeries: Row<'dropInSeries'>[];
  dropInChanges: Row<'dropInChanges'>[];
  dropInAttendance: Row<'dropInAttendance'>[];
  dropInInterest: Row<'dropInInterest'>[];
}

const HISTORY_MONTHS = 6;

/**
 * Monthly series at the demo venues, running from six months ago to the end of next year,
 * with attendance for every session held so far, one cancelled and one moved session ahead,
 * and a few tenants who said they would come.
 */
export function generateDropIns(
  faker: Faker,
  venues: Row<'venues'>[],
  customers: Row<'customers'>[],
  communityStaffId: string,
  today: Temporal.PlainDate,
): DropInSeed {
  const startsOn = today.subtract({ months: HISTORY_MONTHS }).with({ day: 1 }).toString();
  const until = `${today.year + 1}1231`;
  const changedAt = new Date(`${today.toString()}T09:00:00Z`);
  const result: DropInSeed = {
    dropInSeries: [],
    dropInChanges: [],
    dropInAttendance: [],
    dropInInterest: [],
  };
  const upcoming: { series: Row<'dropInSeries'>; occurrences: Occurrence[] }[] = [];

  for (const plan of plans) {
    const venue = venues.find((v) => v.name === plan.venue);
    if (!venue) throw new Error(`seed venue ${plan.venue} missing`);
    const schedule = {
      rrule: `FREQ=MONTHLY;BYDAY=${plan.byDay};UNTIL=${until}`,
      startsOn,
      startTime: plan.startTime,
      endTime: plan.endTime,
      venueId: venue.id,
      clashRule: plan.clashRule,
    };
    const { endsOn } = checkSchedule(schedule, venue.openingHours);
    const series: Row<'dropInSeries'> = {
      id: faker.string.uuid(),
      title: plan.title,
      team: 'Communities Team',
      topics: plan.topics,
      ...schedule,
      endsOn,
      published: plan.published,
      createdById: communityStaffId,
      createdAt: changedAt,
      updatedAt: changedAt,
    };
    result.dropInSeries.push(series);
    const occurrences = expandSeries(schedule, { from: startsOn, to: endsOn });
    for (const held of occurrences) {
      if (!plan.published || held.status === 'skipped' || held.date >= today.toString()) continue;
      result.dropInAttendance.push({
        id: faker.string.uuid(),
        seriesId: series.id,
        originalDate: held.originalDate,
        count: faker.number.int({ min: 3, max: 24 }),
        topics: faker.helpers.arrayElements(dropInTopics, { min: 1, max: 3 }),
        notes: null,
        recordedById: communityStaffId,
        recordedAt: new Date(`${held.date}T15:00:00Z`),
      });
    }
    upcoming.push({
      series,
      occurrences: occurrences.filter((o) => o.status !== 'skipped' && o.date > today.toString()),
    });
  }

  const [first, second] = upcoming;
  const cancelled = first?.occurrences[0];
  if (first && cancelled) {
    result.dropInChanges.push({
      id: faker.string.uuid(),
      seriesId: first.series.id,
      originalDate: cancelled.originalDate,
      kind: 'cancel',
      reason: 'The library is closed for staff training that morning.',
      changedById: communityStaffId,
      changedAt,
    });
  }
  const moved = second?.occurrences[0];
  if (second && moved) {
    // A day later at the same library, which is open then too.
    result.dropInChanges.push({
      id: faker.string.uuid(),
      seriesId: second.series.id,
      originalDate: moved.originalDate,
      kind: 'move',
      date: Temporal.PlainDate.from(moved.date).add({ days: 1 }).toString(),
      startTime: moved.startTime,
      endTime: moved.endTime,
      reason: 'The meeting room is booked for a council event.',
      changedById: communityStaffId,
      changedAt,
    });
  }
  // Tenants who said they would come: to the cancelled session, and to the one after it.
  const wanted = [cancelled, first?.occurrences[1]].filter((o) => o !== undefined);
  const leads = customers.filter((customer) => customer.isLeadTenant !== false);
  faker.helpers.arrayElements(leads, 6).forEach((customer, index) => {
    const occurrence = wanted[index % wanted.length];
    if (!first || !occurrence) return;
    result.dropInInterest.push({
      id: faker.string.uuid(),
      seriesId: first.series.id,
      originalDate: occurrence.originalDate,
      customerId: customer.id,
      recordedById: communityStaffId,
      createdAt: changedAt,
    });
  });
  return result;
}
