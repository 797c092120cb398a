import { describe, expect, it } from 'vitest';
import { generateSeedData } from './generate';

const options = { homes: 3000, seed: 42, today: '2026-11-23' };

describe('seed: a real field day for every advisor', () => {
  const data = generateSeedData(options);
  const advisors = data.staff.filter((s) => s.role === 'advisor');
  const on = (date: string) =>
    data.appointments.filter(
      (a) => a.startsAt.toLocaleDateString('en-CA', { timeZone: 'Europe/London' }) === date,
    );

  it('gives every advisor 4 to 6 visits today and on the next working day, of mixed kinds', () => {
    for (const date of ['2026-11-23', '2026-11-24']) {
      const day = on(date);
      for (const advisor of advisors) {
        const mine = day.filter((a) => a.staffId === advisor.id);
        expect(mine.length).toBeGreaterThanOrEqual(4);
        expect(mine.length).toBeLessThanOrEqual(6);
      }
      expect(new Set(day.map((a) => a.type)).size).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(on('2026-11-23').map((a) => a.type))).toEqual(
      new Set([
        'gas_safety_check',
        'damp_mould_investigation',
        'tenancy_visit',
        'repair_inspection',
        'living_well',
      ]),
    );
  });

  it('never double-books an advisor', () => {
    const byStaff = new Map<string, typeof data.appointments>();
    for (const a of data.appointments)
      byStaff.set(a.staffId, [...(byStaff.get(a.staffId) ?? []), a]);
    for (const visits of byStaff.values()) {
      const sorted = [...visits].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      for (let i = 1; i < sorted.length; i += 1)
        expect(sorted[i]?.startsAt.getTime()).toBeGreaterThanOrEqual(
          sorted[i - 1]?.endsAt.getTime() ?? 0,
        );
    }
  });

  it('sends today’s visits to customers with needs the briefing shows', () => {
    const today = new Set(on('2026-11-23').map((a) => a.customerId));
    const interpreted = data.accessNeeds.filter(
      (n) => n.kind === 'interpreter' && today.has(n.customerId),
    );
    const largePrint = data.customers.filter(
      (c) => c.preferredFormat === 'large_print' && today.has(c.id),
    );
    const twoPerson = data.contactRestrictions.filter(
      (r) => r.kind === 'two_person_visits' && today.has(r.customerId),
    );
    const knock = data.accessNeeds.filter(
      (n) => n.detail?.code === 'knock_loudly' && today.has(n.customerId),
    );
    const advocates = data.representatives.filter(
      (r) => r.inviteToVisits && today.has(r.customerId),
    );
    for (const found of [interpreted, largePrint, twoPerson, knock, advocates])
      expect(found.length).toBeGreaterThan(0);
  });

  it('is the same every time for the same options', () => {
    expect(generateSeedData(options).appointments).toEqual(data.appointments);
  });
});
