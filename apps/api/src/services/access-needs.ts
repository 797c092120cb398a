import {
  accessNeeds,
  contactRestrictions,
  customers,
  type Database,
  representatives,
} from '@doorstep/db';
import type {
  AccessProfile,
  ContactRestriction,
  InterpreterKind,
  RepresentativeScope,
  StaffGender,
  VisitAdjustment,
  VulnerabilityFlag,
  WeeklyUnavailability,
} from '@doorstep/domain';
import { type accessProfileSchema, DomainError } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import type * as zm from 'zod/mini';

/** A profile as stored and sent: instants are Dates rather than any instant input. */
export type AccessProfileRecord = zm.infer<typeof accessProfileSchema>;

type NeedRow = typeof accessNeeds.$inferSelect;

/** The access profile the domain rules take, assembled from a customer's rows. */
export async function loadAccessProfile(
  db: Database,
  customerId: string,
): Promise<{
  customer: { id: string; name: string; wantsReminders: boolean };
  profile: AccessProfileRecord;
}> {
  const [customer] = await db
    .select({
      id: customers.id,
      name: customers.name,
      wantsReminders: customers.wantsReminders,
      preferredLanguage: customers.preferredLanguage,
      preferredChannel: customers.preferredChannel,
      preferredFormat: customers.preferredFormat,
    })
    .from(customers)
    .where(eq(customers.id, customerId));
  if (!customer) throw new DomainError('NOT_FOUND', 'There is no customer with that id.');
  const [needs, reps, restrictions] = await Promise.all([
    db.select().from(accessNeeds).where(eq(accessNeeds.customerId, customerId)),
    db.select().from(representatives).where(eq(representatives.customerId, customerId)),
    db.select().from(contactRestrictions).where(eq(contactRestrictions.customerId, customerId)),
  ]);
  return {
    customer: { id: customer.id, name: customer.name, wantsReminders: customer.wantsReminders },
    profile: profileFromRows(customer, needs, reps, restrictions),
  };
}

/**
 * A customer's profile from their rows, for callers that read many customers at once (a
 * patch's Living Well plan) as well as for one.
 */
export function profileFromRows(
  customer: Pick<
    typeof customers.$inferSelect,
    'preferredLanguage' | 'preferredChannel' | 'preferredFormat'
  >,
  needs: NeedRow[],
  reps: (typeof representatives.$inferSelect)[],
  restrictions: (typeof contactRestrictions.$inferSelect)[],
): AccessProfileRecord {
  return {
    preferredLanguage: customer.preferredLanguage,
    writtenFormat: customer.preferredFormat,
    contactChannel: customer.preferredChannel,
    ...profileFromNeeds(needs),
    representatives: reps.map((rep) => ({
      id: rep.id,
      name: rep.name,
      phone: rep.phone,
      email: rep.email,
      address: rep.address,
      relationship: rep.relationship,
      organisation: rep.organisation,
      dateOfBirth: rep.dateOfBirth,
      authorisedOn: rep.authorisedOn,
      ...(rep.authorisedBy ? { authorisedBy: rep.authorisedBy } : {}),
      scope: rep.scope as RepresentativeScope[],
      period: rep.period,
      startsOn: rep.startsOn,
      endsOn: rep.endsOn,
      withdrawnAt: rep.withdrawnAt,
      inviteToVisits: rep.inviteToVisits,
    })),
    contactRestrictions: restrictions.map(
      (r): ContactRestriction => ({
        id: r.id,
        kind: r.kind,
        reason: r.reason,
        namedStaffId: r.namedStaffId,
        venue: r.venue,
        startsOn: r.startsOn,
        reviewOn: r.reviewOn,
        endsOn: r.endsOn,
      }),
    ),
  };
}

