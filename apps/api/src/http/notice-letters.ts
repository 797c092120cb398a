import type { Database } from '@doorstep/db';
import { isDomainError, londonDate } from '@doorstep/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config';
import { loadPrincipal } from '../services/auth/principal';
import { resumeSession, type SessionPolicy } from '../services/auth/sessions';
import { findNotice, noticeLetter } from '../services/notices/views';
import { assertCustomerInScope } from '../services/scope';
import { readSessionCookie } from './session-cookie';

export interface NoticeLetterOptions {
  db: Database;
  now: () => Date;
  sessionPolicy: SessionPolicy;
  config: Pick<Config, 'publicUrl'>;
  linkSecret: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const refuse = (reply: FastifyReply, status: 401 | 403 | 404, message: string) =>
  reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/plain; charset=utf-8')
    .send(message);

/**
 * `/notices/<id>/letter.pdf`: the letter for a notice, as posted, for staff to check. It holds
 * a name, an address and a booking link, so it needs the same signed-in session and patch
 * scope as the customer's page (the casework rule: the patch's advisor, cover, managers).
 */
export function registerNoticeLetters(app: FastifyInstance, options: NoticeLetterOptions) {
  app.get('/notices/:id/letter.pdf', async (request, reply) => {
    const { id } = request.params as { id: string };
    const token = readSessionCookie(request);
    const at = options.now();
    const session = token
      ? await resumeSession(options.db, token, at, options.sessionPolicy)
      : null;
    const principal = session
      ? await loadPrincipal(options.db, session.staffId, londonDate(at))
      : null;
    if (!principal) return refuse(reply, 401, 'Please sign in to see this letter.');
    if (principal.role !== 'advisor' && principal.role !== 'manager') {
      return refuse(reply, 403, 'Your role does not give you access to this.');
    }
    if (!UUID.test(id)) return refuse(reply, 404, 'There is no such notice.');
    try {
      const notice = await findNotice(options.db, id);
      await assertCustomerInScope(options.db, principal, notice.customerId);
      const links = { publicUrl: options.config.publicUrl, secret: options.linkSecret };
      const pdf = await noticeLetter(options.db, notice, links, at);
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `inline; filename="notice-${notice.id}.pdf"`)
        .type('application/pdf')
        .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND') {
        return refuse(reply, 404, 'There is no such notice.');
      }
      if (isDomainError(error) && error.code === 'FORBIDDEN') {
        return refuse(reply, 403, 'This is outside the patches you work on.');
      }
      throw error;
    }
  });
}
