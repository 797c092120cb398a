import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing';
import { auditLog } from './audit';

describe.each(testDrivers())('audit log on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await database.db.insert(auditLog).values({
      at: new Date('2026-11-23T10:00:00Z'),
      action: 'read',
      fields: ['vulnerabilityFlags'],
      procedure: 'accessNeeds.profile',
    });
  });
  afterAll(() => database.close());

  it('accepts new rows', async () => {
    await database.db.insert(auditLog).values({
      at: new Date('2026-11-23T10:05:00Z'),
      action: 'read',
      fields: ['representatives'],
      procedure: 'accessNeeds.profile',
    });
    expect(await database.db.select().from(auditLog)).toHaveLength(2);
  });

  it.each([
    ['UPDATE', sql`update audit_log set action = 'changed'`],
    ['DELETE', sql`delete from audit_log`],
    ['TRUNCATE', sql`truncate audit_log`],
  ])('refuses %s, whoever asks', async (operation, statement) => {
    await expect(database.db.execute(statement)).rejects.toMatchObject({
      cause: expect.objectContaining({
        message: `audit_log is append-only: ${operation} is not allowed`,
      }),
    });
    const [row] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'read'))
      .limit(1);
    expect(row?.action).toBe('read');
  });
});
