import { appointments, auditLog, customers, homes, patches, tenancies } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { and, asc, eq, isNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeguardingProcedure } from '../src/services/appointments/safeguarding';
import { callerAs, HUYTON, KIRKBY, NOW, outcomeFor } from './appointments-day-helpers';
import { seededTestDatabase, signedInCookie, startTestServer, TODAY } from './helpers';

let database: TestDatabase;
beforeAll(async () => {
  database = await seededTestDatabase('pglite');
});
afterAll(() => database?.close());

const TOMORROW = '2026-11-24';

/** The first time the office could offer for another visit of this type to this customer. */
async function firstFreeSlot(customerId: string, type: 'gas_safety_check', now: Date) {
  const caller = await callerAs(database, HUYTON, now);
  const slots = await caller.appointments.slots({ customerId, type });
  const start = slots.days[0]?.slots[0]?.start;
  if (!start) throw new Error(`no slot: ${slots.noSlotsReason}`);
  return start;
}

describe('no access on a gas safety check: attempts are counted', () => {
  it('books attempt 2 and 3 through the booking rules, and refers on after the third', async () => {
    const caller = await callerAs(database, HUYTON);
    const gas = (await caller.appointments.day({ date: TODAY })).visits.find(
      (v) => v.type === 'gas_safety_check',
    );
    if (!gas) throw new Error('no gas check today');
    expect(gas.attempt).toEqual({ number: 1, standard: 3 });

    // A time with no notice is refused by the same rules as any booking, and nothing is kept.
    await expect(
      caller.appointments.recordOutcome(
        outcomeFor(gas, {
          outcome: 'no_access',
          cardLeft: true,
          followUp: { kind: 'second_attempt', start: '2026-11-23T15:00:00Z' },
        }),
      ),
    ).rejects.toMatchObject({ code: expect.stringMatching(/PRECONDITION_FAILED|CONFLICT/) });
    const [still] = await database.db
      .select({ status: appointments.status })
      .from(appointments)
      .where(eq(appointments.id, gas.id));
    expect(still?.status).toBe('booked');

    const second = await caller.appointments.recordOutcome(
      outcomeFor(gas, {
        outcome: 'no_access',
        cardLeft: true,
        followUp: {
          kind: 'second_attempt',
          start: await firstFreeSlot(gas.customer.id, 'gas_safety_check', NOW),
        },
      }),
    );
    expect(second.attempt).toEqual({ number: 1, standard: 3 });
    expect(second.nextStep).toMatch(/^First attempt failed/);
    if (second.followUp?.kind !== 'second_attempt') throw new Error('no second attempt');
    const [attempt2] = await database.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, second.followUp.appointmentId));
    expect(attempt2).toMatchObject({ attemptNumber: 2, attemptOfId: gas.id, status: 'booked' });

    // The advisor goes back on the day of attempt 2 (a later clock), and again for attempt 3.
    const later = new Date((attempt2?.startsAt.getTime() ?? 0) + 10 * 60_000);
    const onDay2 = await callerAs(database, HUYTON, later);
    const third = await onDay2.appointments.recordOutcome(
      outcomeFor(
        { id: attempt2?.id ?? '', version: attempt2?.sequence ?? 0 },
        {
          outcome: 'unsafe_to_enter',
          occurredAt: later.toISOString(),
          followUp: {
            kind: 'second_attempt',
            start: await firstFreeSlot(gas.customer.id, 'gas_safety_check', later),
          },
        },
      ),
    );
    expect(third.attempt.number).toBe(2);
    expect(third.nextStep).toMatch(/^Second attempt failed/);
    if (third.followUp?.kind !== 'second_attempt') throw new Error('no third attempt');
    const [attempt3] = await database.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, third.followUp.appointmentId));
    expect(attempt3).toMatchObject({ attemptNumber: 3, attemptOfId: gas.id });

    const last = new Date((attempt3?.startsAt.getTime() ?? 0) + 5 * 60_000);
    const onDay3 = await callerAs(database, HUYTON, last);
    const shown = (
      await onDay3.appointments.day({ date: attempt3?.startsAt.toISOString().slice(0, 10) ?? '' })
    ).visits.find((v) => v.id === attempt3?.id);
    expect(shown?.attempt).toEqual({ number: 3, standard: 3 });
    const final = await onDay3.appointments.recordOutcome(
      outcomeFor(
        { id: attempt3?.id ?? '', version: attempt3?.sequence ?? 0 },
        { outcome: 'no_access', cardLeft: true, occurredAt: last.toISOString() },
      ),
    );
    expect(final.nextStep).toBe(
      'Third attempt failed: refer to the gas safety team for access (3 reasonable attempts made).',
    );
  });
});

