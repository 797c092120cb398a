import { appointments, invitations, visitOutcomesTable } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { vulnerabilityFlags } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, HUYTON, KIRKBY, NOW, outcomeFor } from './appointments-day-helpers';
import { seededTestDatabase, TODAY } from './helpers';

let database: TestDatabase;
beforeAll(async () => {
  database = await seededTestDatabase('pglite');
});
afterAll(() => database?.close());

const dayOf = async (email = HUYTON, date = TODAY) =>
  (await callerAs(database, email)).appointments.day({ date });

describe('appointments.day', () => {
  it('lists only the advisor’s own visits, in time order, with travel and briefings', async () => {
    const day = await dayOf();
    const [me] = await database.db
      .select({ staffId: appointments.staffId })
      .from(appointments)
      .where(eq(appointments.id, day.visits[0]?.id ?? ''));
    const mine = await database.db
      .select({ id: appointments.id })
      .from(appointments)
      .where(eq(appointments.staffId, me?.staffId ?? ''));
    const ids = new Set(mine.map((m) => m.id));
    expect(day.visits.length).toBeGreaterThanOrEqual(4);
    expect(day.visits.every((v) => ids.has(v.id) && v.date === TODAY)).toBe(true);
    const starts = day.visits.map((v) => v.start);
    expect(starts).toEqual([...starts].sort());
    expect(day.visits[0]?.travelFromPrevious).toBeNull();
    for (const visit of day.visits.slice(1)) expect(visit.travelFromPrevious).not.toBeNull();
    expect(day.totals.visits).toBe(day.visits.length);
    expect(day.totals.travelKm).toBeGreaterThan(0);
    expect(day.start.label.length).toBeGreaterThan(0);
    expect(new Set(day.visits.map((v) => v.type)).size).toBeGreaterThanOrEqual(4);
    const gas = day.visits.find((v) => v.type === 'gas_safety_check');
    expect(gas?.attempt).toEqual({ number: 1, standard: 3 });
    const living = day.visits.find((v) => v.type === 'living_well');
    expect(living?.livingWellTenancyId).toMatch(/^[0-9a-f-]{36}$/);
    const kinds = new Set(day.visits.flatMap((v) => v.briefing.map((c) => c.kind)));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    const interpreter = day.visits.flatMap((v) => v.briefing).find((c) => c.kind === 'interpreter');
    if (interpreter?.text.includes('by phone')) expect(interpreter.text).toMatch(/0808 157 0192/);
  });

  it('says nothing special-category in what it returns', async () => {
    const days = [
      await dayOf(),
      ...(await Promise.all(
        [
          'advisor.kirkby@doorstep.example',
          'advisor.prescot@doorstep.example',
          'advisor.whiston@doorstep.example',
        ].map((e) => dayOf(e)),
      )),
    ];
    // Values only: the name of the flag that says detail exists behind the audited tap is fine.
    const json = JSON.stringify(days).toLowerCase().replaceAll('"hassafeguardingdetail"', '');
    for (const flag of vulnerabilityFlags) {
      expect(json).not.toContain(flag);
      expect(json).not.toContain(flag.replace(/_/g, ' '));
    }
    for (const word of ['vulnerab', 'ethnic', 'religion', 'disability', 'incident', 'case file'])
      expect(json).not.toContain(word);
  });

  it('shows a week from the date, day by day', async () => {
    const caller = await callerAs(database, HUYTON);
    const week = await caller.appointments.day({ date: TODAY, days: 7 });
    expect(week.days).toBe(7);
    expect(new Set(week.visits.map((v) => v.date)).size).toBeGreaterThanOrEqual(5);
    const firstOfEachDay = new Map<string, (typeof week.visits)[number]>();
    for (const v of week.visits) if (!firstOfEachDay.has(v.date)) firstOfEachDay.set(v.date, v);
    for (const v of firstOfEachDay.values()) expect(v.travelFromPrevious).toBeNull();
  });
});

