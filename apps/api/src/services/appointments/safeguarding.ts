import { appointments, type Database } from '@doorstep/db';
import { activeRestrictions, DomainError } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import { loadAccessProfile } from '../access-needs';
import { recordAudit } from '../audit';
import type { Principal } from '../auth/principal';

/** The audit row names the visit, as the audit log has no column for it. */
export const safeguardingProcedure = (appointmentId: string) =>
  `appointments.safeguarding:${appointmentId}`;

const words = (code: string) => code.replace(/_/g, ' ');

/**
 * The restricted detail behind a visit's briefing, for the visitor who asks for it on
 * purpose: recorded vulnerabilities and the reasons for restrictions of contact. Each read
 * is audited (who, when, which visit) before anything is returned.
 */
export async function safeguardingDetail(
  db: Database,
  principal: Principal,
  appointmentId: string,
  now: Date,
): Promise<{ lines: string[] }> {
  const [visit] = await db
    .select({ customerId: appointments.customerId, staffId: appointments.staffId })
    .from(appointments)
    .where(eq(appointments.id, appointmentId));
  if (!visit || visit.staffId !== principal.staffId) {
    throw new DomainError('NOT_FOUND', 'This visit is not in your diary.');
  }
  const { profile } = await loadAccessProfile(db, visit.customerId);
  await recordAudit(
    db,
    principal,
    {
      action: 'read',
      customerId: visit.customerId,
      fields: ['vulnerabilityFlags', 'contactRestrictions'],
      procedure: safeguardingProcedure(appointmentId),
    },
    now,
  );
  const reasons = new Map(
    (profile.contactRestrictions ?? []).map((r) => [r.id ?? '', r.reason ?? null]),
  );
  const lines = [
    ...(profile.vulnerabilityFlags ?? []).map((flag) => `Recorded: ${words(flag)}.`),
    ...activeRestrictions(profile, now).map((restriction) => {
      const reason = reasons.get(restriction.id ?? '');
      return reason ? `${restriction.message} Reason: ${reason}` : restriction.message;
    }),
  ];
  return { lines: lines.length > 0 ? lines : ['Nothing restricted is recorded for this visit.'] };
}
