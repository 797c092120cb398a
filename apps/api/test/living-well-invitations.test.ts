import {
  accessNeeds,
  appointments,
  contactRestrictions,
  customers,
  invitations,
  notices,
  representatives,
} from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { londonDateTime } from '@doorstep/domain';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken } from '../src/services/tokens';
import { TEST_LINK_SECRET } from '../src/trpc/context';
import { seededTestDatabase } from './helpers';
import {
  apiAs,
  HUYTON_ADVISOR,
  lastMetOn,
  type PatchTenancy,
  patchNamed,
  plannedVisit,
  unbookedTenancies,
} from './living-well-helpers';

const at = (date: string) => `${date}T10:00:00Z`;
/** The day both visits are moved to: Wednesday 20 January 2027. */
const VISIT_DAY = '2027-01-20';

describe.each(testDrivers())('Living Well invitations on %s', (kind) => {
  let database: TestDatabase;
  let patchId: string;
  let braille: PatchTenancy;
  let email: PatchTenancy;

  const advisorOn = (date: string) => apiAs(database, HUYTON_ADVISOR, at(date)).then((a) => a.api);

  /** Moves a visit to VISIT_DAY at the first of these times that fits around the others. */
  async function moveToVisitDay(tenancyId: string, times: string[]) {
    const api = await advisorOn('2026-11-23');
    for (const startTime of times) {
      const moved = await api.livingWell
        .moveVisit({ patchId, tenancyId, date: VISIT_DAY, startTime })
        .then(() => true)
        .catch(() => false);
      if (moved) return startTime;
    }
    throw new Error(`no time on ${VISIT_DAY} for ${tenancyId}`);
  }

  let brailleTime: string;
  let emailTime: string;

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    patchId = (await patchNamed(database, 'Huyton')).id;
    [braille, email] = (await unbookedTenancies(database, patchId)).slice(0, 2) as [
      PatchTenancy,
      PatchTenancy,
    ];
    const ids = [braille.customerId, email.customerId];
    // Plain profiles, so nothing but the format decides when notice must go.
    await database.db.delete(accessNeeds).where(inArray(accessNeeds.customerId, ids));
    await database.db.delete(representatives).where(inArray(representatives.customerId, ids));
    await database.db
      .delete(contactRestrictions)
      .where(inArray(contactRestrictions.customerId, ids));
    await database.db
      .update(customers)
      .set({ preferredFormat: 'braille', preferredChannel: 'post', preferredLanguage: 'en' })
      .where(eq(customers.id, braille.customerId));
    await database.db
      .update(customers)
      .set({ preferredFormat: 'standard', preferredChannel: 'email', preferredLanguage: 'en' })
      .where(eq(customers.id, email.customerId));
    for (const t of [braille, email]) await lastMetOn(database, t.tenancyId, '2026-02-05');

    await (await advisorOn('2026-11-23')).livingWell.plan({ patchId });
    brailleTime = await moveToVisitDay(braille.tenancyId, ['10:00', '11:30', '09:00', '13:30']);
    // A quarter hour the booking page's own half-hourly times would never offer.
    emailTime = await moveToVisitDay(email.tenancyId, ['14:15', '15:15', '12:45', '09:15']);
  });
  afterAll(() => database?.close());

  it('sends a braille tenant’s invitation earlier than an email tenant’s, for the same day', async () => {
    // 10 working days' notice must have run by Wednesday 20 January: the notice must reach
    // them by the end of Wednesday 6 January. Email arrives at once; braille takes 5 working
    // days to produce and 2 by post, over Christmas (25, 28 December and 1 January are bank
    // holidays), so production must start by Wednesday 23 December.
    expect(await plannedVisit(database, email.tenancyId)).toMatchObject({
      date: VISIT_DAY,
      sendInvitationOn: '2027-01-06',
    });
    expect(await plannedVisit(database, braille.tenancyId)).toMatchObject({
      date: VISIT_DAY,
      sendInvitationOn: '2026-12-23',
    });
  });

  it('sends each invitation on its day and not before, through the invitations service', async () => {
    const invitationOf = async (t: PatchTenancy) =>
      (await plannedVisit(database, t.tenancyId))?.invitationId;

    const early = await (await advisorOn('2026-12-22')).livingWell.sendInvitations({ patchId });
    expect(early.notYet).toBeGreaterThanOrEqual(2);
    expect(await invitationOf(braille)).toBeNull();
    expect(await invitationOf(email)).toBeNull();

    const onBrailleDay = await (await advisorOn('2026-12-23')).livingWell.sendInvitations({
      patchId,
    });
    expect(onBrailleDay.sent).toBeGreaterThanOrEqual(1);
    const brailleInvitation = await invitationOf(braille);
    expect(brailleInvitation).toEqual(expect.any(String));
    expect(await invitationOf(email)).toBeNull();

    // Sending again sends nothing twice.
    const again = await (await advisorOn('2026-12-23')).livingWell.sendInvitations({ patchId });
    expect(again.sent).toBe(0);

    await (await advisorOn('2027-01-06')).livingWell.sendInvitations({ patchId });
    const emailInvitation = await invitationOf(email);
    expect(emailInvitation).toEqual(expect.any(String));

    const rows = await database.db
      .select()
      .from(invitations)
      .where(inArray(invitations.id, [brailleInvitation ?? '', emailInvitation ?? '']));
    const byCustomer = new Map(rows.map((row) => [row.customerId, row]));
    expect(byCustomer.get(braille.customerId)).toMatchObject({
      type: 'living_well',
      windowStartsOn: VISIT_DAY,
      windowEndsOn: '2027-02-03',
      proposedStart: new Date(londonDateTime(VISIT_DAY, brailleTime).epochMilliseconds),
    });
    expect(byCustomer.get(email.customerId)?.proposedStart).toEqual(
      new Date(londonDateTime(VISIT_DAY, emailTime).epochMilliseconds),
    );
    const sent = await database.db
      .select({
        invitationId: notices.invitationId,
        format: notices.format,
        channel: notices.channel,
      })
      .from(notices)
      .where(inArray(notices.invitationId, [brailleInvitation ?? '', emailInvitation ?? '']));
    expect(sent).toContainEqual({
      invitationId: brailleInvitation,
      format: 'braille',
      channel: 'post',
    });
    expect(sent).toContainEqual({
      invitationId: emailInvitation,
      format: 'standard',
      channel: 'email',
    });

    const { tenancies } = await (await advisorOn('2027-01-06')).livingWell.due({ patchId });
    expect(tenancies.find((t) => t.tenancyId === braille.tenancyId)?.status).toBe('invited');
  });

  it('offers the planned time first on the booking page, even between its half hours, and books it', async () => {
    const visit = await plannedVisit(database, email.tenancyId);
    const token = linkToken(TEST_LINK_SECRET, visit?.invitationId ?? '');
    const { api: tenant } = await apiAs(database, HUYTON_ADVISOR, at('2027-01-07'));
    const view = await tenant.booking.view({ token });
    const planned = new Date(londonDateTime(VISIT_DAY, emailTime).epochMilliseconds).toISOString();
    expect(view.proposedStart).toBe(planned);
    expect(view.days[0]).toMatchObject({ date: VISIT_DAY });
    expect(view.days[0]?.slots[0]).toMatchObject({ start: planned, startTime: emailTime });
    // Nearby alternatives follow.
    expect(view.days.flatMap((d) => d.slots).length).toBeGreaterThan(5);

    await tenant.booking.book({ token, start: planned });
    const advisor = await advisorOn('2027-01-07');
    const plan = await advisor.livingWell.planView({ patchId });
    const booked = plan.days
      .find((d) => d.date === VISIT_DAY)
      ?.visits.find((v) => v.tenancyId === email.tenancyId);
    expect(booked).toMatchObject({ kind: 'booked', startTime: emailTime, status: 'booked' });
  });

  it('keeps an invited visit where it is when the patch is planned again', async () => {
    const before = await plannedVisit(database, braille.tenancyId);
    await (await advisorOn('2027-01-07')).livingWell.plan({ patchId });
    const after = await plannedVisit(database, braille.tenancyId);
    expect(after).toMatchObject({
      date: before?.date,
      startTime: before?.startTime,
      invitationId: before?.invitationId,
      kind: 'proposed',
    });
  });

  it('puts a tenant who has not answered within the response time on the call-or-knock list', async () => {
    const listOn = async (date: string, responseWorkingDays?: number) => {
      const { api, context } = await apiAs(database, HUYTON_ADVISOR, at(date));
      if (responseWorkingDays) {
        context.livingWell = { ...context.livingWell, responseWorkingDays };
      }
      return api.livingWell.callOrKnock({ patchId });
    };
    // Invited on Wednesday 23 December; 10 working days on (Christmas and New Year's bank
    // holidays skipped) is Monday 11 January.
    expect((await listOn('2027-01-08')).map((r) => r.tenancyId)).not.toContain(braille.tenancyId);
    const due = await listOn('2027-01-11');
    expect(due).toContainEqual({
      tenancyId: braille.tenancyId,
      customerId: expect.any(String),
      customerName: expect.any(String),
      addressLine1: braille.addressLine1,
      phone: expect.any(String),
      invitedOn: '2026-12-23',
      plannedOn: VISIT_DAY,
    });
    // A shorter response time (LIVING_WELL_RESPONSE_DAYS=3) brings it forward.
    expect((await listOn('2026-12-30', 3)).map((r) => r.tenancyId)).toContain(braille.tenancyId);
    // The email tenant booked, so is never on it.
    expect(due.map((r) => r.tenancyId)).not.toContain(email.tenancyId);
  });

  it('does not offer the planned time once someone else has been booked then', async () => {
    const visit = await plannedVisit(database, braille.tenancyId);
    const token = linkToken(TEST_LINK_SECRET, visit?.invitationId ?? '');
    const start = new Date(londonDateTime(VISIT_DAY, brailleTime).epochMilliseconds);
    const patch = await patchNamed(database, 'Huyton');
    await database.db.insert(appointments).values({
      type: 'repair_inspection',
      customerId: email.customerId,
      homeId: email.homeId,
      staffId: patch.advisorId ?? '',
      startsAt: start,
      endsAt: new Date(start.getTime() + 45 * 60_000),
      bookedVia: 'staff',
      purpose: 'Look at the leak under the kitchen sink',
    });
    const { api } = await apiAs(database, HUYTON_ADVISOR, at('2027-01-07'));
    const view = await api.booking.view({ token });
    expect(view.proposedStart).toBeNull();
    const starts = view.days.flatMap((d) => d.slots.map((slot) => slot.start));
    expect(starts).not.toContain(start.toISOString());
    expect(starts.length).toBeGreaterThan(0);
  });

  it('puts a tenant who asked us to call on the list at once', async () => {
    const visit = await plannedVisit(database, braille.tenancyId);
    const token = linkToken(TEST_LINK_SECRET, visit?.invitationId ?? '');
    const { api } = await apiAs(database, HUYTON_ADVISOR, at('2026-12-24'));
    await api.booking.requestCallback({ token, note: 'Mornings are hard' });
    const list = await api.livingWell.callOrKnock({ patchId });
    expect(list.map((r) => r.tenancyId)).toContain(braille.tenancyId);
  });
});
