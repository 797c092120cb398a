import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Paths the API answers itself; everything else that looks like a page gets the web app. */
const apiPrefixes = ['/trpc', '/health', '/ics', '/api'];

/** A tenant's personal link, /b/<token>: the tenant pages have their own, smaller entry. */
const isTenantPage = (url: string) => url.startsWith('/b/');

/** The public drop-in pages have their own entry too: the list, a session, a poster. */
const isDropInsPage = (url: string) => url === '/drop-ins' || url.startsWith('/drop-ins/');
const dropInsPages = [
  /^\/drop-ins\/?$/,
  /^\/drop-ins\/sessions\/[0-9a-fA-F-]{36}\/\d{4}-\d{2}-\d{2}\/?$/,
  /^\/drop-ins\/posters\/[a-z0-9-]+\/\d{4}-\d{2}\/?$/,
];

/**
 * Serves the production build of apps/field-web, with index.html for any page route so that
 * deep links work, booking.html for tenants' links (/b/...) and drop-ins.html for the public
 * drop-in pages (/drop-ins, /drop-ins/...). Hashed assets are cached for a year; the HTML,
 * the staff app's service worker (sw.js) and its manifest never are, so a new release reaches
 * phones on their next visit.
 */
export async function registerWebApp(
  app: FastifyInstance,
  webDist: string,
  options: { isLiveLink?: (token: string) => Promise<boolean> } = {},
) {
  const indexFile = path.join(webDist, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn(`No web app build at ${webDist}; run "npm run build" to serve it.`);
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({ error: 'Not found', message: `Nothing at ${request.url}` }),
    );
    return;
  }

  // A build from before the tenant pages had their own entry still serves them from index.html.
  const hasTenantEntry = existsSync(path.join(webDist, 'booking.html'));
  const hasDropInsEntry = existsSync(path.join(webDist, 'drop-ins.html'));

  // Brotli or gzip, as the browser accepts: on a phone's slow network the uncompressed scripts
  // were most of the first load (Lighthouse, My day). Registered last, it covers only these files.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: true,
    index: ['index.html'],
    cacheControl: false,
    setHeaders(response, filePath) {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      response.setHeader(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      if (filePath.endsWith('.webmanifest')) {
        response.setHeader('content-type', 'application/manifest+json; charset=utf-8');
      }
    },
  });

  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !apiPrefixes.some((prefix) => url === prefix || url.startsWith(`${prefix}/`)) &&
      !path.extname(url);
    if (!isPage) {
      return reply.code(404).send({ error: 'Not found', message: `Nothing at ${url}` });
    }
    const tenant = isTenantPage(url);
    if (isDropInsPage(url) && hasDropInsEntry) {
      // Any other address under /drop-ins is a 404, with the page saying so in its language.
      const known = dropInsPages.some((pattern) => pattern.test(url));
      return reply
        .code(known ? 200 : 404)
        .header('cache-control', 'no-cache')
        .sendFile('drop-ins.html');
    }
    const page = tenant && hasTenantEntry ? 'booking.html' : 'index.html';
    // A dead link (unknown, expired, revoked or malformed: the same for all) is a 404 for
    // browsers and crawlers, with the same page, which then says so in the tenant's language.
    const token = tenant ? decodeURIComponent(url.slice('/b/'.length).replace(/\/$/, '')) : '';
    const live =
      !tenant || !options.isLiveLink || (await options.isLiveLink(token).catch(() => false));
    return reply
      .code(live ? 200 : 404)
      .header('cache-control', 'no-cache')
      .sendFile(page);
  });
}
