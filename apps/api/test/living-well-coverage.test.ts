import {
  customers,
  homes,
  livingWellMeetings,
  livingWellPlanVisits,
  patches,
  staff,
  staffLeave,
  tenancies,
} from '@doorstep/db';
import { createTestDatabase, type TestDatabase, testDrivers } from '@doorstep/db/testing';
import { greatCircleKm } from '@doorstep/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, refusal } from './living-well-helpers';

const NOW = '2026-11-23T10:00:00Z';
const office = { latitude: 53.4, longitude: -2.85 };
const fullTime = {
  mon: [{ start: '09:00', end: '17:00' }],
  tue: [{ start: '09:00', end: '17:00' }],
  wed: [{ start: '09:00', end: '17:00' }],
  thu: [{ start: '09:00', end: '17:00' }],
  fri: [{ start: '09:00', end: '17:00' }],
};
const square = (lat: number, lng: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lng - 0.05, lat - 0.05],
      [lng + 0.05, lat - 0.05],
      [lng + 0.05, lat + 0.05],
      [lng - 0.05, lat + 0.05],
      [lng - 0.05, lat - 0.05],
    ],
  ],
});

/**
 * A patch built by hand, so every figure can be worked out on paper: four low-cost rental
 * tenancies (met in June; met last September, so overdue; declined in September after a
 * meeting last October; new in October, not due until January) and one affordable-rent
 * tenancy, which the programme does not cover.
 */
