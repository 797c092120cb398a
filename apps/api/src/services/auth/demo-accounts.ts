import { type Database, staff } from '@doorstep/db';
import { like } from 'drizzle-orm';
import { hashPassword } from './passwords';

/** Published in the README; only ever set on freshly seeded demo data. */
export const DEMO_PASSWORD = 'doorstep-demo';

/** Demo staff share one password so the README can list them; real accounts never do. */
export async function setDemoPasswords(db: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.update(staff).set({ passwordHash }).where(like(staff.email, '%@doorstep.example'));
}
