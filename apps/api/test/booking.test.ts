import { accessNeeds, appointments, contactRestrictions, notices } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, customersInPatch, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);
const now = new Date('2026-11-23T10:00:00Z');

describe.each(testDrivers())('booking through a link on %s', (kind) => {
  let database: TestDatabase;
  let huytonCustomers: string[];
  const anonymous = async (at = now) => createCaller(await contextAs(database, null, at));

  async function invite(
    customerId: string,
    windowStartsOn = '2026-12-01',
    windowEndsOn = '2026-12-18',
  ) {
    const advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example', now));
    const { link } = await advisor.invitations.create({
      customerId,
      type: 'repair_inspection',
      purpose: 'Look at the leak under the kitchen sink',
      windowStartsOn,
      windowEndsOn,
    });
    return link.split('/b/')[1] ?? '';
  }

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    const lead = await customersInPatch(database, 'Huyton');
    // Two-person visits need a second advisor and so can add a second visit at the same
    // time; the race below is about one advisor's times, so they sit it out.
    const twoPerson = new Set([
      ...(
        await database.db.select({ id: contactRestrictions.customerId }).from(contactRestrictions)
      ).map((r) => r.id),
      ...(
        await database.db
          .select({ id: accessNeeds.customerId })
          .from(accessNeeds)
          .where(eq(accessNeeds.kind, 'vulnerability'))
      ).map((r) => r.id),
    ]);
    huytonCustomers = lead.filter((id) => !twoPerson.has(id));
  });
  afterAll(() => database?.close());

  it('shows the purpose, first name, street and times grouped by day, and books one', async () => {
    const token = await invite(huytonCustomers[0] ?? '');
    const tenant = await anonymous();
    const view = await tenant.booking.view({ token });
    expect(view.typeLabel).toBe('Repair inspection');
    expect(view.purpose).toBe('Look at the leak under the kitchen sink');
    expect(view.firstName).not.toContain(' ');
    expect(view.street).not.toMatch(/^\d/);
    expect(view.booking).toBeNull();
    expect(view.days.length).toBeGreaterThan(1);
    expect(view.days.every((d) => d.date >= '2026-12-01' && d.date <= '2026-12-18')).toBe(true);

    const chosen = view.days[0]?.slots[0];
    const booked = await tenant.booking.book({ token, start: chosen?.start ?? '' });
    expect(booked.reference).toMatch(/^DS-[2-9A-HJ-NP-Z]{6}$/);
    expect(booked.start).toBe(chosen?.start);

    const after = await tenant.booking.view({ token });
    expect(after.booking).toMatchObject({
      reference: booked.reference,
      start: chosen?.start,
      canChange: true,
    });
    // Other times stay on offer for changing it, its own time among them.
    expect(after.days.flatMap((d) => d.slots.map((s) => s.start))).toContain(chosen?.start);
    const queued = await database.db
      .select()
      .from(notices)
      .where(eq(notices.kind, 'booking_confirmation'));
    expect(queued).toHaveLength(1);
    await expect(tenant.booking.book({ token, start: chosen?.start ?? '' })).rejects.toThrow(
      'already booked',
    );
  });

  it('refuses a time that is not on offer, with the reason', async () => {
    const token = await invite(huytonCustomers[1] ?? '');
    const tenant = await anonymous();
    await expect(tenant.booking.book({ token, start: '2026-12-05T10:00:00Z' })).rejects.toThrow(
      /not|closed|No one/,
    );
    await expect(tenant.booking.book({ token, start: '2026-11-24T10:00:00Z' })).rejects.toThrow(
      'too soon',
    );
    await expect(tenant.booking.book({ token, start: '2027-01-20T10:00:00Z' })).rejects.toThrow(
      'too late',
    );
    await expect(tenant.booking.book({ token, start: '2026-12-07T10:07:00Z' })).rejects.toThrow(
      'not one of the times offered',
    );
  });

  it('moves a booking in one step: the old time is freed only when the new one is secured', async () => {
    const token = await invite(huytonCustomers[2] ?? '');
    const tenant = await anonymous();
    const view = await tenant.booking.view({ token });
    const first = view.days[1]?.slots[0];
    const second = view.days[1]?.slots.at(-1);
    const booked = await tenant.booking.book({ token, start: first?.start ?? '' });

    // Someone else takes the time it would move to.
    const rival = await invite(huytonCustomers[3] ?? '');
    await tenant.booking.book({ token: rival, start: second?.start ?? '' });
    await expect(
      tenant.booking.reschedule({ token, start: second?.start ?? '' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const still = await tenant.booking.view({ token });
    expect(still.booking).toMatchObject({ reference: booked.reference, start: first?.start });

    const later = (await tenant.booking.view({ token: await invite(huytonCustomers[4] ?? '') }))
      .days[3]?.slots[0];
    const moved = await tenant.booking.reschedule({ token, start: later?.start ?? '' });
    expect(moved.reference).toBe(booked.reference);
    const rows = await database.db
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.customerId, huytonCustomers[2] ?? ''),
          inArray(appointments.startsAt, [
            new Date(first?.start ?? ''),
            new Date(later?.start ?? ''),
          ]),
        ),
      );
    expect(rows.map((r) => [r.status, r.sequence]).sort()).toEqual([
      ['booked', 1],
      ['rescheduled', 1],
    ]);
  });

  it('cancels before the cut-off, and not after it', async () => {
    const token = await invite(huytonCustomers[5] ?? '');
    const tenant = await anonymous();
    const slot = (await tenant.booking.view({ token })).days[2]?.slots[0];
    await tenant.booking.book({ token, start: slot?.start ?? '' });
    const start = new Date(slot?.start ?? '');
    const late = await anonymous(new Date(start.getTime() - 23 * 3_600_000));
    await expect(late.booking.cancel({ token })).rejects.toThrow('until 24 hours before');
    await expect(tenant.booking.cancel({ token })).resolves.toEqual({ cancelled: true });
    const [row] = await database.db
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.customerId, huytonCustomers[5] ?? ''),
          eq(appointments.startsAt, start),
        ),
      );
    expect(row?.status).toBe('cancelled');
  });

  it('lets exactly one of many people choosing the same times have each, with no overlaps', async () => {
    const tokens = await Promise.all(
      huytonCustomers.slice(10, 60).map((id) => invite(id, '2026-12-07', '2026-12-11')),
    );
    const tenant = await anonymous();
    const offered = (await tenant.booking.view({ token: tokens[0] ?? '' })).days.flatMap(
      (d) => d.slots,
    );
    // Ten times at least two hours apart, so travel between them never matters.
    const targets: string[] = [];
    for (const slot of offered) {
      const t = Date.parse(slot.start);
      if (targets.every((other) => Math.abs(Date.parse(other) - t) >= 2 * 3_600_000))
        targets.push(slot.start);
      if (targets.length === 10) break;
    }
    expect(targets).toHaveLength(10);
    const before = new Set(
      (await database.db.select({ id: appointments.id }).from(appointments)).map((r) => r.id),
    );
    const calls = Array.from({ length: 200 }, (_, i) => ({
      token: tokens[i % tokens.length] ?? '',
      start: targets[i % 10] ?? '',
    }));
    const results = await Promise.allSettled(calls.map((call) => tenant.booking.book(call)));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(10);
    for (const result of results) {
      if (result.status === 'rejected')
        expect(result.reason.code).toMatch(/CONFLICT|PRECONDITION_FAILED/);
    }
    const contenders = new Set(huytonCustomers.slice(10, 60));
    const rows = await database.db
      .select()
      .from(appointments)
      .where(and(eq(appointments.bookedVia, 'booking_link'), ne(appointments.status, 'cancelled')));
    const made = rows.filter((r) => contenders.has(r.customerId) && !before.has(r.id));
    // A two-person visit adds its colleague's row, pointing at the lead appointment.
    const visits = made.filter((r) => r.accompaniesId === null);
    expect(visits).toHaveLength(10);
    expect(made).toHaveLength(10);
    expect(new Set(visits.map((r) => r.startsAt.toISOString()))).toEqual(new Set(targets));
    for (const colleague of made.filter((r) => r.accompaniesId !== null)) {
      const lead = visits.find((v) => v.id === colleague.accompaniesId);
      expect(colleague.startsAt).toEqual(lead?.startsAt);
      expect(colleague.staffId).not.toBe(lead?.staffId);
    }
  });

  it('books a time agreed on the phone through the same engine, recording the channel', async () => {
    const advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example', now));
    const customerId = huytonCustomers[6] ?? '';
    const offer = await advisor.appointments.slots({
      customerId,
      type: 'survey',
      from: '2026-12-14',
      to: '2026-12-18',
    });
    expect(offer.durationMinutes).toBeGreaterThanOrEqual(60);
    const slot = offer.days[0]?.slots[0];
    const made = await advisor.appointments.create({
      customerId,
      type: 'survey',
      purpose: 'Line 1\r\nLine 2 <script>alert(1)</script>',
      start: slot?.start ?? '',
      bookedVia: 'phone',
    });
    const [row] = await database.db.select().from(appointments).where(eq(appointments.id, made.id));
    expect(row).toMatchObject({ bookedVia: 'phone', status: 'booked', type: 'survey' });
    expect(row?.purpose).toBe('Line 1\r\nLine 2 <script>alert(1)</script>');
    const again = advisor.appointments.create({
      customerId: huytonCustomers[7] ?? '',
      type: 'survey',
      purpose: 'Another survey at the same time',
      start: slot?.start ?? '',
      bookedVia: 'in_person',
    });
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('puts the times the tenant said suit them first', async () => {
    const advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example', now));
    const invite = async (
      customerId: string,
      preferences?: { timesOfDay: ('morning' | 'afternoon')[] },
    ) => {
      const { link } = await advisor.invitations.create({
        customerId,
        type: 'repair_inspection',
        purpose: 'Look at the leak under the kitchen sink',
        windowStartsOn: '2026-12-14',
        windowEndsOn: '2026-12-18',
        ...(preferences ? { preferences } : {}),
      });
      return (
        await (await anonymous()).booking.view({ token: link.split('/b/')[1] ?? '' })
      ).days.flatMap((d) => d.slots);
    };
    const share = (slots: { startTime: string }[], morning: boolean) =>
      slots.filter((s) => s.startTime < '12:00' === morning).length / slots.length;
    const mornings = await invite(huytonCustomers[8] ?? '', { timesOfDay: ['morning'] });
    const afternoons = await invite(huytonCustomers[9] ?? '', { timesOfDay: ['afternoon'] });
    // Preferences rank the times offered (six a day at most); they never hide one.
    expect(share(mornings, true)).toBeGreaterThan(share(afternoons, true) + 0.3);
    expect(share(afternoons, false)).toBeGreaterThan(share(mornings, false) + 0.3);
  });
});
