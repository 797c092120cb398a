import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/http/security';
import type { Server } from '../src/server';
import { WRONG_DETAILS } from '../src/services/auth/sign-in';
import {
  DEMO_PASSWORD,
  seededTestDatabase,
  sessionCookieFrom,
  signedInCookie,
  signIn,
  startTestServer,
} from './helpers';

const ADVISOR = 'advisor.huyton@doorstep.example';

/** A clock the tests move by hand, for idle and absolute expiry. */
function testClock(start: string) {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    advanceMinutes: (minutes: number) => {
      at += minutes * 60_000;
    },
  };
}

async function me(url: string, cookie?: string) {
  const response = await fetch(`${url}/trpc/auth.me`, { headers: cookie ? { cookie } : {} });
  const body = (await response.json()) as { result?: { data: { email: string } | null } };
  return { response, principal: body.result?.data ?? null };
}

describe.each(testDrivers())('staff sign-in over HTTP on %s', (kind) => {
  let database: TestDatabase;
  let server: Server;
  let url: string;
  const clock = testClock('2026-11-23T09:00:00Z');

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    ({ server, url } = await startTestServer(database, {
      now: clock.now,
      env: { PUBLIC_URL: 'https://doorstep.example.org' },
      rateLimits: { signInPerMinute: 1000 },
    }));
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  it('signs in with a session cookie that scripts cannot read and other sites do not send', async () => {
    const response = await signIn(url, ADVISOR);
    expect(response.status).toBe(200);
    const setCookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('doorstep_session='));
    expect(setCookie).toMatch(/^doorstep_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain(`Max-Age=${12 * 3600}`);
    const { principal } = await me(url, sessionCookieFrom(response));
    expect(principal).toMatchObject({
      email: ADVISOR,
      role: 'advisor',
      patches: [{ name: 'Huyton', covering: false }],
    });
  });

  it('issues a new session id at every sign-in and ends the one presented with it', async () => {
    const first = await signedInCookie(url, ADVISOR);
    const second = sessionCookieFrom(await signIn(url, ADVISOR, DEMO_PASSWORD, first));
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await me(url, first)).principal).toBeNull();
    expect((await me(url, second)).principal?.email).toBe(ADVISOR);
  });

  it('ends the session at sign-out, so the cookie no longer works', async () => {
    const cookie = await signedInCookie(url, ADVISOR);
    const out = await fetch(`${url}/trpc/auth.signOut`, {
      method: 'POST',
      headers: { cookie, [CSRF_HEADER]: '1', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join()).toMatch(
      /doorstep_session=;.*Expires=Thu, 01 Jan 1970/,
    );
    const listed = await fetch(`${url}/trpc/patches.list`, { headers: { cookie } });
    expect(listed.status).toBe(401);
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const wrong = await signIn(url, ADVISOR, 'not-the-password');
    const unknown = await signIn(url, 'nobody@doorstep.example', 'not-the-password');
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(sessionCookieFrom(response)).toBeUndefined();
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toBe(WRONG_DETAILS);
    }
  });

  it('answers a forged or unknown session cookie with 401, never 500, and clears it', async () => {
    for (const cookie of [
      'doorstep_session=forged',
      `doorstep_session=${'A'.repeat(43)}`,
      'doorstep_session=%00%ff',
    ]) {
      const response = await fetch(`${url}/trpc/patches.list`, { headers: { cookie } });
      expect(response.status).toBe(401);
      const body = await response.text();
      expect(body).toContain('Please sign in');
      expect(body).not.toMatch(/stack|select |at .*\.ts/i);
      expect(response.headers.getSetCookie().join()).toContain('doorstep_session=;');
    }
  });

  it('ends a session idle for 30 minutes', async () => {
    const cookie = await signedInCookie(url, ADVISOR);
    clock.advanceMinutes(29);
    expect((await me(url, cookie)).principal?.email).toBe(ADVISOR);
    clock.advanceMinutes(29);
    expect((await me(url, cookie)).principal?.email).toBe(ADVISOR);
    clock.advanceMinutes(30);
    expect((await me(url, cookie)).principal).toBeNull();
    expect((await fetch(`${url}/trpc/patches.list`, { headers: { cookie } })).status).toBe(401);
  });

  it('ends a session 12 hours after sign-in however busy it is', async () => {
    const cookie = await signedInCookie(url, ADVISOR);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      clock.advanceMinutes(20);
      expect((await me(url, cookie)).principal?.email).toBe(ADVISOR);
    }
    clock.advanceMinutes(20);
    expect((await me(url, cookie)).principal).toBeNull();
  });

  it('locks an account for 15 minutes after 10 failed sign-ins, with Retry-After', async () => {
    const email = 'community@doorstep.example';
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await signIn(url, email, `wrong-${attempt}`)).status).toBe(401);
      clock.advanceMinutes(1);
    }
    const locked = await signIn(url, email);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(((await locked.json()) as { error: { message: string } }).error.message).toMatch(
      /Too many attempts/,
    );
    // Other accounts are unaffected, and the lock lifts once the failures are 15 minutes old.
    expect((await signIn(url, ADVISOR)).status).toBe(200);
    clock.advanceMinutes(Math.ceil(retryAfter / 60));
    expect((await signIn(url, email)).status).toBe(200);
  });

  it('refuses a state-changing call without the anti-forgery header', async () => {
    const response = await fetch(`${url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADVISOR, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(sessionCookieFrom(response)).toBeUndefined();
  });

  it('sends security headers, a request id and no caching of API answers', async () => {
    const page = await fetch(`${url}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const api = await fetch(`${url}/trpc/auth.me`);
    expect(api.headers.get('cache-control')).toBe('no-store');
  });
});

describe('rate limit on sign-in', () => {
  it('answers 429 with Retry-After once one address sends too many sign-ins', async () => {
    const database = await seededTestDatabase('pglite');
    const { server, url } = await startTestServer(database, { rateLimits: { signInPerMinute: 5 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1)
        statuses.push((await signIn(url, `someone${i}@doorstep.example`, 'x')).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const limited = await signIn(url, 'someone@doorstep.example', 'x');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Reading public pages is counted separately and still works.
      expect((await fetch(`${url}/trpc/auth.me`)).status).toBe(200);
    } finally {
      await server.stop();
      await database.close();
    }
  });
});

describe('rate limit on booking links', () => {
  it('slows down anyone trying link after link, with the same answer for every bad one', async () => {
    const database = await seededTestDatabase('pglite');
    const { server, url } = await startTestServer(database, { rateLimits: { linkPerMinute: 5 } });
    try {
      const statuses: number[] = [];
      const bodies = new Set<string>();
      for (const token of [
        'A'.repeat(43),
        'short',
        'B'.repeat(43),
        '%00',
        'C'.repeat(43),
        'D'.repeat(43),
      ]) {
        const response = await fetch(
          `${url}/trpc/booking.view?input=${encodeURIComponent(JSON.stringify({ token }))}`,
        );
        statuses.push(response.status);
        if (response.status === 404)
          bodies.add(((await response.json()) as { error: { message: string } }).error.message);
      }
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
      expect([...bodies]).toEqual([
        'This link is not valid. It may have expired or been replaced.',
      ]);
      // Staff pages are counted separately and still answer.
      expect((await fetch(`${url}/trpc/auth.me`)).status).toBe(200);
    } finally {
      await server.stop();
      await database.close();
    }
  });
});
