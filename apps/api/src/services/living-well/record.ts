import {
  appointments,
  customers,
  type Database,
  livingWellMeetings,
  tenancies,
  withDomainErrors,
} from '@doorstep/db';
import {
  type CadenceOptions,
  type ContactChannel,
  DomainError,
  defaultCadenceOptions,
  describeDate,
  endOfLondonDay,
  livingWellCadence,
  londonDate,
  type MeetingOutcome,
  startOfLondonDay,
  type WrittenFormat,
} from '@doorstep/domain';
import { and, eq, gte, lt, or } from 'drizzle-orm';
import { type EditableProfile, updateAccessProfile } from '../access-needs';
import { recordAudit } from '../audit';
import type { Principal } from '../auth/principal';
import { type CharacteristicAnswer, saveCharacteristics } from './characteristics';
import { type HouseholdMember, replaceHousehold } from './household';
import { removePlannedVisit } from './plan-visit';
import { createReferrals, type ReferralRequest } from './referrals';
import { type MeetingTenancy, tenancyForMeeting } from './tenancy';

/** What the advisor records in the tenant's home. Sections left out were not reviewed. */
export interface MeetingRecord {
  tenancyId: string;
  heldOn: string;
  outcome: MeetingOutcome;
  declineReason?: string | null | undefined;
  contact?: { phone: string | null; email: string | null } | undefined;
  household?: HouseholdMember[] | undefined;
  preferences?: { language: string; format: WrittenFormat; channel: ContactChannel } | undefined;
  /** The everyday access needs as confirmed, replacing those on record (as accessNeeds.update). */
  accessNeeds?: EditableProfile | undefined;
  characteristics?: CharacteristicAnswer[] | undefined;
  referrals?: ReferralRequest[] | undefined;
  notes?: string | null | undefined;
  /** Made by the phone when the advisor saved: a resend with it is applied once. */
  idempotencyKey?: string | undefined;
}

export interface MeetingRecorded {
  meetingId: string;
  nextDueOn: string;
}

const refuse = (message: string, field?: string): never => {
  throw new DomainError('INVALID_INPUT', message, { field });
};

/** The date a meeting was held must be a day it could have been held on. */
function checkHeldOn(tenancy: MeetingTenancy, heldOn: string, today: string) {
  if (heldOn > today) {
    refuse(
      `The meeting date, ${describeDate(heldOn)}, is in the future. Record a meeting on or after the day it was held.`,
      'heldOn',
    );
  }
  if (heldOn < tenancy.startDate) {
    refuse(
      `The meeting date, ${describeDate(heldOn)}, is before the tenancy started on ${describeDate(tenancy.startDate)}.`,
      'heldOn',
    );
  }
  if (tenancy.endDate && heldOn > tenancy.endDate) {
    refuse(
      `The tenancy ended on ${describeDate(tenancy.endDate)}, before the meeting date, ${describeDate(heldOn)}.`,
      'heldOn',
    );
  }
  if (tenancy.tenure !== 'low_cost_rental') {
    refuse('Living Well meetings are held with low-cost rental tenancies only.');
  }
}

/** Contact details as confirmed; returns the names of those that changed. */
async function saveContact(
  tx: Database,
  customerId: string,
  contact: NonNullable<MeetingRecord['contact']>,
): Promise<string[]> {
  const [before] = await tx
    .select({ phone: customers.phone, email: customers.email })
    .from(customers)
    .where(eq(customers.id, customerId));
  const changed = (['phone', 'email'] as const).filter((key) => before?.[key] !== contact[key]);
  if (changed.length > 0) {
    await tx
      .update(customers)
      .set({ phone: contact.phone, email: contact.email })
      .where(eq(customers.id, customerId));
  }
  return changed;
}