describe('appointments.recordOutcome', () => {
  it('applies a repeated key once, and says it was a replay', async () => {
    const caller = await callerAs(database, HUYTON);
    const visit = (await dayOf()).visits.find((v) => v.type === 'repair_inspection');
    if (!visit) throw new Error('no repair inspection today');
    const input = outcomeFor(visit, { note: '  Tenant showed me the leak.  ' });
    const first = await caller.appointments.recordOutcome(input);
    const again = await caller.appointments.recordOutcome(input);
    expect(first.replayed).toBe(false);
    expect(first.status).toBe('completed');
    expect(again).toEqual({ ...first, replayed: true });
    const rows = await database.db
      .select()
      .from(visitOutcomesTable)
      .where(eq(visitOutcomesTable.appointmentId, visit.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.note).toBe('Tenant showed me the leak.');
    const [after] = await database.db
      .select({ status: appointments.status, sequence: appointments.sequence })
      .from(appointments)
      .where(eq(appointments.id, visit.id));
    expect(after).toEqual({ status: 'completed', sequence: visit.version + 1 });
    const shown = (await dayOf()).visits.find((v) => v.id === visit.id);
    expect(shown?.outcome).toEqual({ outcome: 'met', occurredAt: NOW.toISOString() });
  });

  it('applies a key sent twice at once exactly once', async () => {
    const caller = await callerAs(database, HUYTON);
    const visit = (await dayOf()).visits.find((v) => v.type === 'tenancy_visit');
    if (!visit) throw new Error('no tenancy visit today');
    const input = outcomeFor(visit, { outcome: 'no_access', cardLeft: true });
    const [a, b] = await Promise.all([
      caller.appointments.recordOutcome(input),
      caller.appointments.recordOutcome(input),
    ]);
    expect(a.outcomeId).toBe(b.outcomeId);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const rows = await database.db
      .select()
      .from(visitOutcomesTable)
      .where(eq(visitOutcomesTable.appointmentId, visit.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cardLeft).toBe(true);
  });

  it('refuses a stale version, and a second outcome, with words and nothing saved', async () => {
    const caller = await callerAs(database, HUYTON);
    const visit = (await dayOf()).visits.find((v) => v.type === 'living_well');
    if (!visit) throw new Error('no Living Well visit today');
    await database.db
      .update(appointments)
      .set({ sequence: visit.version + 1 })
      .where(eq(appointments.id, visit.id));
    await expect(caller.appointments.recordOutcome(outcomeFor(visit))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /changed in the office: it is now Monday 23 November 2026 at 15:15\. Check and record again/,
      ),
    });
    const fresh = { ...visit, version: visit.version + 1 };
    const met = await caller.appointments.recordOutcome(outcomeFor(fresh));
    expect(met.livingWellTenancyId).toBe(visit.livingWellTenancyId);
    await expect(caller.appointments.recordOutcome(outcomeFor(fresh))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already recorded'),
    });
  });

  it('refuses a visit cancelled in the office, and one that no longer exists', async () => {
    const caller = await callerAs(database, HUYTON);
    const tomorrow = (await dayOf(HUYTON, '2026-11-24')).visits;
    const [cancelled, gone] = tomorrow;
    if (!cancelled || !gone) throw new Error('too few visits tomorrow');
    await database.db
      .update(appointments)
      .set({ status: 'cancelled', sequence: cancelled.version + 1 })
      .where(eq(appointments.id, cancelled.id));
    await expect(
      caller.appointments.recordOutcome(
        outcomeFor({ ...cancelled, version: cancelled.version + 1 }),
      ),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('cancelled in the office'),
    });
    await database.db.delete(appointments).where(eq(appointments.id, gone.id));
    await expect(caller.appointments.recordOutcome(outcomeFor(gone))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('no longer exists'),
    });
  });

  it('refuses a time in the future or more than 7 days ago, saying why', async () => {
    const caller = await callerAs(database, HUYTON);
    const visit = (await dayOf()).visits.find((v) => v.outcome === null);
    if (!visit) throw new Error('no open visit');
    await expect(
      caller.appointments.recordOutcome(outcomeFor(visit, { occurredAt: '2026-11-23T10:30:00Z' })),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('in the future'),
    });
    await expect(
      caller.appointments.recordOutcome(outcomeFor(visit, { occurredAt: '2026-11-10T10:00:00Z' })),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('more than 7 days ago'),
    });
    await expect(
      caller.appointments.recordOutcome(outcomeFor(visit, { cardLeft: true })),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('calling card'),
    });
  });

  it('does not let an advisor record another advisor’s visit', async () => {
    const visit = (await dayOf()).visits.find((v) => v.outcome === null);
    if (!visit) throw new Error('no open visit');
    const other = await callerAs(database, KIRKBY);
    await expect(other.appointments.recordOutcome(outcomeFor(visit))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('sends a rebook link after no access: the invitation exists', async () => {
    const caller = await callerAs(database, HUYTON);
    const visit = (await dayOf()).visits.find((v) => v.type === 'damp_mould_investigation');
    if (!visit) throw new Error('no damp and mould visit today');
    const result = await caller.appointments.recordOutcome(
      outcomeFor(visit, {
        outcome: 'no_access',
        cardLeft: true,
        followUp: { kind: 'rebook_link' },
      }),
    );
    expect(result.status).toBe('no_access');
    expect(result.followUp).toMatchObject({
      kind: 'rebook_link',
      link: expect.stringMatching(/\/b\//),
    });
    expect(result.nextStep).toMatch(/rebook link/);
    const links = await database.db
      .select()
      .from(invitations)
      .where(eq(invitations.customerId, visit.customer.id));
    expect(links.some((l) => l.type === 'damp_mould_investigation')).toBe(true);
  });
});
