import { seedDatabase } from '@doorstep/db/seed';
import { createTestDatabase } from '@doorstep/db/testing';
import { setDemoPasswords } from '../src/services/auth/demo-accounts';
import { signInWithPassword } from '../src/services/auth/sign-in';

/**
 * `npm run bench:sign-in`: a wrong password and an unknown email must cost the same, so
 * timing cannot tell an attacker which accounts exist. Prints the median of each.
 */
const ROUNDS = 40;
const database = await createTestDatabase('pglite');
await seedDatabase(database.db, { homes: 60, seed: 1, today: '2026-11-23' });
await setDemoPasswords(database.db);

async function medianMs(email: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    // A new clock minute per attempt, so the lockout never starts.
    const now = new Date(Date.UTC(2026, 10, 23, 0, i * 16));
    const started = performance.now();
    await signInWithPassword(database.db, { email, password: `wrong-${i}` }, now).catch(() => {});
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

await medianMs('advisor.huyton@doorstep.example'); // warm-up
const wrongPassword = await medianMs('advisor.huyton@doorstep.example');
const unknownEmail = await medianMs('nobody-here@doorstep.example');
console.log(
  `wrong_password_median_ms=${wrongPassword.toFixed(1)} unknown_email_median_ms=${unknownEmail.toFixed(1)} ratio=${(unknownEmail / wrongPassword).toFixed(2)}`,
);
await database.close();
