/**
 * Runtime checks for an access profile arriving from outside (API input, database JSON),
 * so the rules in this folder only ever see well-formed data. The inferred types are
 * checked against the hand-written ones in profile.ts at compile time.
 */
import * as z from 'zod/mini';
import type {
  AccessProfile,
  ContactRestriction,
  Representative,
  WeeklyUnavailability,
} from './profile';
import {
  contactChannels,
  contactRestrictionKinds,
  interpreterKinds,
  matters,
  representativePeriods,
  staffGenders,
  visitAdjustments,
  vulnerabilityFlags,
  weekdays,
  writtenFormats,
} from './vocabulary';

// zod/mini rather than zod: the same checks at a fraction of the browser bundle.
const date = z.iso.date({ error: 'Give the date as YYYY-MM-DD.' });
const time = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Give the time as HH:MM.' }));
const languageTag = z.string().check(
  z.refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { error: 'Give the language as a code such as en, pl or cy.' },
  ),
);

export const weeklyUnavailabilitySchema = z
  .object({
    day: z.enum(weekdays),
    from: time,
    to: time,
    label: z.optional(z.string().check(z.maxLength(60))),
  })
  .check(
    z.refine((window) => window.from < window.to, {
      error: 'A time the customer cannot do must end after it starts.',
    }),
  );

export const representativeSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.trim(), z.minLength(1)),
    phone: z.nullish(z.string()),
    email: z.nullish(z.email()),
    address: z.nullish(z.string()),
    relationship: z.string().check(z.trim(), z.minLength(1)),
    organisation: z.nullish(z.string()),
    dateOfBirth: z.nullish(date),
    authorisedOn: z.nullable(date),
    authorisedBy: z.optional(z.enum(['email', 'letter', 'phone', 'in_person'])),
    scope: z.array(z.enum([...matters, 'all'])),
    period: z.enum(representativePeriods),
    startsOn: date,
    endsOn: z.nullish(date),
    withdrawnAt: z.nullish(z.union([z.iso.datetime({ offset: true }), z.date()])),
    inviteToVisits: z.optional(z.boolean()),
  })
  .check(
    z.refine((rep) => !rep.endsOn || rep.startsOn <= rep.endsOn, {
      error: 'An authorisation cannot end before it starts.',
    }),
  );

export const contactRestrictionSchema = z
  .object({
    id: z.optional(z.string()),
    kind: z.enum(contactRestrictionKinds),
    reason: z.optional(z.string()),
    namedStaffId: z.nullish(z.string()),
    venue: z.nullish(z.string()),
    startsOn: date,
    reviewOn: date,
    endsOn: z.nullish(date),
  })
  .check(
    z.refine((r) => r.kind !== 'named_contact_only' || Boolean(r.namedStaffId), {
      error: 'A named-contact restriction must name the member of staff.',
    }),
  );

export const accessProfileSchema = z.object({
  preferredLanguage: z.optional(languageTag),
  interpreter: z.nullish(z.enum(interpreterKinds)),
  relayUk: z.optional(z.boolean()),
  writtenFormat: z.optional(z.enum(writtenFormats)),
  contactChannel: z.optional(z.enum(contactChannels)),
  extraTimeMinutes: z.optional(z.int().check(z.minimum(0), z.maximum(240))),
  visitAdjustments: z.optional(z.array(z.enum(visitAdjustments))),
  preferredStaffGender: z.nullish(z.enum(staffGenders)),
  unavailableWeekly: z.optional(z.array(weeklyUnavailabilitySchema)),
  unavailableDates: z.optional(z.array(date)),
  representatives: z.optional(z.array(representativeSchema)),
  contactRestrictions: z.optional(z.array(contactRestrictionSchema)),
  vulnerabilityFlags: z.optional(z.array(z.enum(vulnerabilityFlags))),
});

// Compile-time proof that what the schemas accept is what the rules take.
type Assignable<T, U extends T> = U;
export type _SchemaMatchesProfile = [
  Assignable<AccessProfile, z.infer<typeof accessProfileSchema>>,
  Assignable<Representative, z.infer<typeof representativeSchema>>,
  Assignable<ContactRestriction, z.infer<typeof contactRestrictionSchema>>,
  Assignable<WeeklyUnavailability, z.infer<typeof weeklyUnavailabilitySchema>>,
];
