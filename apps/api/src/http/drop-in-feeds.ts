import type { Database } from '@doorstep/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  dropInFeed,
  type FeedFile,
  type FeedScope,
  sessionCalendar,
} from '../services/drop-ins/feeds';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9-]{1,60}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `If-None-Match` may list several tags, or `*`; a weak copy of ours matches too (RFC 9110). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  file: FeedFile | null,
  download?: string,
) {
  if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  reply.header('cache-control', 'public, max-age=900').header('etag', file.etag);
  if (matches(request.headers['if-none-match'], file.etag)) return reply.code(304).send();
  if (download) reply.header('content-disposition', `attachment; filename="${download}"`);
  return reply.type('text/calendar; charset=utf-8').send(file.text);
}

/**
 * The public drop-in calendars: everything, one area, one venue, and one session to add to
 * a calendar. Only published sessions, and nothing about any customer, so anyone may fetch
 * them and any cache may keep them for 15 minutes.
 */
export function registerDropInFeeds(
  app: FastifyInstance,
  database: Database,
  now: () => Date,
  publicUrl: string,
) {
  const feed = (scope: FeedScope) => dropInFeed(database, scope, now(), publicUrl);

  app.get('/ics/drop-ins.ics', async (request, reply) =>
    send(request, reply, await feed({ kind: 'all' })),
  );

  app.get('/ics/drop-ins/areas/:file', async (request, reply) => {
    const slug = (request.params as { file: string }).file.replace(/\.ics$/, '');
    const file = SLUG.test(slug) ? await feed({ kind: 'area', slug }) : null;
    return send(request, reply, file);
  });

  app.get('/ics/drop-ins/venues/:file', async (request, reply) => {
    const venueId = (request.params as { file: string }).file.replace(/\.ics$/, '');
    const file = UUID.test(venueId) ? await feed({ kind: 'venue', venueId }) : null;
    return send(request, reply, file);
  });

  app.get('/ics/drop-ins/sessions/:seriesId/:file', async (request, reply) => {
    const { seriesId, file } = request.params as { seriesId: string; file: string };
    const date = file.replace(/\.ics$/, '');
    const found =
      UUID.test(seriesId) && DATE.test(date) && file.endsWith('.ics')
        ? await sessionCalendar(database, seriesId, date, publicUrl)
        : null;
    return send(request, reply, found, 'drop-in-session.ics');
  });
}
