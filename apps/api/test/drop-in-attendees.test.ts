import { customers, homes, patches, tenancies } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;

interface Person {
  id: string;
  name: string;
  surname: string;
  reference: string;
  postcode: string;
  patch: string;
}

describe.each(testDrivers())('finding the customer someone at a drop-in is, on %s', (kind) => {
  let database: TestDatabase;
  let community: Caller;
  let advisor: Caller;
  let otherAdvisor: Caller;
  let manager: Caller;
  let huyton: Person;
  let kirkby: Person;

  /** A lead tenant whose surname is long enough to search for on its own. */
  async function someoneIn(patchName: string): Promise<Person> {
    const rows = await database.db
      .select({
        id: customers.id,
        name: customers.name,
        reference: tenancies.reference,
        postcode: homes.postcode,
      })
      .from(customers)
      .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
      .innerJoin(homes, eq(homes.id, tenancies.homeId))
      .innerJoin(patches, and(eq(patches.id, homes.patchId), eq(patches.name, patchName)))
      .where(eq(customers.isLeadTenant, true))
      .orderBy(asc(customers.id))
      .limit(20);
    const row = rows.find((r) => (r.name.split(' ').at(-1) ?? '').length >= 4);
    if (!row) throw new Error(`nobody seeded in ${patchName}`);
    return { ...row, surname: row.name.split(' ').at(-1) ?? row.name, patch: patchName };
  }

  /** The patch each customer id lives in, to check where results come from. */
  async function patchesOf(ids: string[]): Promise<Set<string>> {
    const rows = await database.db
      .select({ id: customers.id, patch: patches.name })
      .from(customers)
      .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
      .innerJoin(homes, eq(homes.id, tenancies.homeId))
      .innerJoin(patches, eq(patches.id, homes.patchId));
    return new Set(rows.filter((row) => ids.includes(row.id)).map((row) => row.patch));
  }

  const refused = (call: Promise<unknown>) =>
    call.then(
      () => 'accepted',
      (error: { code: string; message: string }) => `${error.code}: ${error.message}`,
    );

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    community = createCaller(await contextAs(database, 'community@doorstep.example'));
    advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example'));
    otherAdvisor = createCaller(await contextAs(database, 'advisor.kirkby@doorstep.example'));
    manager = createCaller(await contextAs(database, 'manager@doorstep.example'));
    huyton = await someoneIn('Huyton');
    kirkby = await someoneIn('Kirkby');
  });
  afterAll(() => database?.close());

  it('finds everyone on a tenancy by its reference, in any case, with name and address only', async () => {
    const found = await community.dropIns.occurrences.findCustomer({
      query: ` ${huyton.reference.toLowerCase()} `,
    });
    expect(found.map((c) => c.customerId)).toContain(huyton.id);
    expect(found.length).toBeLessThanOrEqual(2);
    for (const row of found) {
      expect(Object.keys(row).sort()).toEqual(['addressLine1', 'customerId', 'name', 'postcode']);
      expect(row.postcode).toBe(huyton.postcode);
    }
    // Exact only: the start of a reference finds nobody.
    expect(
      await community.dropIns.occurrences.findCustomer({ query: huyton.reference.slice(0, 4) }),
    ).toEqual([]);
  });

  it('finds by part of a name across the organisation, at most 10, ordered by name', async () => {
    const found = await community.dropIns.occurrences.findCustomer({
      query: huyton.surname.toUpperCase(),
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(10);
    for (const row of found) expect(row.name.toLowerCase()).toContain(huyton.surname.toLowerCase());
    const names = found.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    // Each word anywhere in the name, in any order.
    const [first] = huyton.name.split(' ');
    const reversed = await manager.dropIns.occurrences.findCustomer({
      query: `${huyton.surname} ${first}`,
    });
    expect(reversed.map((c) => c.customerId)).toContain(huyton.id);

    // Every name with an a and an e in it: far more than 10 people, and only 10 come back.
    expect(await community.dropIns.occurrences.findCustomer({ query: 'a e' })).toHaveLength(10);
    const kirkbyFound = await community.dropIns.occurrences.findCustomer({ query: kirkby.name });
    expect(kirkbyFound.map((c) => c.customerId)).toContain(kirkby.id);
  });

  it('narrows a name by a postcode or the start of one', async () => {
    const outward = huyton.postcode.split(' ')[0] ?? '';
    const byDistrict = await community.dropIns.occurrences.findCustomer({
      query: `${huyton.surname}, ${outward.toLowerCase()}`,
    });
    expect(byDistrict.map((c) => c.customerId)).toContain(huyton.id);
    for (const row of byDistrict) expect(row.postcode.startsWith(`${outward} `)).toBe(true);

    // The whole postcode, typed without its space.
    const byPostcode = await community.dropIns.occurrences.findCustomer({
      query: `${huyton.surname},${huyton.postcode.replace(' ', '')}`,
    });
    expect(byPostcode.map((c) => c.customerId)).toContain(huyton.id);
    for (const row of byPostcode) expect(row.postcode).toBe(huyton.postcode);

    expect(
      await community.dropIns.occurrences.findCustomer({ query: `${huyton.surname}, ZZ9` }),
    ).toEqual([]);
  });

  it('gives an advisor only people in the patches they work', async () => {
    expect(
      (await advisor.dropIns.occurrences.findCustomer({ query: huyton.reference })).map(
        (c) => c.customerId,
      ),
    ).toContain(huyton.id);
    // The advisor of Kirkby is not refused, but finds nobody from Huyton…
    expect(
      await otherAdvisor.dropIns.occurrences.findCustomer({ query: huyton.reference }),
    ).toEqual([]);
    expect(
      (await otherAdvisor.dropIns.occurrences.findCustomer({ query: huyton.name })).map(
        (c) => c.customerId,
      ),
    ).not.toContain(huyton.id);
    // …and whatever a name search finds is in Kirkby.
    const common = await otherAdvisor.dropIns.occurrences.findCustomer({ query: 'a e' });
    const across = await community.dropIns.occurrences.findCustomer({ query: 'a e' });
    expect(common).toHaveLength(10);
    expect(await patchesOf(across.map((c) => c.customerId))).not.toEqual(new Set(['Kirkby']));
    expect([...(await patchesOf(common.map((c) => c.customerId)))]).toEqual(['Kirkby']);
    expect(
      (await otherAdvisor.dropIns.occurrences.findCustomer({ query: kirkby.reference })).map(
        (c) => c.customerId,
      ),
    ).toContain(kirkby.id);
  });

  it('takes what is typed literally: % and _ are not wildcards', async () => {
    expect(await community.dropIns.occurrences.findCustomer({ query: '%%%' })).toEqual([]);
    expect(await community.dropIns.occurrences.findCustomer({ query: '___, L3' })).toEqual([]);
  });

  it('refuses a search it cannot read, in plain words', async () => {
    const find = (query: string) => refused(community.dropIns.occurrences.findCustomer({ query }));
    expect(await find('  ab  ')).toMatch(/^BAD_REQUEST: .*at least 3 characters/s);
    expect(await find('x'.repeat(81))).toMatch(/^BAD_REQUEST: .*80 characters/s);
    expect(await find(', L36 3SA')).toMatch(/^BAD_REQUEST: .*name before the comma/s);
    expect(await find('Jones, L36; drop')).toMatch(/^BAD_REQUEST: .*postcode or its start/s);
    expect(await find('Jones, L36, L37')).toMatch(/^BAD_REQUEST: .*one comma/s);
    expect(
      await refused(
        community.dropIns.occurrences.findCustomer({ query: 'Jones', phone: '0' } as {
          query: string;
        }),
      ),
    ).toMatch(/^BAD_REQUEST: .*phone/s);
  });
});
