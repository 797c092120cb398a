import { auditLog, contacts, staff } from '@doorstep/db';
import { createTestDatabase, type TestDatabase } from '@doorstep/db/testing';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/http/security';
import { appRouter } from '../src/routers';
import { hashPassword } from '../src/services/auth/passwords';
import { toCsv } from '../src/services/monitoring';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, sessionCookieFrom, signIn, startTestServer } from './helpers';
import {
  addCustomer,
  addHome,
  addStaff,
  addTenancy,
  COMMUNITY,
  MANAGER,
  NORTH_ADVISOR,
  NOW,
} from './monitoring-world';

const createCaller = createCallerFactory(appRouter);
const PASSWORD = 'monitoring-test-password';

/**
 * 44 customers' contacts, all received on Monday 2 November 2026: 28 English speakers all
 * acknowledged in time (3 of them read braille), 12 Polish speakers of whom 2 were, and two
 * customers whose language was recorded as text a spreadsheet would run as a formula.
 * Overall 32 of 42 counted (2 are still inside their time): Polish 2 of 12 is flagged.
 */
async function buildContacts(database: TestDatabase) {
  const patch = await addStaff(database.db);
  const people: { language: string; format?: 'braille'; inTime: boolean }[] = [
    ...Array.from({ length: 28 }, (_, i) => ({
      language: 'en',
      inTime: true,
      ...(i < 3 ? { format: 'braille' as const } : {}),
    })),
    ...Array.from({ length: 12 }, (_, i) => ({ language: 'pl', inTime: i < 2 })),
    { language: '=2+5', inTime: true },
    { language: '@sum(a1)', inTime: true },
  ];
  for (const person of people) {
    const home = await addHome(database.db, patch.northId);
    const tenancy = await addTenancy(database.db, home);
    const customerId = await addCustomer(database.db, tenancy, person);
    await database.db.insert(contacts).values({
      customerId,
      channel: 'phone',
      receivedAt: new Date('2026-11-02T09:00:00Z'),
      acknowledgedAt: new Date(person.inTime ? '2026-11-03T09:00:00Z' : '2026-11-10T09:00:00Z'),
    });
  }
  // Two more, still inside their 2 working days: not counted.
  for (const language of ['en', 'pl']) {
    const customerId = await addCustomer(database.db, null, { language });
    await database.db
      .insert(contacts)
      .values({ customerId, channel: 'email', receivedAt: new Date('2026-11-23T08:00:00Z') });
  }
  return patch;
}

