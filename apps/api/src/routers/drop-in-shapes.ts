import { areaSlug, venueAreas } from '@doorstep/db';
import {
  clashRules,
  dropInTextLimits,
  dropInTopics,
  occurrenceStatuses,
  type VenueFact,
  venueFacts,
  weekdays,
} from '@doorstep/domain';
import { z } from 'zod';
import { dateField } from './fields';

/** The zod shapes the venues and drop-ins routers share: inputs with plain-word errors, and outputs. */

type Limit = keyof typeof dropInTextLimits;

/** Required free text: trimmed, never empty, never longer than the domain allows. */
export const requiredText = (label: string, limit: Limit) => {
  const max = dropInTextLimits[limit];
  return z
    .string({ error: `Give the ${label}` })
    .trim()
    .min(1, `Give the ${label}`)
    .max(max, `Keep the ${label} to ${max} characters`);
};

/** Optional free text: blank means "none recorded", stored as null. */
export const optionalText = (label: string, limit: Limit) => {
  const max = dropInTextLimits[limit];
  return z
    .string({ error: `The ${label} must be text` })
    .trim()
    .max(max, `Keep the ${label} to ${max} characters`)
    .nullable()
    .transform((value) => (value === '' ? null : value));
};

export const timeField = (name: string) =>
  z
    .string({ error: `Give the ${name} time as HH:MM, for example 10:00` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Give the ${name} time as HH:MM, for example 10:00`);

export const venueIdField = z.uuid({ error: 'Venue id must be a UUID' });
export const seriesIdField = z.uuid({ error: 'Series id must be a UUID' });
export const originalDateField = dateField('session');

export const areaField = z.enum(venueAreas, {
  error: `Choose one of the areas: ${venueAreas.join(', ')}`,
});
export const areaSlugs = venueAreas.map(areaSlug) as [string, ...string[]];
export const areaSlugField = z.enum(areaSlugs, {
  error: `Choose one of the areas: ${areaSlugs.join(', ')}`,
});

export const venueFactField = z.enum(venueFacts, {
  error: `Each need must be one of: ${venueFacts.join(', ')}`,
});
export const topicField = z.enum(dropInTopics, {
  error: `Each topic must be one of: ${dropInTopics.join(', ')}`,
});
export const topicsField = z
  .array(topicField, { error: 'Give the topics as a list' })
  .max(dropInTopics.length)
  .refine((topics) => new Set(topics).size === topics.length, 'List each topic once');

function recordOf<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>);
}

/** Each fact answered yes, no, or not yet checked (null). */
export const factsInput = z.strictObject(
  Object.fromEntries(
    venueFacts.map((fact) => [
      fact,
      z.boolean({ error: `Answer ${fact} with yes, no or not checked` }).nullable(),
    ]),
  ) as Record<VenueFact, z.ZodNullable<z.ZodBoolean>>,
);
export const factsOutput = recordOf(venueFacts, z.boolean().nullable());

const span = z
  .strictObject({ opens: timeField('opening'), closes: timeField('closing') })
  .refine((s) => s.closes > s.opens, 'A venue must close after it opens');

export const openingHoursField = z
  .partialRecord(
    z.enum(weekdays, { error: 'Opening hours are by weekday, monday to sunday' }),
    z.array(span).max(4, 'At most 4 opening spans a day'),
  )
  .refine(
    (week) =>
      Object.values(week).every((spans) =>
        [...(spans ?? [])]
          .sort((a, b) => a.opens.localeCompare(b.opens))
          .every((s, i, all) => i === 0 || s.opens >= (all[i - 1]?.closes ?? '')),
      ),
    'Opening spans on one day must not overlap',
  );
export const openingHoursOutput = z.partialRecord(
  z.enum(weekdays),
  z.array(z.object({ opens: z.string(), closes: z.string() })),
);

export const venueOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  area: z.string(),
  addressLine1: z.string(),
  town: z.string(),
  postcode: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  openingNotes: z.string().nullable(),
  busRoutes: z.string().nullable(),
  nearestStop: z.string().nullable(),
  facts: factsOutput,
  openingHours: openingHoursOutput,
  /** Why it cannot be published yet, in plain words; empty when it can. */
  problems: z.array(z.string()),
  version: z.number().int(),
});

export const occurrenceOutput = z.object({
  originalDate: z.iso.date(),
  date: z.iso.date(),
  startTime: z.string(),
  endTime: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  venueId: z.uuid(),
  status: z.enum(occurrenceStatuses),
  clash: z.object({ kind: z.enum(['bank_holiday', 'venue_closure']), name: z.string() }).nullable(),
  reason: z.string().nullable(),
  changedAt: z.iso.datetime().nullable(),
  changeCount: z.number().int(),
});

export const occurrenceViewOutput = occurrenceOutput.extend({
  seriesId: z.uuid(),
  venueName: z.string(),
  title: z.string(),
});

export const seriesSummaryOutput = z.object({
  id: z.uuid(),
  title: z.string(),
  team: z.string(),
  topics: z.array(z.enum(dropInTopics)),
  venueId: z.uuid(),
  venueName: z.string(),
  area: z.string(),
  description: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  published: z.boolean(),
  nextDate: z.iso.date().nullable(),
});

export const attendanceTrendOutput = z.object({
  points: z.array(z.object({ date: z.iso.date(), count: z.number().int() })),
  recentAverage: z.number().nullable(),
  previousAverage: z.number().nullable(),
  direction: z.enum(['rising', 'falling', 'steady', 'too_few']),
  topicCounts: recordOf(dropInTopics, z.number().int()),
});

/** The schedule fields a series is made of, as staff type them. */
export const scheduleInput = {
  rrule: z
    .string({ error: 'Give the recurrence rule' })
    .trim()
    .min(1, 'Give the recurrence rule')
    .max(500, 'Keep the recurrence rule to 500 characters'),
  startsOn: dateField('first'),
  startTime: timeField('start'),
  endTime: timeField('end'),
  venueId: venueIdField,
  clashRule: z.enum(clashRules, {
    error: 'Choose what happens on a bank holiday or closure: skip, or next_working_day',
  }),
};

export const seriesInput = {
  title: requiredText('title', 'title'),
  team: requiredText('team', 'team'),
  topics: topicsField,
  ...scheduleInput,
};

export const reasonField = requiredText('reason', 'reason');

export const occurrenceKey = { seriesId: seriesIdField, originalDate: originalDateField };

export const occurrenceChangeOutput = z.object({
  occurrence: occurrenceViewOutput,
  /** Notices queued to customers who said they would come. */
  notified: z.number().int(),
  /** Customers who said they would come but have no address, email or phone for their channel. */
  unreachable: z.number().int(),
});

const areaOutput = z.object({ slug: z.string(), name: z.string() });

export const publicSessionOutput = z.object({
  seriesId: z.uuid(),
  originalDate: z.iso.date(),
  title: z.string(),
  topics: z.array(z.enum(dropInTopics)),
  date: z.iso.date(),
  startTime: z.string(),
  endTime: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: z.enum(['scheduled', 'moved', 'cancelled']),
  reason: z.string().nullable(),
  venue: venueOutput
    .pick({
      id: true,
      name: true,
      area: true,
      addressLine1: true,
      town: true,
      postcode: true,
      latitude: true,
      longitude: true,
      openingNotes: true,
      busRoutes: true,
      nearestStop: true,
    })
    .extend({
      areaSlug: z.string(),
      /** The facts answered yes. */
      facts: z.array(z.enum(venueFacts)),
    }),
});

export const publicListOutput = z.object({
  areas: z.array(areaOutput),
  sessions: z.array(publicSessionOutput),
});

export const posterOutput = z.object({
  area: areaOutput,
  month: z.string(),
  sessions: z.array(publicSessionOutput),
});
