import { customers, type Database, livingWellMeetings, staff } from '@doorstep/db';
import {
  type CadenceOptions,
  defaultCadenceOptions,
  livingWellCadence,
  londonDate,
} from '@doorstep/domain';
import { desc, eq } from 'drizzle-orm';
import { loadAccessProfile, specialCategoryFieldsIn } from '../access-needs';
import { recordAudit } from '../audit';
import type { Principal } from '../auth/principal';
import { auditFieldOf, loadCharacteristics } from './characteristics';
import { loadHousehold } from './household';
import { tenancyForMeeting } from './tenancy';

/**
 * What the meeting record form shows before the advisor changes anything: the profile as
 * held, so the visit confirms rather than retypes. Reading it is audited like
 * accessNeeds.profile, naming the special-category fields held (never their values).
 */
export async function loadRecordForm(
  db: Database,
  principal: Principal,
  tenancyId: string,
  now: Date,
  cadence: CadenceOptions = defaultCadenceOptions,
) {
  const tenancy = await tenancyForMeeting(db, principal, tenancyId);
  const customerId = tenancy.lead.id;
  const [contact] = await db
    .select({ phone: customers.phone, email: customers.email })
    .from(customers)
    .where(eq(customers.id, customerId));
  const { profile } = await loadAccessProfile(db, customerId);
  const { representatives = [], contactRestrictions: _restrictions, ...accessNeeds } = profile;
  const characteristics = await loadCharacteristics(db, customerId);
  const attempts = await db
    .select({ heldOn: livingWellMeetings.heldOn, outcome: livingWellMeetings.outcome })
    .from(livingWellMeetings)
    .where(eq(livingWellMeetings.tenancyId, tenancyId))
    .orderBy(desc(livingWellMeetings.heldOn));
  const due = livingWellCadence(
    { tenancyStartedOn: tenancy.startDate, attempts },
    londonDate(now),
    cadence,
  );
  const [owner] = tenancy.patchAdvisorId
    ? await db
        .select({ id: staff.id, name: staff.name })
        .from(staff)
        .where(eq(staff.id, tenancy.patchAdvisorId))
    : [];

  await recordAudit(
    db,
    principal,
    {
      action: 'read',
      customerId,
      fields: [
        ...specialCategoryFieldsIn(profile),
        ...characteristics.filter((c) => c.consent).map((c) => auditFieldOf(c.characteristic)),
      ],
      procedure: 'livingWell.recordForm',
    },
    now,
  );

  return {
    tenancy: {
      id: tenancy.id,
      reference: tenancy.reference,
      startDate: tenancy.startDate,
      addressLine1: tenancy.addressLine1,
      postcode: tenancy.postcode,
      patchId: tenancy.patchId,
    },
    customer: tenancy.lead,
    contact: { phone: contact?.phone ?? null, email: contact?.email ?? null },
    household: await loadHousehold(db, tenancyId),
    preferences: {
      language: profile.preferredLanguage ?? 'en',
      format: profile.writtenFormat ?? 'standard',
      channel: profile.contactChannel ?? 'post',
    },
    accessNeeds,
    representatives,
    characteristics,
    /** Who a referral goes to unless the advisor names someone else. */
    referralOwner: owner ?? null,
    dueOn: due.dueOn,
    lastMetOn: due.lastMetOn,
    lastAttempt: attempts[0] ?? null,
  };
}
