import {
  accessNeeds,
  appointments,
  auditLog,
  customerCharacteristics,
  customers,
  homes,
  householdMembers,
  livingWellMeetings,
  livingWellPlanVisits,
  patches,
  referrals,
  staff,
  tenancies,
} from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/http/security';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import {
  contextAs,
  seededTestDatabase,
  sessionCookieFrom,
  signIn,
  startTestServer,
  TODAY,
} from './helpers';

const createCaller = createCallerFactory(appRouter);
const ADVISOR = 'advisor.huyton@doorstep.example';
const OTHER_ADVISOR = 'advisor.kirkby@doorstep.example';
const MANAGER = 'manager@doorstep.example';

interface Tenancy {
  tenancyId: string;
  customerId: string;
  homeId: string;
  startDate: string;
}

/** Open low-cost rental tenancies of a patch with their lead tenant, in a stable order. */
async function tenanciesIn(database: TestDatabase, patchName: string): Promise<Tenancy[]> {
  return database.db
    .select({
      tenancyId: tenancies.id,
      customerId: customers.id,
      homeId: homes.id,
      startDate: tenancies.startDate,
    })
    .from(tenancies)
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(patches, and(eq(patches.id, homes.patchId), eq(patches.name, patchName)))
    .innerJoin(
      customers,
      and(eq(customers.tenancyId, tenancies.id), eq(customers.isLeadTenant, true)),
    )
    .where(and(eq(tenancies.tenure, 'low_cost_rental'), isNull(tenancies.endDate)))
    .orderBy(asc(tenancies.reference));
}

