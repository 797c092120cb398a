import { createHash } from 'node:crypto';
import type { Database } from '@doorstep/db';
import type { FastifyInstance } from 'fastify';
import { calendarFeedText } from '../services/appointments/feeds';

/**
 * `/ics/staff/<secret>.ics`: an advisor's visits for their phone's calendar. The secret is
 * the only credential, so the answer for a wrong one says nothing more than "not found".
 */
export function registerCalendarFeeds(app: FastifyInstance, database: Database, now: () => Date) {
  app.get('/ics/staff/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    const text = file.endsWith('.ics')
      ? await calendarFeedText(database, file.slice(0, -4), now())
      : null;
    if (!text) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    const etag = `"${createHash('sha256')
      .update(text.replace(/^DTSTAMP:.*$/gm, ''))
      .digest('base64url')
      .slice(0, 27)}"`;
    reply
      .header('cache-control', 'private, max-age=300')
      .header('etag', etag)
      .header('x-robots-tag', 'noindex');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('text/calendar; charset=utf-8').send(text);
  });
}