/** Language, format and channel alone, when the access needs were not reviewed. */
async function savePreferences(
  tx: Database,
  customerId: string,
  preferences: NonNullable<MeetingRecord['preferences']>,
): Promise<string[]> {
  const [before] = await tx
    .select({
      preferredLanguage: customers.preferredLanguage,
      writtenFormat: customers.preferredFormat,
      contactChannel: customers.preferredChannel,
    })
    .from(customers)
    .where(eq(customers.id, customerId));
  const after = {
    preferredLanguage: preferences.language,
    writtenFormat: preferences.format,
    contactChannel: preferences.channel,
  };
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
    (key) => before?.[key] !== after[key],
  );
  if (changed.length > 0) {
    await tx
      .update(customers)
      .set({
        preferredLanguage: after.preferredLanguage,
        preferredFormat: after.writtenFormat,
        preferredChannel: after.contactChannel,
      })
      .where(eq(customers.id, customerId));
  }
  return changed;
}

/**
 * Preferences and access needs together: with the needs reviewed, both go through the access
 * needs service (its checks, its one transaction, its list of what changed).
 */
async function saveProfile(
  tx: Database,
  customerId: string,
  input: MeetingRecord,
  staffId: string,
  at: Date,
): Promise<string[]> {
  if (input.accessNeeds) {
    const preferences = input.preferences
      ? {
          preferredLanguage: input.preferences.language,
          writtenFormat: input.preferences.format,
          contactChannel: input.preferences.channel,
        }
      : {};
    return updateAccessProfile(
      tx,
      customerId,
      { ...input.accessNeeds, ...preferences },
      staffId,
      at,
    );
  }
  return input.preferences ? savePreferences(tx, customerId, input.preferences) : [];
}

/**
 * The booked Living Well visit this record closes, if the tenant booked one for that day:
 * linked to the meeting and marked held (or no access), so it no longer counts as booked.
 */
async function closeBookedVisit(
  tx: Database,
  customerId: string,
  heldOn: string,
  outcome: MeetingOutcome,
): Promise<string | null> {
  const [booked] = await tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.customerId, customerId),
        eq(appointments.type, 'living_well'),
        eq(appointments.status, 'booked'),
        gte(appointments.startsAt, new Date(startOfLondonDay(heldOn).epochMilliseconds)),
        lt(appointments.startsAt, new Date(endOfLondonDay(heldOn).epochMilliseconds)),
      ),
    )
    .limit(1);
  if (!booked) return null;
  await tx
    .update(appointments)
    .set({ status: outcome === 'no_access' ? 'no_access' : 'completed' })
    .where(or(eq(appointments.id, booked.id), eq(appointments.accompaniesId, booked.id)));
  return booked.id;
}

/** The next due date once this attempt is on record (the cadence rule in the domain). */
async function nextDueOn(
  tx: Database,
  tenancy: MeetingTenancy,
  today: string,
  cadence: CadenceOptions,
): Promise<string> {
  const attempts = await tx
    .select({ heldOn: livingWellMeetings.heldOn, outcome: livingWellMeetings.outcome })
    .from(livingWellMeetings)
    .where(eq(livingWellMeetings.tenancyId, tenancy.id));
  return livingWellCadence({ tenancyStartedOn: tenancy.startDate, attempts }, today, cadence).dueOn;
}

/**
 * Records a Living Well meeting (or an attempt) and everything reviewed at it, in one
 * transaction: the meeting, contact details, household, preferences and access needs,
 * protected characteristics (only with consent), referrals with owners, and one audit row
 * naming every profile field changed. Returns the date the next meeting falls due.
 */
export async function recordMeeting(
  db: Database,
  principal: Principal,
  input: MeetingRecord,
  now: Date,
  cadence: CadenceOptions = defaultCadenceOptions,
): Promise<MeetingRecorded> {
  if (input.outcome === 'declined' && !input.declineReason?.trim()) {
    refuse('Say why the tenant declined the meeting.');
  }
  const key = input.idempotencyKey;
  if (!key) return db.transaction((tx) => writeMeeting(tx, principal, input, now, cadence));
  const earlier = await answeredBefore(db, principal.staffId, key);
  if (earlier) return earlier;
  try {
    return await withDomainErrors(() =>
      db.transaction(async (tx) => {
        // Two sends of one key queue on the tenancy; the later one finds the first's answer.
        await tx
          .select({ id: tenancies.id })
          .from(tenancies)
          .where(eq(tenancies.id, input.tenancyId))
          .for('update');
        const raced = await answeredBefore(tx, principal.staffId, key);
        return raced ?? (await writeMeeting(tx, principal, input, now, cadence));
      }),
    );
  } catch (error) {
    // Sends on separate connections that both got past the lock: the unique key stopped one.
    const stored = await answeredBefore(db, principal.staffId, key);
    if (stored) return stored;
    throw error;
  }
}