describe('the fairness table through the API', () => {
  let database: TestDatabase;
  let patch: Awaited<ReturnType<typeof buildContacts>>;
  const as = async (email: string) => createCaller(await contextAs(database, email, NOW));

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    patch = await buildContacts(database);
    await (await as(MANAGER)).monitoring.refresh();
  });
  afterAll(() => database?.close());

  it('flags the worse-off group first, suppresses groups under 10, and audits the read', async () => {
    const manager = await as(MANAGER);
    const table = await manager.monitoring.fairness({ measure: 'contact_acknowledged' });
    expect(table.overall).toMatchObject({ counted: 42, met: 32 });
    expect(table.rows[0]).toMatchObject({
      dimension: 'language',
      group: 'pl',
      groupLabel: 'Polish',
      counted: 12,
      met: 2,
      flagged: true,
    });
    expect(table.rows[0]?.high).toBeCloseTo(0.448, 3);
    expect(table.rows.filter((r) => r.flagged)).toHaveLength(1);
    const english = table.rows.find((r) => r.dimension === 'language' && r.group === 'en');
    expect(english).toMatchObject({ counted: 28, met: 28, rate: 1, flagged: false });
    const braille = table.rows.find((r) => r.dimension === 'format' && r.group === 'braille');
    expect(braille).toMatchObject({
      suppressed: true,
      note: 'fewer than 10',
      counted: null,
      met: null,
      rate: null,
    });
    // The only other format would give braille away by subtraction, so it is hidden too.
    const standard = table.rows.find((r) => r.dimension === 'format' && r.group === 'standard');
    expect(standard).toMatchObject({ suppressed: true, counted: null });

    const [manager_] = await database.db.select().from(staff).where(eq(staff.email, MANAGER));
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.staffId, manager_?.id ?? ''), isNull(auditLog.customerId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'read', procedure: 'monitoring.fairness' });
    expect(audit[0]?.fields).toContain('fairness:contact_acknowledged');
  });

  it('is for managers: advisors and community staff are refused the table and its CSV', async () => {
    for (const email of [NORTH_ADVISOR, COMMUNITY]) {
      const api = await as(email);
      await expect(
        api.monitoring.fairness({ measure: 'contact_acknowledged' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        api.monitoring.export({ table: 'fairness', measure: 'contact_acknowledged' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const summary = await api.monitoring.export({ table: 'summary' });
      expect(summary.csv).toContain('Contacts acknowledged within 2 working days');
    }
    const file = await (await as(MANAGER)).monitoring.export({
      table: 'fairness',
      measure: 'contact_acknowledged',
    });
    expect(file.filename).toBe(
      'monitoring-fairness-contact_acknowledged-organisation-2026-11-23.csv',
    );
    expect(file.csv.split('\r\n')[2]).toMatch(/^Preferred language,Polish,12,2,16.7,/);
  });

  it('lets an advisor read their own patch and the organisation, not another patch', async () => {
    const advisor = await as(NORTH_ADVISOR);
    const north = await advisor.monitoring.summary({ patchId: patch.northId });
    expect(north.measures.find((m) => m.id === 'contact_acknowledged')?.counted).toBe(42);
    await expect(advisor.monitoring.summary()).resolves.toMatchObject({ asOf: '2026-11-23' });
    await expect(advisor.monitoring.summary({ patchId: patch.southId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      advisor.monitoring.trend({ measure: 'contact_acknowledged', patchId: patch.southId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const community = await as(COMMUNITY);
    await expect(community.monitoring.summary({ patchId: patch.southId })).resolves.toBeDefined();
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const csv = toCsv([['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd', 'plain', 12]]);
    expect(csv).toBe(`'=1+1,'+1,'-1,'@SUM(A1),'\tcmd,"'\rcmd",plain,12\r\n`);
    // Recorded text reaches the fairness CSV as a group label, and goes out escaped.
    const file = await (await as(MANAGER)).monitoring.export({
      table: 'fairness',
      measure: 'contact_acknowledged',
    });
    expect(file.csv).toContain("Preferred language,'=2+5,,");
    expect(file.csv).toContain("Preferred language,'@sum(a1),,");
    expect(file.csv).not.toMatch(/(^|,)[=@]/m);
  });

  it('downloads a table over real HTTP', async () => {
    const hash = await hashPassword(PASSWORD);
    await database.db.update(staff).set({ passwordHash: hash }).where(eq(staff.email, MANAGER));
    const { server, url } = await startTestServer(database, { now: () => NOW });
    try {
      const cookie = sessionCookieFrom(await signIn(url, MANAGER, PASSWORD)) ?? '';
      const input = encodeURIComponent(
        JSON.stringify({ table: 'trend', measure: 'contact_acknowledged' }),
      );
      const response = await fetch(`${url}/trpc/monitoring.export?input=${input}`, {
        headers: { cookie, [CSRF_HEADER]: '1' },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        result: { data: { filename: string; csv: string } };
      };
      const lines = body.result.data.csv.trim().split('\r\n');
      expect(lines[0]).toBe('Week starting,Counted,Met,Rate (%)');
      expect(lines).toHaveLength(53);
      expect(lines).toContain('2026-11-02,42,32,76.2');
      const anonymous = await fetch(`${url}/trpc/monitoring.export?input=${input}`);
      expect(anonymous.status).toBe(401);
    } finally {
      await server.stop();
    }
  });
});
