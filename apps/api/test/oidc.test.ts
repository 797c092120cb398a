import { oidcRequests, staff } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../src/server';
import { seededTestDatabase, startTestServer } from './helpers';
import { Browser, freePort, startProvider } from './oidc-provider';

describe('single sign-on with OpenID Connect (authorisation code + PKCE)', () => {
  let database: TestDatabase;
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const [providerPort, doorstepPort] = [await freePort(), await freePort()];
    const doorstepUrl = `http://127.0.0.1:${doorstepPort}`;
    provider = await startProvider({
      port: providerPort,
      redirectUri: `${doorstepUrl}/auth/oidc/callback`,
      accounts: {
        'entra-advisor-1': {
          email: 'Advisor.Huyton@doorstep.example',
          name: 'Entra Advisor',
          roles: ['Doorstep.Advisor'],
        },
        'entra-new-manager': {
          email: 'new.manager@doorstep.example',
          name: 'New Manager',
          roles: ['Doorstep.Manager', 'Staff'],
        },
        'entra-no-role': { email: 'visitor@doorstep.example', name: 'No Role', roles: ['Staff'] },
      },
    });
    database = await seededTestDatabase('pglite');
    ({ server, url } = await startTestServer(database, {
      env: {
        PORT: String(doorstepPort),
        PUBLIC_URL: doorstepUrl,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'doorstep',
        OIDC_CLIENT_SECRET: 'doorstep-test-secret',
        OIDC_ROLE_MAP: 'Doorstep.Advisor=advisor,Doorstep.Manager=manager',
      },
    }));
  });
  afterAll(async () => {
    await server?.stop();
    await provider?.stop();
    await database?.close();
  });

  /** Start at Doorstep, sign in at the provider, and stop when it sends the browser back. */
  async function throughProvider(browser: Browser, login: string, returnTo = '/advisor/patches') {
    const toCallback = (u: string) => u.startsWith(`${url}/auth/oidc/callback`);
    let step = await browser.follow(
      `${url}/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`,
      toCallback,
    );
    for (let page = 0; page < 4 && !toCallback(step.url); page += 1) {
      const html = await step.response.text();
      const fields: Record<string, string> = html.includes('name="password"')
        ? { login, password: 'any' }
        : {};
      step = await browser.follow(await browser.submitForm(step.url, html, fields), toCallback);
    }
    expect(toCallback(step.url)).toBe(true);
    return step.url;
  }

  it('offers single sign-on on the sign-in page', async () => {
    const response = await fetch(`${url}/trpc/auth.options`);
    expect(((await response.json()) as { result: { data: unknown } }).result.data).toEqual({
      singleSignOn: true,
    });
  });

  it('signs an existing advisor in, binds their subject and returns them where they were going', async () => {
    const browser = new Browser();
    const start = await browser.request(`${url}/auth/oidc/start?returnTo=/advisor`);
    const authorize = new URL(start.headers.get('location') ?? '');
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();

    const callback = await throughProvider(browser, 'entra-advisor-1');
    const done = await browser.request(callback);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/advisor/patches');
    const me = await browser.request(`${url}/trpc/auth.me`);
    const principal = ((await me.json()) as { result: { data: { email: string; role: string } } })
      .result.data;
    expect(principal).toMatchObject({ email: 'advisor.huyton@doorstep.example', role: 'advisor' });
    const [bound] = await database.db
      .select()
      .from(staff)
      .where(eq(staff.email, 'advisor.huyton@doorstep.example'));
    expect(bound?.oidcSubject).toBe('entra-advisor-1');
  });

  it('creates a member of staff on first sign-in with the role their claims map to', async () => {
    const browser = new Browser();
    const done = await browser.request(await throughProvider(browser, 'entra-new-manager'));
    expect(done.status).toBe(302);
    const [created] = await database.db
      .select()
      .from(staff)
      .where(eq(staff.oidcSubject, 'entra-new-manager'));
    expect(created).toMatchObject({
      email: 'new.manager@doorstep.example',
      role: 'manager',
      passwordHash: null,
    });
  });

  it('refuses someone whose claims map to no Doorstep role, with a clear page', async () => {
    const browser = new Browser();
    const done = await browser.request(await throughProvider(browser, 'entra-no-role'));
    expect(done.status).toBe(403);
    expect(await done.text()).toContain('Your account has no Doorstep role');
    expect(browser.cookie('doorstep_session')).toBeUndefined();
  });

  it('refuses a callback whose state was not issued here', async () => {
    const browser = new Browser();
    const callback = new URL(await throughProvider(browser, 'entra-advisor-1'));
    callback.searchParams.set('state', 'forged-state');
    const done = await browser.request(callback.href);
    expect(done.status).toBe(400);
    const page = await done.text();
    expect(page).toContain('This sign-in did not start here or took too long');
    expect(page).not.toMatch(/stack|Error:/);
    expect(browser.cookie('doorstep_session')).toBeUndefined();
  });

  it('refuses a callback whose ID token carries a different nonce', async () => {
    const browser = new Browser();
    const callback = await throughProvider(browser, 'entra-advisor-1');
    await database.db.update(oidcRequests).set({ nonce: 'not-the-nonce-that-was-sent' });
    const done = await browser.request(callback);
    expect(done.status).toBe(400);
    expect(await done.text()).toContain('could not be confirmed');
    expect(browser.cookie('doorstep_session')).toBeUndefined();
  });

  it('will not use a callback twice', async () => {
    const browser = new Browser();
    const callback = await throughProvider(browser, 'entra-advisor-1');
    expect((await browser.request(callback)).status).toBe(302);
    expect((await new Browser().request(callback)).status).toBe(400);
  });

  it('only ever returns people to a page on this site', async () => {
    const browser = new Browser();
    const done = await browser.request(
      await throughProvider(browser, 'entra-advisor-1', '//evil.example/steal'),
    );
    expect(done.headers.get('location')).toBe('/advisor');
  });
});