describe('appointments.safeguarding', () => {
  it('gives the detail only to the visitor, and audits each read with the visit', async () => {
    const caller = await callerAs(database, HUYTON);
    const visit = (await caller.appointments.day({ date: TODAY })).visits.find(
      (v) => v.hasSafeguardingDetail,
    );
    if (!visit) throw new Error('no visit with safeguarding detail today');
    const detail = await caller.appointments.safeguarding({ appointmentId: visit.id });
    expect(detail.lines.length).toBeGreaterThan(0);
    await caller.appointments.safeguarding({ appointmentId: visit.id });
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.procedure, safeguardingProcedure(visit.id)));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ customerId: visit.customer.id, action: 'read' });
    const other = await callerAs(database, KIRKBY);
    await expect(
      other.appointments.safeguarding({ appointmentId: visit.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const after = await database.db
      .select()
      .from(auditLog)
      .where(like(auditLog.procedure, 'appointments.safeguarding:%'));
    expect(after).toHaveLength(2);
  });
});

/** A Huyton low-cost rental tenant with nothing booked tomorrow, for knocks. */
async function huytonTenant(offset: number) {
  const rows = await database.db
    .select({ id: customers.id })
    .from(customers)
    .innerJoin(tenancies, and(eq(tenancies.id, customers.tenancyId), isNull(tenancies.endDate)))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(patches, and(eq(patches.id, homes.patchId), eq(patches.name, 'Huyton')))
    .where(and(eq(customers.isLeadTenant, true), eq(tenancies.tenure, 'low_cost_rental')))
    .orderBy(asc(customers.id));
  const caller = await callerAs(database, HUYTON);
  const booked = new Set(
    (await caller.appointments.day({ date: TOMORROW })).visits.map((v) => v.customer.id),
  );
  const free = rows.filter((r) => !booked.has(r.id));
  const id = free[offset]?.id;
  if (!id) throw new Error('not enough Huyton tenants');
  return id;
}

describe('knocks and re-planning the rest of a day', () => {
  it('places a knock in a gap, keeps booked times when re-planning, and refuses a full day', async () => {
    const caller = await callerAs(database, HUYTON);
    const before = await caller.appointments.day({ date: TOMORROW });
    const booked = new Map(before.visits.map((v) => [v.id, v.start]));

    // The first tenant whose visit fits (an interpreted one takes longer than the gaps).
    let appointmentId = '';
    for (let i = 0; i < 10 && !appointmentId; i += 1) {
      const added = await caller.appointments
        .addKnock({ customerId: await huytonTenant(i), date: TOMORROW })
        .catch(() => null);
      appointmentId = added?.appointmentId ?? '';
    }
    expect(appointmentId).not.toBe('');
    const replanned = await caller.appointments.reoptimise({ date: TOMORROW });
    for (const [id, start] of booked)
      expect(replanned.visits.find((v) => v.id === id)?.start).toBe(start);
    const knock = replanned.visits.find((v) => v.id === appointmentId);
    expect(knock?.flexible).toBe(true);
    expect(knock?.type).toBe('living_well');
    const active = replanned.visits.filter((v) => v.status === 'booked');
    for (const v of active) {
      if (v.id === knock?.id) continue;
      const overlaps = knock && knock.start < v.end && v.start < knock.end;
      expect(overlaps).toBe(false);
    }
    const starts = replanned.visits.map((v) => v.start);
    expect(starts).toEqual([...starts].sort());

    // Fill the day with knocks until there is no room: the refusal says why.
    let refusal: unknown = null;
    for (let i = 0; i < 30 && !refusal; i += 1) {
      try {
        await caller.appointments.addKnock({ customerId: await huytonTenant(i), date: TOMORROW });
      } catch (error) {
        refusal = error;
      }
    }
    expect(refusal).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringContaining('There is no room on Tuesday 24 November 2026'),
    });
    const full = await caller.appointments.day({ date: TOMORROW });
    for (const [id, start] of booked)
      expect(full.visits.find((v) => v.id === id)?.start).toBe(start);
  });

  it('refuses a knock for a tenant outside the advisor’s patches', async () => {
    const other = await callerAs(database, KIRKBY);
    await expect(
      other.appointments.addKnock({ customerId: await huytonTenant(0), date: TOMORROW }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('auth.session', () => {
  it('gives the absolute end of a signed-in session over HTTP: 12 hours after sign-in', async () => {
    const { server, url } = await startTestServer(database, { now: () => NOW });
    try {
      const cookie = await signedInCookie(url, HUYTON);
      const response = await fetch(`${url}/trpc/auth.session`, { headers: { cookie } });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { result: { data: { absoluteEndsAt: string } } };
      expect(body.result.data.absoluteEndsAt).toBe(
        new Date(NOW.getTime() + 12 * 3_600_000).toISOString(),
      );
    } finally {
      await server.stop();
    }
  });

  it('is null when signed out', async () => {
    const { appRouter } = await import('../src/routers');
    const { createCallerFactory } = await import('../src/trpc/init');
    const { contextAs } = await import('./helpers');
    const anonymous = createCallerFactory(appRouter)(await contextAs(database, null));
    expect(await anonymous.auth.session()).toEqual({ absoluteEndsAt: null });
  });
});