describe.each(testDrivers())('Living Well coverage on %s', (kind) => {
  let database: TestDatabase;
  let patchId: string;
  const ids = { h2: '', h4: '', t2: '', t4: '' };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    const person = (name: string, email: string, role: 'advisor' | 'manager') => ({
      name,
      email,
      role,
      team: role === 'advisor' ? 'Housing Advisors – Testville' : 'Customer Access',
      workingPattern: fullTime,
      homeBaseName: 'Testville office',
      homeBaseLatitude: office.latitude,
      homeBaseLongitude: office.longitude,
    });
    const [advisor] = await db
      .insert(staff)
      .values(person('Alex Adviser', 'advisor.testville@doorstep.example', 'advisor'))
      .returning();
    await db
      .insert(staff)
      .values(person('Morgan Manager', 'manager.testville@doorstep.example', 'manager'));
    const [patch] = await db
      .insert(patches)
      .values({
        name: 'Testville',
        boundary: square(53.405, -2.845),
        advisorId: advisor?.id ?? null,
      })
      .returning();
    patchId = patch?.id ?? '';
    // Leave for a working week in the horizon.
    await db
      .insert(staffLeave)
      .values({ staffId: advisor?.id ?? '', startsOn: '2026-12-14', endsOn: '2026-12-18' });

    const places = [
      { latitude: 53.401, longitude: -2.851 },
      { latitude: 53.41, longitude: -2.85 },
      { latitude: 53.402, longitude: -2.852 },
      { latitude: 53.41, longitude: -2.84 },
      { latitude: 53.403, longitude: -2.853 },
    ];
    const tenures = [
      'low_cost_rental',
      'low_cost_rental',
      'low_cost_rental',
      'low_cost_rental',
      'affordable_rent',
    ] as const;
    const starts = ['2010-04-01', '2012-05-01', '2015-06-01', '2026-10-01', '2011-01-01'];
    const tenancyIds: string[] = [];
    for (const [i, place] of places.entries()) {
      const [home] = await db
        .insert(homes)
        .values({
          addressLine1: `${i + 1} Test Street`,
          town: 'Testville',
          postcode: 'L36 1AA',
          ...place,
          patchId,
        })
        .returning();
      const [tenancy] = await db
        .insert(tenancies)
        .values({
          reference: `TT${i + 1}`,
          homeId: home?.id ?? '',
          tenure: tenures[i] ?? 'low_cost_rental',
          startDate: starts[i] ?? '',
        })
        .returning();
      await db.insert(customers).values({
        tenancyId: tenancy?.id ?? '',
        name: `Tenant ${i + 1}`,
        preferredChannel: 'post',
      });
      tenancyIds.push(tenancy?.id ?? '');
      if (i === 1) ids.h2 = home?.id ?? '';
      if (i === 3) ids.h4 = home?.id ?? '';
    }
    ids.t2 = tenancyIds[1] ?? '';
    ids.t4 = tenancyIds[3] ?? '';
    await db.insert(livingWellMeetings).values([
      { tenancyId: tenancyIds[0] ?? '', heldOn: '2026-06-01' },
      { tenancyId: tenancyIds[1] ?? '', heldOn: '2025-09-01' },
      { tenancyId: tenancyIds[2] ?? '', heldOn: '2025-10-01' },
      {
        tenancyId: tenancyIds[2] ?? '',
        heldOn: '2026-09-15',
        outcome: 'declined',
        declineReason: 'Caring for a relative this year.',
      },
      { tenancyId: tenancyIds[4] ?? '', heldOn: '2026-01-10' },
    ]);
    // Two visits on the plan, on one day, in this order.
    await db.insert(livingWellPlanVisits).values([
      {
        patchId,
        tenancyId: ids.t2,
        date: '2026-12-09',
        startTime: '10:00',
        endTime: '11:00',
        dayOrder: 0,
        sendInvitationOn: '2026-11-24',
      },
      {
        patchId,
        tenancyId: ids.t4,
        date: '2026-12-09',
        startTime: '11:30',
        endTime: '12:30',
        dayOrder: 1,
        sendInvitationOn: '2026-11-24',
      },
    ]);
  });
  afterAll(() => database?.close());

  it('counts met, overdue, planned against capacity, and travel per visit', async () => {
    const { api } = await apiAs(database, 'advisor.testville@doorstep.example', NOW);
    const report = await api.livingWell.coverage({ patchId });
    const at = (p: { latitude: number; longitude: number }) => ({ x: p.longitude, y: p.latitude });
    const second = { latitude: 53.41, longitude: -2.85 };
    const fourth = { latitude: 53.41, longitude: -2.84 };
    // Office → 2 Test Street → 4 Test Street → office, at 1.3 road km per straight km.
    const km =
      1.3 *
      (greatCircleKm(at(office), at(second)) +
        greatCircleKm(at(second), at(fourth)) +
        greatCircleKm(at(fourth), at(office)));
    const expected = {
      tenancies: 4,
      metLast12Months: 1,
      share: 0.25,
      overdue: 1,
      plannedNext13Weeks: 2,
      // 65 weekdays from 23 November to 21 February, less 25 and 28 December and 1 January
      // (bank holidays) and the week of leave: 57 days of 5 meetings.
      capacityNext13Weeks: 285,
      travelKmPerVisit: expect.closeTo(km / 2, 2),
    };
    expect(report.patches).toEqual([{ ...expected, patchId, patchName: 'Testville' }]);
    expect(report.overall).toEqual(expected);
  });

  it('follows the cap of the last plan, and covers every patch for a manager', async () => {
    const { api: manager } = await apiAs(database, 'manager.testville@doorstep.example', NOW);
    await manager.livingWell.plan({ patchId, dailyCap: 2 });
    const report = await manager.livingWell.coverage();
    expect(report.patches.map((p) => p.patchName)).toEqual(['Testville']);
    expect(report.overall.capacityNext13Weeks).toBe(57 * 2);
    // The overdue tenancy and the new one (due 1 January) are on the new plan.
    expect(report.overall.plannedNext13Weeks).toBe(2);
  });

  it('refuses a malformed patch id', async () => {
    const { api } = await apiAs(database, 'manager.testville@doorstep.example', NOW);
    expect(await refusal(api.livingWell.coverage({ patchId: 'Testville' }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/Patch id must be a UUID/),
    });
  });
});
