import { appointments, patches } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { toLondon } from '@doorstep/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededTestDatabase } from './helpers';
import {
  apiAs,
  COMMUNITY,
  HUYTON_ADVISOR,
  KIRKBY_ADVISOR,
  lastMetOn,
  MANAGER,
  type PatchTenancy,
  patchNamed,
  refusal,
  tenanciesOf,
  unbookedTenancies,
} from './living-well-helpers';

const NOW = '2026-11-23T10:00:00Z';
const weekday = (date: string) => Temporal.PlainDate.from(date).dayOfWeek;

/** The first weekday from `from` (before `before`) with nothing on the plan. */
function emptyWorkingDay(view: { days: { date: string }[] }, from: string, before: string) {
  const busy = new Set(view.days.map((d) => d.date));
  for (let d = Temporal.PlainDate.from(from); d.toString() < before; d = d.add({ days: 1 })) {
    if (d.dayOfWeek <= 5 && !busy.has(d.toString())) return d.toString();
  }
  throw new Error(`no empty working day from ${from}`);
}

describe.each(testDrivers())('Living Well planning on %s', (kind) => {
  let database: TestDatabase;
  let patchId: string;
  /** Six tenancies due on 20 January 2027 (last met 20 January 2026). */
  let due: PatchTenancy[];

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    patchId = (await patchNamed(database, 'Huyton')).id;
    due = (await unbookedTenancies(database, patchId)).slice(0, 6);
    for (const tenancy of due) await lastMetOn(database, tenancy.tenancyId, '2026-01-20');
  });
  afterAll(() => database?.close());

  const advisor = () => apiAs(database, HUYTON_ADVISOR, NOW).then((a) => a.api);

  it('places every due meeting on a working day before it is due, within the cap, and keeps booked visits as booked', async () => {
    const api = await advisor();
    const view = await api.livingWell.plan({ patchId });
    expect(view).toMatchObject({ patchId, from: '2026-11-23', to: '2027-02-21', dailyCap: 5 });
    expect(view.plannedAt).not.toBeNull();

    const visits = view.days.flatMap((day) => day.visits.map((v) => ({ ...v, date: day.date })));
    for (const day of view.days) {
      expect(weekday(day.date)).toBeLessThanOrEqual(5);
      expect(day.visits.length).toBeLessThanOrEqual(5);
      expect(day.travelKm).toBeGreaterThan(0);
    }
    for (const tenancy of due) {
      const visit = visits.find((v) => v.tenancyId === tenancy.tenancyId);
      expect(visit, tenancy.addressLine1).toMatchObject({
        kind: 'proposed',
        late: false,
        dueOn: '2027-01-20',
        status: 'planned',
      });
      expect((visit?.date ?? '') <= '2027-01-20').toBe(true);
      expect(Number(visit?.startTime.slice(3)) % 5).toBe(0);
    }

    // The seed books a fortnight of visits: each is on the plan exactly where it was booked.
    const huytonCustomers = (await tenanciesOf(database, patchId)).map((t) => t.customerId);
    const booked = await database.db
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.type, 'living_well'),
          inArray(appointments.customerId, huytonCustomers),
        ),
      );
    expect(booked.length).toBeGreaterThan(0);
    for (const appointment of booked) {
      const start = toLondon(appointment.startsAt);
      const visit = visits.find(
        (v) => v.date === start.toPlainDate().toString() && v.kind === 'booked',
      );
      expect(visit?.startTime).toBeDefined();
      expect(
        visits.some(
          (v) =>
            v.kind === 'booked' &&
            v.date === start.toPlainDate().toString() &&
            v.startTime === start.toPlainTime().toString().slice(0, 5),
        ),
      ).toBe(true);
    }
  });

  it('lists every tenancy with its due date and status, planned ones with their date', async () => {
    const api = await advisor();
    const { tenancies } = await api.livingWell.due({ patchId });
    expect(tenancies.length).toBe((await tenanciesOf(database, patchId)).length);
    const sorted = [...tenancies].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    expect(tenancies.map((t) => t.dueOn)).toEqual(sorted.map((t) => t.dueOn));
    for (const tenancy of due) {
      expect(tenancies.find((t) => t.tenancyId === tenancy.tenancyId)).toMatchObject({
        status: 'planned',
        dueOn: '2027-01-20',
        lastMetOn: '2026-01-20',
        overdue: false,
        plannedOn: expect.stringMatching(/^202[67]-/),
      });
    }
    expect(tenancies.some((t) => t.status === 'booked')).toBe(true);
  });

  it('shows the stored plan without planning again', async () => {
    const api = await advisor();
    const planned = await api.livingWell.planView({ patchId });
    const again = await api.livingWell.planView({ patchId });
    expect(again).toEqual(planned);
    expect(planned.days.length).toBeGreaterThan(0);
  });

  it('keeps a locked day exactly through re-planning, and adds nothing to it', async () => {
    const api = await advisor();
    const before = await api.livingWell.planView({ patchId });
    const day = before.days.find(
      (d) => d.visits.filter((v) => v.kind === 'proposed').length >= 1 && d.date > '2026-12-07',
    );
    if (!day) throw new Error('the plan has no day of proposals to lock');
    const locked = await api.livingWell.lockDay({ patchId, date: day.date, locked: true });
    const lockedDay = locked.days.find((d) => d.date === day.date);
    expect(lockedDay?.locked).toBe(true);
    expect(lockedDay?.visits.every((v) => v.kind === 'locked' || v.kind === 'booked')).toBe(true);

    const shape = (d: typeof day | undefined) =>
      d?.visits.map((v) => [v.tenancyId, v.startTime, v.endTime]);
    // Re-plan with a smaller cap and a shorter horizon: the locked day stays as it was.
    const replanned = await api.livingWell.plan({ patchId, dailyCap: 2, horizonWeeks: 10 });
    const after = replanned.days.find((d) => d.date === day.date);
    expect(after?.locked).toBe(true);
    expect(shape(after)).toEqual(shape(lockedDay));
    const elsewhere = replanned.days
      .filter((d) => d.date !== day.date)
      .flatMap((d) => d.visits.map((v) => v.tenancyId));
    for (const [tenancyId] of shape(after) ?? []) expect(elsewhere).not.toContain(tenancyId);
    for (const d of replanned.days.filter((d) => !d.locked)) {
      expect(d.visits.filter((v) => v.kind === 'proposed').length).toBeLessThanOrEqual(2);
    }

    const unlocked = await api.livingWell.lockDay({ patchId, date: day.date, locked: false });
    const free = unlocked.days.find((d) => d.date === day.date);
    expect(free?.locked).toBe(false);
    expect(free?.visits.some((v) => v.kind === 'proposed')).toBe(true);
    expect(free?.visits.every((v) => v.kind !== 'locked')).toBe(true);
  });

  it('with a daily cap of 0 places nothing new and gives every meeting its reason', async () => {
    const api = await advisor();
    const view = await api.livingWell.plan({ patchId, dailyCap: 0 });
    const proposed = view.days.flatMap((d) => d.visits).filter((v) => v.kind === 'proposed');
    expect(proposed).toEqual([]);
    for (const tenancy of due) {
      expect(view.unplaced).toContainEqual({
        tenancyId: tenancy.tenancyId,
        customerName: expect.any(String),
        reason: 'The daily cap is 0 meetings, so nothing can be planned.',
      });
    }
    // Booked visits are the tenants' own choice and stay.
    expect(view.days.flatMap((d) => d.visits).some((v) => v.kind === 'booked')).toBe(true);
    await api.livingWell.plan({ patchId });
  });

  describe('moving a visit', () => {
    it('moves a proposed visit to a free working day in its range, at the time given', async () => {
      const api = await advisor();
      const tenancyId = due[0]?.tenancyId ?? '';
      const view = await api.livingWell.planView({ patchId });
      const date = emptyWorkingDay(view, '2027-01-04', '2027-01-20');
      expect(
        await refusal(api.livingWell.moveVisit({ patchId, tenancyId, date, startTime: '08:15' })),
      ).toEqual({
        code: 'BAD_REQUEST',
        message: expect.stringMatching(
          /does not fit in the working day \(09:00 to 1[67]:[03]0\)\.$/,
        ),
      });
      const moved = await api.livingWell.moveVisit({
        patchId,
        tenancyId,
        date,
        startTime: '14:15',
      });
      const day = moved.days.find((d) => d.date === date);
      expect(day?.visits).toEqual([
        expect.objectContaining({ tenancyId, startTime: '14:15', kind: 'proposed', late: false }),
      ]);
      expect(day?.travelKm).toBeGreaterThan(0);
      const elsewhere = moved.days.filter((d) => d.date !== date).flatMap((d) => d.visits);
      expect(elsewhere.map((v) => v.tenancyId)).not.toContain(tenancyId);
    });

    it('refuses a weekend, a day after the due date, a day before notice can reach the tenant, and a full day', async () => {
      const api = await advisor();
      const tenancyId = due[1]?.tenancyId ?? '';
      const move = (date: string, startTime = '10:00') =>
        refusal(api.livingWell.moveVisit({ patchId, tenancyId, date, startTime }));
      expect(await move('2026-12-12')).toEqual({
        code: 'BAD_REQUEST',
        message: 'Saturday 12 December 2026 is a weekend.',
      });
      expect(await move('2026-12-25')).toMatchObject({
        message: expect.stringMatching(/bank holiday/),
      });
      expect(await move('2027-01-21')).toEqual({
        code: 'BAD_REQUEST',
        message: expect.stringMatching(
          /^This meeting can only be held between .* and Wednesday 20 January 2027: it is due by Wednesday 20 January 2027/,
        ),
      });
      expect(await move('2026-11-25')).toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringMatching(/written notice must reach the tenant first/),
      });
      expect(await move('2027-03-01')).toMatchObject({
        message: expect.stringMatching(/is outside this plan/),
      });

      // Fill an empty day up to a cap of 2, then a third is refused.
      await api.livingWell.plan({ patchId, dailyCap: 2 });
      const empty = emptyWorkingDay(
        await api.livingWell.planView({ patchId }),
        '2027-01-04',
        '2027-01-20',
      );
      await api.livingWell.moveVisit({
        patchId,
        tenancyId: due[2]?.tenancyId ?? '',
        date: empty,
        startTime: '09:30',
      });
      await api.livingWell.moveVisit({
        patchId,
        tenancyId: due[3]?.tenancyId ?? '',
        date: empty,
        startTime: '11:00',
      });
      expect(await move(empty, '14:00')).toEqual({
        code: 'BAD_REQUEST',
        message: expect.stringMatching(/already has 2 meetings, the most in a day \(2\)\.$/),
      });
      expect(await move(empty, '10:00')).toMatchObject({ code: 'BAD_REQUEST' });
      await api.livingWell.plan({ patchId });
    });

    it('refuses to move a booked visit, and says how to change it', async () => {
      const api = await advisor();
      const view = await api.livingWell.planView({ patchId });
      const booked = view.days.flatMap((d) => d.visits).find((v) => v.kind === 'booked');
      expect(
        await refusal(
          api.livingWell.moveVisit({
            patchId,
            tenancyId: booked?.tenancyId ?? '',
            date: '2027-01-12',
            startTime: '10:00',
          }),
        ),
      ).toEqual({
        code: 'PRECONDITION_FAILED',
        message: expect.stringMatching(/^The tenant booked .* Change it with them/),
      });
    });

    it('refuses malformed input in plain words', async () => {
      const api = await advisor();
      const bad = await refusal(
        api.livingWell.moveVisit({
          patchId,
          tenancyId: due[0]?.tenancyId ?? '',
          date: 'next Tuesday',
          startTime: '25:00',
        }),
      );
      expect(bad.code).toBe('BAD_REQUEST');
      expect(bad.message).toMatch(/Give the new date as YYYY-MM-DD/);
      expect(bad.message).toMatch(/Give the time as HH:MM, such as 09:30/);
    });
  });

  it('refuses a horizon or a cap out of range, an unknown patch, and a patch with no advisor', async () => {
    const api = await advisor();
    expect(await refusal(api.livingWell.plan({ patchId, horizonWeeks: 0 }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/Plan at least 1 week ahead/),
    });
    expect(await refusal(api.livingWell.plan({ patchId, dailyCap: 11 }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/The most meetings in a day is 10/),
    });
    const manager = (await apiAs(database, MANAGER, NOW)).api;
    expect(
      await refusal(manager.livingWell.plan({ patchId: '00000000-0000-4000-8000-000000000000' })),
    ).toEqual({ code: 'NOT_FOUND', message: 'There is no patch with that id.' });

    const kirkby = await patchNamed(database, 'Kirkby');
    await database.db.update(patches).set({ advisorId: null }).where(eq(patches.id, kirkby.id));
    try {
      expect(await refusal(manager.livingWell.plan({ patchId: kirkby.id }))).toEqual({
        code: 'PRECONDITION_FAILED',
        message:
          'This patch has no advisor, so there is nobody to plan visits for. Assign one first.',
      });
    } finally {
      await database.db
        .update(patches)
        .set({ advisorId: kirkby.advisorId })
        .where(eq(patches.id, kirkby.id));
    }
  });

  it('keeps the plan to the advisor of the patch and managers', async () => {
    const kirkby = (await apiAs(database, KIRKBY_ADVISOR, NOW)).api;
    for (const call of [
      kirkby.livingWell.plan({ patchId }),
      kirkby.livingWell.planView({ patchId }),
      kirkby.livingWell.due({ patchId }),
      kirkby.livingWell.lockDay({ patchId, date: '2027-01-12', locked: true }),
      kirkby.livingWell.moveVisit({
        patchId,
        tenancyId: due[0]?.tenancyId ?? '',
        date: '2027-01-12',
        startTime: '10:00',
      }),
      kirkby.livingWell.sendInvitations({ patchId }),
      kirkby.livingWell.callOrKnock({ patchId }),
      kirkby.livingWell.coverage({ patchId }),
    ]) {
      expect(await refusal(call)).toEqual({
        code: 'FORBIDDEN',
        message: 'This is outside the patches you work on.',
      });
    }
    const community = (await apiAs(database, COMMUNITY, NOW)).api;
    expect((await refusal(community.livingWell.planView({ patchId }))).code).toBe('FORBIDDEN');
    const manager = (await apiAs(database, MANAGER, NOW)).api;
    expect((await manager.livingWell.planView({ patchId })).patchId).toBe(patchId);
  });

  it('plans the whole organisation, one patch at a time through the planner, for managers', async () => {
    const manager = (await apiAs(database, MANAGER, NOW)).api;
    const result = await manager.livingWell.planAll({ horizonWeeks: 4 });
    const all = await database.db.select({ id: patches.id }).from(patches);
    expect(result.skipped).toEqual([]);
    expect(result.plans.map((p) => p.patchId).sort()).toEqual(all.map((p) => p.id).sort());
    for (const plan of result.plans) expect(plan.placed).toBeGreaterThan(0);
    const view = await manager.livingWell.planView({ patchId });
    expect(view.to).toBe('2026-12-20');
  });
});