function profileFromNeeds(needs: NeedRow[]): AccessProfile {
  const profile: Required<
    Pick<
      AccessProfile,
      'visitAdjustments' | 'unavailableWeekly' | 'unavailableDates' | 'vulnerabilityFlags'
    >
  > &
    AccessProfile = {
    visitAdjustments: [],
    unavailableWeekly: [],
    unavailableDates: [],
    vulnerabilityFlags: [],
  };
  for (const need of needs) {
    const detail = need.detail;
    switch (need.kind) {
      case 'interpreter':
        profile.interpreter = detail.kind as InterpreterKind;
        break;
      case 'relay_uk':
        profile.relayUk = true;
        break;
      case 'extra_time':
        profile.extraTimeMinutes = (profile.extraTimeMinutes ?? 0) + Number(detail.minutes ?? 0);
        break;
      case 'visit_adjustment':
        profile.visitAdjustments.push(detail.code as VisitAdjustment);
        break;
      case 'preferred_staff_gender':
        profile.preferredStaffGender = detail.gender as StaffGender;
        break;
      case 'unavailable_weekly':
        profile.unavailableWeekly.push(detail as unknown as WeeklyUnavailability);
        break;
      case 'unavailable_date':
        profile.unavailableDates.push(String(detail.date));
        break;
      case 'vulnerability':
        profile.vulnerabilityFlags.push(detail.code as VulnerabilityFlag);
        break;
    }
  }
  return profile;
}

/** The profile fields that reveal health, disability or vulnerability: each read is audited. */
export const SPECIAL_CATEGORY_FIELDS = [
  'interpreter',
  'relayUk',
  'extraTimeMinutes',
  'visitAdjustments',
  'preferredStaffGender',
  'unavailableWeekly',
  'vulnerabilityFlags',
  'representatives',
  'contactRestrictions',
] as const;

/** The everyday needs a visit is arranged around; representatives and restrictions keep their own records. */
export type EditableProfile = Omit<AccessProfile, 'representatives' | 'contactRestrictions'>;

/**
 * Replaces a customer's recorded needs with the ones given, in one transaction, so a
 * profile is never left half-written. Returns the names of the fields that changed.
 */
export async function updateAccessProfile(
  db: Database,
  customerId: string,
  profile: EditableProfile,
  recordedById: string,
  at: Date,
): Promise<string[]> {
  const before = (await loadAccessProfile(db, customerId)).profile;
  const rows: (typeof accessNeeds.$inferInsert)[] = [];
  const need = (kind: NeedRow['kind'], detail: Record<string, unknown>) =>
    rows.push({ customerId, kind, detail, recordedById, recordedAt: at });
  if (profile.interpreter) need('interpreter', { kind: profile.interpreter });
  if (profile.relayUk) need('relay_uk', {});
  if (profile.extraTimeMinutes) need('extra_time', { minutes: profile.extraTimeMinutes });
  for (const code of profile.visitAdjustments ?? []) need('visit_adjustment', { code });
  if (profile.preferredStaffGender)
    need('preferred_staff_gender', { gender: profile.preferredStaffGender });
  for (const window of profile.unavailableWeekly ?? []) need('unavailable_weekly', { ...window });
  for (const date of profile.unavailableDates ?? []) need('unavailable_date', { date });
  for (const code of profile.vulnerabilityFlags ?? []) need('vulnerability', { code });

  await db.transaction(async (tx) => {
    const preferences = {
      ...(profile.preferredLanguage ? { preferredLanguage: profile.preferredLanguage } : {}),
      ...(profile.writtenFormat ? { preferredFormat: profile.writtenFormat } : {}),
      ...(profile.contactChannel ? { preferredChannel: profile.contactChannel } : {}),
    };
    if (Object.keys(preferences).length > 0) {
      await tx.update(customers).set(preferences).where(eq(customers.id, customerId));
    }
    await tx.delete(accessNeeds).where(eq(accessNeeds.customerId, customerId));
    if (rows.length > 0) await tx.insert(accessNeeds).values(rows);
  });
  const after = (await loadAccessProfile(db, customerId)).profile;
  return (Object.keys(after) as (keyof AccessProfile)[]).filter(
    (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
}

/** Which special-category fields a profile actually holds, for the audit row of a read. */
export function specialCategoryFieldsIn(profile: AccessProfileRecord): string[] {
  return SPECIAL_CATEGORY_FIELDS.filter((field) => {
    const value = profile[field];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}