describe.each(testDrivers())('livingWell.record on %s', (kind) => {
  let database: TestDatabase;
  let huyton: Tenancy[];
  let kirkby: Tenancy;
  let huytonAdvisorId: string;

  const as = async (email: string, now?: Date) =>
    createCaller(await contextAs(database, email, now));
  const customerRow = async (id: string) =>
    (await database.db.select().from(customers).where(eq(customers.id, id)))[0];
  const meetingsOf = (tenancyId: string) =>
    database.db
      .select()
      .from(livingWellMeetings)
      .where(eq(livingWellMeetings.tenancyId, tenancyId));
  const meetingById = async (id: string) =>
    (await database.db.select().from(livingWellMeetings).where(eq(livingWellMeetings.id, id)))[0];
  /** A tenancy with a known history: started in 2020, last met on 1 October 2025. */
  const withHistory = async (tenancy: Tenancy) => {
    await database.db
      .update(tenancies)
      .set({ startDate: '2020-03-02' })
      .where(eq(tenancies.id, tenancy.tenancyId));
    await database.db
      .delete(livingWellMeetings)
      .where(eq(livingWellMeetings.tenancyId, tenancy.tenancyId));
    await database.db
      .insert(livingWellMeetings)
      .values({ tenancyId: tenancy.tenancyId, heldOn: '2025-10-01', outcome: 'met' });
  };
  const met = (tenancy: Tenancy, heldOn = '2026-11-20') => ({
    tenancyId: tenancy.tenancyId,
    heldOn,
    outcome: 'met' as const,
  });

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    huyton = await tenanciesIn(database, 'Huyton');
    [kirkby] = (await tenanciesIn(database, 'Kirkby')) as [Tenancy];
    const [advisor] = await database.db.select().from(staff).where(eq(staff.email, ADVISOR));
    huytonAdvisorId = advisor?.id ?? '';
    for (const tenancy of huyton.slice(0, 12)) await withHistory(tenancy);
  });
  afterAll(() => database?.close());

  it('updates the profile and writes the audit trail, naming fields and never values', async () => {
    const tenancy = huyton[0] as Tenancy;
    await database.db.delete(accessNeeds).where(eq(accessNeeds.customerId, tenancy.customerId));
    await database.db
      .update(customers)
      .set({ preferredLanguage: 'en', preferredFormat: 'standard', preferredChannel: 'email' })
      .where(eq(customers.id, tenancy.customerId));
    const before = await database.db.select().from(auditLog);
    const advisor = await as(ADVISOR);
    const result = await advisor.livingWell.record({
      ...met(tenancy),
      contact: { phone: '0151 443 9999', email: 'new.address@example.org' },
      household: [
        { name: 'Sam Jones', relationship: 'son', birthYear: 2009 },
        { name: 'Alex Jones', relationship: 'partner' },
      ],
      preferences: { language: 'pl', format: 'large_print', channel: 'sms' },
      accessNeeds: {
        relayUk: true,
        extraTimeMinutes: 15,
        vulnerabilityFlags: ['hearing_impairment'],
      },
      characteristics: [
        { characteristic: 'ethnicity', value: 'white', consent: true },
        { characteristic: 'religion', value: 'prefer_not_to_say', consent: true },
      ],
      referrals: [{ service: 'money_advice', note: 'Behind with the electricity' }],
      notes: 'Kitchen tap drips; raised as a repair.',
    });
    expect(result.nextDueOn).toBe('2027-11-20');

    const customer = await customerRow(tenancy.customerId);
    expect(customer).toMatchObject({
      phone: '0151 443 9999',
      email: 'new.address@example.org',
      preferredLanguage: 'pl',
      preferredFormat: 'large_print',
      preferredChannel: 'sms',
    });
    const { profile } = await advisor.accessNeeds.profile({ customerId: tenancy.customerId });
    expect(profile).toMatchObject({
      relayUk: true,
      extraTimeMinutes: 15,
      vulnerabilityFlags: ['hearing_impairment'],
    });
    const household = await database.db
      .select()
      .from(householdMembers)
      .where(eq(householdMembers.tenancyId, tenancy.tenancyId));
    expect(household.map((m) => [m.name, m.birthYear]).sort()).toEqual([
      ['Alex Jones', null],
      ['Sam Jones', 2009],
    ]);
    const meeting = await meetingById(result.meetingId);
    expect(meeting).toMatchObject({
      outcome: 'met',
      heldOn: '2026-11-20',
      advisorId: huytonAdvisorId,
      recordedById: huytonAdvisorId,
      notes: 'Kitchen tap drips; raised as a repair.',
    });

    const rows = (await database.db.select().from(auditLog)).slice(before.length);
    const write = rows.find((row) => row.procedure === 'livingWell.record');
    expect(write).toMatchObject({
      action: 'update',
      staffId: huytonAdvisorId,
      customerId: tenancy.customerId,
      at: new Date(`${TODAY}T10:00:00Z`),
    });
    expect(write?.fields).toEqual(
      expect.arrayContaining([
        'phone',
        'email',
        'householdMembers',
        'preferredLanguage',
        'writtenFormat',
        'contactChannel',
        'relayUk',
        'extraTimeMinutes',
        'vulnerabilityFlags',
        'characteristics.ethnicity',
        'characteristics.religion',
      ]),
    );
    expect(JSON.stringify(rows)).not.toMatch(/Polish|hearing_impairment|prefer_not_to_say/);
  });

  it('leaves sections not reviewed as they were, preferences included', async () => {
    const tenancy = huyton[1] as Tenancy;
    await database.db
      .update(customers)
      .set({ preferredLanguage: 'cy', preferredFormat: 'braille', phone: '0151 000 1111' })
      .where(eq(customers.id, tenancy.customerId));
    await database.db.delete(accessNeeds).where(eq(accessNeeds.customerId, tenancy.customerId));
    await database.db
      .insert(accessNeeds)
      .values({ customerId: tenancy.customerId, kind: 'relay_uk', detail: {} });
    await (await as(ADVISOR)).livingWell.record({
      ...met(tenancy),
      preferences: { language: 'cy', format: 'audio', channel: 'phone' },
    });
    const customer = await customerRow(tenancy.customerId);
    expect(customer).toMatchObject({
      preferredLanguage: 'cy',
      preferredFormat: 'audio',
      preferredChannel: 'phone',
      phone: '0151 000 1111',
    });
    // The needs were not reviewed, so the ones on record stay.
    expect(
      await database.db
        .select({ kind: accessNeeds.kind })
        .from(accessNeeds)
        .where(eq(accessNeeds.customerId, tenancy.customerId)),
    ).toEqual([{ kind: 'relay_uk' }]);
  });

  it('pre-fills the form from the profile and audits the read', async () => {
    const tenancy = huyton[0] as Tenancy;
    const before = await database.db.select().from(auditLog);
    const form = await (await as(ADVISOR)).livingWell.recordForm({ tenancyId: tenancy.tenancyId });
    expect(form).toMatchObject({
      customer: { id: tenancy.customerId },
      contact: { phone: '0151 443 9999', email: 'new.address@example.org' },
      preferences: { language: 'pl', format: 'large_print', channel: 'sms' },
      accessNeeds: { relayUk: true, extraTimeMinutes: 15 },
      referralOwner: { id: huytonAdvisorId },
      dueOn: '2027-11-20',
      lastMetOn: '2026-11-20',
      lastAttempt: { heldOn: '2026-11-20', outcome: 'met' },
    });
    expect(form.household).toHaveLength(2);
    expect(form.characteristics).toEqual([
      expect.objectContaining({
        characteristic: 'ethnicity',
        value: 'white',
        consent: true,
      }),
      expect.objectContaining({
        characteristic: 'religion',
        value: 'prefer_not_to_say',
        consent: true,
      }),
      expect.objectContaining({ characteristic: 'sex', value: null, consent: false }),
      expect.objectContaining({
        characteristic: 'sexual_orientation',
        value: null,
        consent: false,
      }),
      expect.objectContaining({ characteristic: 'disability', value: null, consent: false }),
    ]);
    const [read] = (await database.db.select().from(auditLog)).slice(before.length);
    expect(read).toMatchObject({ action: 'read', procedure: 'livingWell.recordForm' });
    expect(read?.fields).toEqual(
      expect.arrayContaining([
        'relayUk',
        'vulnerabilityFlags',
        'characteristics.ethnicity',
        'characteristics.religion',
      ]),
    );
    expect(read?.fields).not.toContain('characteristics.sex');
  });

  it('refuses an answer that is not one of the codes the form offers, and stores nothing', async () => {
    const tenancy = huyton[1] as Tenancy;
    await expect(
      (await as(ADVISOR)).livingWell.record({
        ...met(tenancy, '2026-11-21'),
        characteristics: [
          { characteristic: 'ethnicity', value: 'Lives with J. Smith', consent: true },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Choose one of the answers the form offers'),
    });
    const held = await database.db
      .select()
      .from(customerCharacteristics)
      .where(eq(customerCharacteristics.customerId, tenancy.customerId));
    expect(held).toEqual([]);
  });

  it('stores a protected characteristic only with consent, and removes it when consent is not given', async () => {
    const tenancy = huyton[0] as Tenancy;
    await (await as(ADVISOR)).livingWell.record({
      ...met(tenancy, '2026-11-21'),
      characteristics: [
        { characteristic: 'ethnicity', consent: false },
        { characteristic: 'sex', value: 'Female', consent: false },
        { characteristic: 'disability', value: 'prefer_not_to_say', consent: true },
      ],
    });
    const held = await database.db
      .select({
        characteristic: customerCharacteristics.characteristic,
        value: customerCharacteristics.value,
        recordedById: customerCharacteristics.recordedById,
      })
      .from(customerCharacteristics)
      .where(eq(customerCharacteristics.customerId, tenancy.customerId))
      .orderBy(asc(customerCharacteristics.characteristic));
    // Religion was not asked about this time, so its earlier answer stays.
    expect(held).toEqual([
      { characteristic: 'religion', value: 'prefer_not_to_say', recordedById: huytonAdvisorId },
      { characteristic: 'disability', value: 'prefer_not_to_say', recordedById: huytonAdvisorId },
    ]);
    const [write] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.customerId, tenancy.customerId),
          eq(auditLog.procedure, 'livingWell.record'),
        ),
      )
      .orderBy(asc(auditLog.id))
      .offset(1);
    expect(write?.fields).toEqual(
      expect.arrayContaining(['characteristics.ethnicity', 'characteristics.disability']),
    );
    expect(write?.fields).not.toContain('characteristics.sex');
  });

  it('refuses an answer with consent but no value', async () => {
    await expect(
      (await as(ADVISOR)).livingWell.record({
        ...met(huyton[2] as Tenancy),
        characteristics: [{ characteristic: 'religion', consent: true }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('prefer_not_to_say'),
    });
  });

  it('creates a referral for each wider service, owned by the patch advisor unless named', async () => {
    const tenancy = huyton[3] as Tenancy;
    const [community] = await database.db
      .select()
      .from(staff)
      .where(eq(staff.email, 'community@doorstep.example'));
    const { meetingId } = await (await as(MANAGER)).livingWell.record({
      ...met(tenancy),
      referrals: [
        { service: 'getting_online' },
        { service: 'employment', note: 'Wants help with a CV', ownerId: community?.id ?? '' },
      ],
    });
    const rows = await database.db
      .select()
      .from(referrals)
      .where(eq(referrals.meetingId, meetingId))
      .orderBy(asc(referrals.service));
    expect(rows.map((r) => [r.service, r.ownerId, r.status, r.customerId])).toEqual([
      ['getting_online', huytonAdvisorId, 'open', tenancy.customerId],
      ['employment', community?.id, 'open', tenancy.customerId],
    ]);
    // A manager recording on the advisor's behalf: the meeting is the advisor's.
    const meeting = await meetingById(meetingId);
    expect(meeting?.advisorId).toBe(huytonAdvisorId);
  });

  it('does it all or nothing: an unknown referral owner leaves the profile untouched', async () => {
    const tenancy = huyton[4] as Tenancy;
    const before = await customerRow(tenancy.customerId);
    await expect(
      (await as(ADVISOR)).livingWell.record({
        ...met(tenancy),
        contact: { phone: '0151 222 3333', email: null },
        referrals: [{ service: 'repairs', ownerId: '00000000-0000-4000-8000-000000000000' }],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('active') });
    expect(await customerRow(tenancy.customerId)).toEqual(before);
    expect(await meetingsOf(tenancy.tenancyId)).toHaveLength(1);
  });

  it('sets the next due date by the cadence: a year after a meeting, a decline closes its cycle, no access changes nothing', async () => {
    const [declining, absent] = [huyton[5] as Tenancy, huyton[6] as Tenancy];
    const advisor = await as(ADVISOR);
    // Last met 1 October 2025, so due 1 October 2026 and overdue today.
    await expect(
      advisor.livingWell.record({
        tenancyId: declining.tenancyId,
        heldOn: '2026-11-20',
        outcome: 'declined',
        declineReason: 'Does not want a visit this year; happy to be asked next year.',
      }),
    ).resolves.toMatchObject({ nextDueOn: '2027-10-01' });
    await expect(
      advisor.livingWell.record({
        tenancyId: absent.tenancyId,
        heldOn: '2026-11-20',
        outcome: 'no_access',
      }),
    ).resolves.toMatchObject({ nextDueOn: '2026-10-01' });
    const [declined] = await database.db
      .select()
      .from(livingWellMeetings)
      .where(
        and(
          eq(livingWellMeetings.tenancyId, declining.tenancyId),
          eq(livingWellMeetings.outcome, 'declined'),
        ),
      );
    expect(declined?.declineReason).toMatch(/next year/);
  });

  it('refuses a decline without a reason', async () => {
    await expect(
      (await as(ADVISOR)).livingWell.record({
        tenancyId: (huyton[7] as Tenancy).tenancyId,
        heldOn: '2026-11-20',
        outcome: 'declined',
        declineReason: '  ',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Say why the tenant declined'),
    });
  });

  it('refuses a date in the future (in London) or before the tenancy started', async () => {
    const tenancy = huyton[7] as Tenancy;
    const advisor = await as(ADVISOR);
    await expect(advisor.livingWell.record(met(tenancy, '2026-11-24'))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message:
        'The meeting date, Tuesday 24 November 2026, is in the future. Record a meeting on or after the day it was held.',
      // Named so the form shows it beside the date (fieldErrors.heldOn over HTTP).
      cause: expect.objectContaining({ field: 'heldOn' }),
    });
    await expect(advisor.livingWell.record(met(tenancy, '2020-03-01'))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message:
        'The meeting date, Sunday 1 March 2020, is before the tenancy started on Monday 2 March 2020.',
    });
    // 00:30 on 1 July in London is still 30 June in UTC: the London date is the one that counts.
    const lateInJune = await as(ADVISOR, new Date('2026-06-30T23:30:00Z'));
    await expect(lateInJune.livingWell.record(met(tenancy, '2026-07-01'))).resolves.toMatchObject({
      nextDueOn: '2027-07-01',
    });
  });

  it('names the date as the field at fault over HTTP, for the form to show it there', async () => {
    const { server, url } = await startTestServer(database);
    try {
      const cookie = sessionCookieFrom(await signIn(url, ADVISOR)) ?? '';
      const response = await fetch(`${url}/trpc/livingWell.record`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, [CSRF_HEADER]: '1' },
        body: JSON.stringify(met(huyton[7] as Tenancy, '2099-01-05')),
      });
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as {
        error: { data: { fieldErrors: Record<string, string[]> } };
      };
      expect(error.data.fieldErrors).toEqual({
        heldOn: [expect.stringContaining('is in the future')],
      });
    } finally {
      await server.stop();
    }
  });

  it("refuses a tenancy of another advisor's patch, for the record and the form", async () => {
    const other = await as(OTHER_ADVISOR);
    const tenancy = huyton[8] as Tenancy;
    await expect(other.livingWell.record(met(tenancy))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      other.livingWell.recordForm({ tenancyId: tenancy.tenancyId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await as(ADVISOR)).livingWell.record(met(kirkby))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await meetingsOf(tenancy.tenancyId)).toHaveLength(1);
  });

  it('closes the booked visit it records and takes the tenancy out of the plan', async () => {
    const tenancy = huyton[9] as Tenancy;
    const [patch] = await database.db.select().from(patches).where(eq(patches.name, 'Huyton'));
    const [booked] = await database.db
      .insert(appointments)
      .values({
        type: 'living_well',
        customerId: tenancy.customerId,
        homeId: tenancy.homeId,
        staffId: huytonAdvisorId,
        startsAt: new Date('2026-11-20T14:00:00Z'),
        endsAt: new Date('2026-11-20T15:00:00Z'),
        bookedVia: 'booking_link',
        purpose: 'Your yearly Living Well meeting',
      })
      .returning({ id: appointments.id });
    await database.db.insert(livingWellPlanVisits).values({
      patchId: patch?.id ?? '',
      tenancyId: tenancy.tenancyId,
      date: '2026-11-20',
      startTime: '14:00',
      endTime: '15:00',
      dayOrder: 0,
      kind: 'booked',
      sendInvitationOn: '2026-11-02',
    });
    const { meetingId } = await (await as(ADVISOR)).livingWell.record(met(tenancy));
    const meeting = await meetingById(meetingId);
    expect(meeting?.appointmentId).toBe(booked?.id);
    const [appointment] = await database.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, booked?.id ?? ''));
    expect(appointment?.status).toBe('completed');
    expect(
      await database.db
        .select()
        .from(livingWellPlanVisits)
        .where(eq(livingWellPlanVisits.tenancyId, tenancy.tenancyId)),
    ).toEqual([]);
  });

  it('refuses the same meeting twice (a double tap on a phone)', async () => {
    const tenancy = huyton[10] as Tenancy;
    const advisor = await as(ADVISOR);
    await advisor.livingWell.record(met(tenancy));
    await expect(advisor.livingWell.record(met(tenancy))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('says which field is wrong in plain words', async () => {
    await expect(
      (await as(ADVISOR)).livingWell.record({
        ...met(huyton[11] as Tenancy),
        contact: { phone: 'call me', email: 'not-an-email' },
        household: [{ name: '', relationship: 'son' }],
        notes: 'x'.repeat(2001),
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(
        /phone number in digits[\s\S]*email address[\s\S]*name of each person[\s\S]*2,000 characters/,
      ),
    });
  });
});