/** The answer already given to this member of staff for this key, if any. */
async function answeredBefore(
  db: Database,
  staffId: string,
  key: string,
): Promise<MeetingRecorded | null> {
  const [row] = await db
    .select({ meetingId: livingWellMeetings.id, nextDueOn: livingWellMeetings.answeredNextDueOn })
    .from(livingWellMeetings)
    .where(
      and(eq(livingWellMeetings.recordedById, staffId), eq(livingWellMeetings.idempotencyKey, key)),
    );
  return row?.nextDueOn ? { meetingId: row.meetingId, nextDueOn: row.nextDueOn } : null;
}

/** The meeting and everything reviewed at it, inside the caller's transaction. */
async function writeMeeting(
  tx: Database,
  principal: Principal,
  input: MeetingRecord,
  now: Date,
  cadence: CadenceOptions,
): Promise<MeetingRecorded> {
  const today = londonDate(now);
  const tenancy = await tenancyForMeeting(tx, principal, input.tenancyId);
  checkHeldOn(tenancy, input.heldOn, today);
  const customerId = tenancy.lead.id;
  const [already] = await tx
    .select({ id: livingWellMeetings.id })
    .from(livingWellMeetings)
    .where(
      and(
        eq(livingWellMeetings.tenancyId, tenancy.id),
        eq(livingWellMeetings.heldOn, input.heldOn),
        eq(livingWellMeetings.outcome, input.outcome),
      ),
    );
  if (already) {
    throw new DomainError(
      'CONFLICT',
      `This meeting is already recorded for ${describeDate(input.heldOn)}.`,
      { field: 'heldOn' },
    );
  }

  const changed = [
    ...(input.contact ? await saveContact(tx, customerId, input.contact) : []),
    ...(input.household && (await replaceHousehold(tx, tenancy.id, input.household))
      ? ['householdMembers']
      : []),
    ...(await saveProfile(tx, customerId, input, principal.staffId, now)),
    ...(await saveCharacteristics(
      tx,
      customerId,
      input.characteristics ?? [],
      principal.staffId,
      now,
    )),
  ];

  const [meeting] = await tx
    .insert(livingWellMeetings)
    .values({
      tenancyId: tenancy.id,
      // An advisor records the meetings they hold; a manager records one for the patch's.
      advisorId: principal.role === 'advisor' ? principal.staffId : tenancy.patchAdvisorId,
      heldOn: input.heldOn,
      outcome: input.outcome,
      declineReason: input.outcome === 'declined' ? (input.declineReason ?? null) : null,
      notes: input.notes || null,
      recordedById: principal.staffId,
      recordedAt: now,
      idempotencyKey: input.idempotencyKey ?? null,
      appointmentId: await closeBookedVisit(tx, customerId, input.heldOn, input.outcome),
    })
    .returning({ id: livingWellMeetings.id });
  if (!meeting) throw new Error('meeting insert returned nothing');
  await removePlannedVisit(tx, tenancy.id);
  await createReferrals(
    tx,
    {
      customerId,
      meetingId: meeting.id,
      defaultOwnerId: tenancy.patchAdvisorId ?? principal.staffId,
    },
    input.referrals ?? [],
  );

  const reviewedSpecialCategory =
    input.accessNeeds !== undefined || (input.characteristics ?? []).length > 0;
  if (changed.length > 0 || reviewedSpecialCategory) {
    await recordAudit(
      tx,
      principal,
      {
        action: 'update',
        customerId,
        fields: [...new Set(changed)],
        procedure: 'livingWell.record',
      },
      now,
    );
  }
  const answer = { meetingId: meeting.id, nextDueOn: await nextDueOn(tx, tenancy, today, cadence) };
  if (input.idempotencyKey) {
    await tx
      .update(livingWellMeetings)
      .set({ answeredNextDueOn: answer.nextDueOn })
      .where(eq(livingWellMeetings.id, meeting.id));
  }
  return answer;
}
