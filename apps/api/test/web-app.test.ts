import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSecurity } from '../src/http/security';
import { registerWebApp } from '../src/http/web-app';

/** Static serving alone: a bare server over a stand-in build, no database. */
describe('the public drop-in pages', () => {
  const app = Fastify();
  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'doorstep-web-'));
    writeFileSync(path.join(dist, 'index.html'), '<title>Doorstep shell</title>');
    writeFileSync(path.join(dist, 'drop-ins.html'), '<title>Drop-in sessions</title>');
    await registerWebApp(app, dist);
  });
  afterAll(() => app.close());

  it.each([
    ['/drop-ins', 200],
    ['/drop-ins/?area=huyton&need=hearingLoop&lang=ur', 200],
    ['/drop-ins/sessions/0b8c3f5e-2a5d-4d7e-9a51-6f0e0c2b9d11/2026-12-08', 200],
    ['/drop-ins/posters/stockbridge-village/2026-12', 200],
    ['/drop-ins/venues', 404],
    ['/drop-ins/sessions/not-an-id/2026-12-08', 404],
  ])('%s gets their own entry, %i', async (url, status) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(status);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<title>Drop-in sessions</title>');
  });

  it('leaves other pages, and files under /drop-ins, alone', async () => {
    expect((await app.inject({ url: '/drop-insx' })).body).toContain('Doorstep shell');
    expect((await app.inject({ url: '/advisor' })).body).toContain('Doorstep shell');
    expect((await app.inject({ url: '/drop-ins/map.js' })).statusCode).toBe(404);
  });
});

/** The staff app's offline parts: a browser must always ask for a new release of them. */
describe('the service worker and the install manifest', () => {
  const app = Fastify();
  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'doorstep-web-'));
    writeFileSync(path.join(dist, 'index.html'), '<title>Doorstep shell</title>');
    writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"Doorstep for staff"}');
    await registerSecurity(app, {
      signInPerMinute: 100,
      linkPerMinute: 100,
      generalPerMinute: 100,
    });
    await registerWebApp(app, dist);
  });
  afterAll(() => app.close());

  it('serves sw.js as JavaScript, never kept without asking again', async () => {
    const response = await app.inject({ url: '/sw.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves the manifest as a web app manifest, never kept without asking again', async () => {
    const response = await app.inject({ url: '/manifest.webmanifest' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.json()).toEqual({ name: 'Doorstep for staff' });
  });

  it('lets pages use a worker and a manifest from this site only', async () => {
    const csp = String(
      (await app.inject({ url: '/advisor/day' })).headers['content-security-policy'],
    );
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    expect(csp).toContain("default-src 'self'");
  });
});
