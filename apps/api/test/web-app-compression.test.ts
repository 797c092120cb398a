import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from '../src/http/web-app';

/** A phone on a slow network gets the scripts compressed, in the encoding it asks for. */
describe('compression of the web app build', () => {
  const app = Fastify();
  const script = `export const stops = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `stop ${i}`))};`;
  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'doorstep-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<title>Doorstep shell</title>');
    writeFileSync(path.join(dist, 'assets', 'main-abc123.js'), script);
    await registerWebApp(app, dist);
  });
  afterAll(() => app.close());

  it('sends brotli when accepted, and the same script comes out', async () => {
    const response = await app.inject({
      url: '/assets/main-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.rawPayload.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a browser that only knows gzip', async () => {
    const response = await app.inject({
      url: '/assets/main-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends it as it is to a client that asks for no encoding', async () => {
    const response = await app.inject({ url: '/assets/main-abc123.js' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe(script);
  });
});
