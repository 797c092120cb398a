/**
 * Runtime checks for an access profile arriving from outside (API input, database JSON),
 * so the rules in this folder only ever see well-formed data. The inferred types are
 * checked against the hand-written ones in profile.ts at compile time.
 */
import { z } from 'zod';
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

const date = z.iso.date({ error: 'Give the date as YYYY-MM-DD.' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Give the time as HH:MM.' });
const languageTag = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { error: 'Give the language as a code such as en, pl or cy.' },
);

export const weeklyUnavailabilitySchema = z
  .object({ day: z.enum(weekdays), from: time, to: time, label: z.string().max(60).optional() })
  .refine((window) => window.from < window.to, {
    error: 'A time the customer cannot do must end after it starts.',
  });

export const representativeSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().trim().min(1),
    phone: z.string().nullish(),
    email: z.email().nullish(),
    address: z.string().nullish(),
    relationship: z.string().trim().min(1),
    organisation: z.string().nullish(),
    dateOfBirth: date.nullish(),
    authorisedOn: date.nullable(),
    authorisedBy: z.enum(['email', 'letter', 'phone', 'in_person']).optional(),
    scope: z.array(z.enum([...matters, 'all'])),
    period: z.enum(representativePeriods),
    startsOn: date,
    endsOn: date.nullish(),
    withdrawnAt: z.union([z.iso.datetime({ offset: true }), z.date()]).nullish(),
    inviteToVisits: z.boolean().optional(),
  })
  .refine((rep) => !rep.endsOn || rep.startsOn <= rep.endsOn, {
    error: 'An authorisation cannot end before it starts.',
  });

export const contactRestrictionSchema = z
  .object({
    id: z.string().optional(),
    kind: z.enum(contactRestrictionKinds),
    reason: z.string().optional(),
    namedStaffId: z.string().nullish(),
    venue: z.string().nullish(),
    startsOn: date,
    reviewOn: date,
    endsOn: date.nullish(),
  })
  .refine((r) => r.kind !== 'named_contact_only' || Boolean(r.namedStaffId), {
    error: 'A named-contact restriction must name the member of staff.',
  });

export const accessProfileSchema = z.object({
  preferredLanguage: languageTag.optional(),
  interpreter: z.enum(interpreterKinds).nullish(),
  relayUk: z.boolean().optional(),
  writtenFormat: z.enum(writtenFormats).optional(),
  contactChannel: z.enum(contactChannels).optional(),
  extraTimeMinutes: z.int().min(0).max(240).optional(),
  visitAdjustments: z.array(z.enum(visitAdjustments)).optional(),
  preferredStaffGender: z.enum(staffGenders).nullish(),
  unavailableWeekly: z.array(weeklyUnavailabilitySchema).optional(),
  unavailableDates: z.array(date).optional(),
  representatives: z.array(representativeSchema).optional(),
  contactRestrictions: z.array(contactRestrictionSchema).optional(),
  vulnerabilityFlags: z.array(z.enum(vulnerabilityFlags)).optional(),
});

// Compile-time proof that what the schemas accept is what the rules take.
type Assignable<T, U extends T> = U;
export type _SchemaMatchesProfile = [
  Assignable<AccessProfile, z.infer<typeof accessProfileSchema>>,
  Assignable<Representative, z.infer<typeof representativeSchema>>,
  Assignable<ContactRestriction, z.infer<typeof contactRestrictionSchema>>,
  Assignable<WeeklyUnavailability, z.infer<typeof weeklyUnavailabilitySchema>>,
];
