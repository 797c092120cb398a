import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withDomainErrors } from '../errors';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing';
import { appointments } from './appointments';
import { customers } from './customers';
import { homes } from './homes';
import { staff } from './staff';

const at = (time: string) => new Date(`2026-11-24T${time}:00Z`);

describe.each(testDrivers())('double booking on %s', (kind) => {
  let database: TestDatabase;
  const ids = { staff: '', otherStaff: '', customer: '', home: '' };

  beforeAll(async () => {
    database = await createTestDatabase(kind, { poolSize: 20 });
    const base = {
      role: 'advisor' as const,
      team: 'Huyton',
      workingPattern: {},
      homeBaseName: 'Office',
      homeBaseLatitude: 53.41,
      homeBaseLongitude: -2.84,
    };
    const [a, b] = await database.db
      .insert(staff)
      .values([
        { ...base, name: 'Ann Advisor', email: 'ann@doorstep.example' },
        { ...base, name: 'Ben Advisor', email: 'ben@doorstep.example' },
      ])
      .returning({ id: staff.id });
    const [home] = await database.db
      .insert(homes)
      .values({
        addressLine1: '1 Seel Road',
        town: 'Huyton',
        postcode: 'L36 6DG',
        latitude: 53.41,
        longitude: -2.84,
      })
      .returning({ id: homes.id });
    const [customer] = await database.db
      .insert(customers)
      .values({ name: 'Cara Tenant', preferredChannel: 'sms' })
      .returning({ id: customers.id });
    Object.assign(ids, { staff: a?.id, otherStaff: b?.id, home: home?.id, customer: customer?.id });
  });
  afterAll(() => database.close());
  beforeEach(() => database.db.delete(appointments));

  const book = (from: string, to: string, staffId = ids.staff) =>
    withDomainErrors(() =>
      database.db
        .insert(appointments)
        .values({
          type: 'repair_inspection',
          customerId: ids.customer,
          homeId: ids.home,
          staffId,
          startsAt: at(from),
          endsAt: at(to),
          bookedVia: 'phone',
          purpose: 'Look at the leak under the kitchen sink',
        })
        .returning({ id: appointments.id }),
    );

  it('lets exactly one of 50 simultaneous bookings of the same advisor and time through', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => book('10:00', '11:00')),
    );
    const booked = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const { reason } of refused) {
      expect(reason).toMatchObject({ name: 'DomainError', code: 'CONFLICT' });
      expect(String(reason.message)).toMatch(/already has an appointment that overlaps/);
    }
    expect(await database.db.select().from(appointments)).toHaveLength(1);
  });

  it('refuses a different range that overlaps, but allows back-to-back and other staff', async () => {
    await book('10:00', '11:00');
    await expect(book('10:30', '11:30')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(book('09:00', '12:00')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(book('10:15', '10:45')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(book('11:00', '12:00')).resolves.toHaveLength(1);
    await expect(book('09:00', '10:00')).resolves.toHaveLength(1);
    await expect(book('10:00', '11:00', ids.otherStaff)).resolves.toHaveLength(1);
  });

  it('frees the time of a cancelled appointment', async () => {
    const [first] = await book('14:00', '15:00');
    await expect(book('14:00', '15:00')).rejects.toMatchObject({ code: 'CONFLICT' });
    await database.db
      .update(appointments)
      .set({ status: 'cancelled' })
      .where(eq(appointments.id, first?.id ?? ''));
    await expect(book('14:00', '15:00')).resolves.toHaveLength(1);
    // Reinstating the cancelled one would double-book, so the database refuses it.
    await expect(
      withDomainErrors(() =>
        database.db
          .update(appointments)
          .set({ status: 'booked' })
          .where(eq(appointments.id, first?.id ?? '')),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses an appointment that ends before it starts', async () => {
    await expect(book('11:00', '10:00')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
