import type { Database } from '@doorstep/db';
import { isDomainError } from '@doorstep/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config';
import {
  beginSignOn,
  completeSignOn,
  createOidcClient,
  safeReturnPath,
} from '../services/auth/oidc';
import { type CookiePolicy, responseControls } from './session-cookie';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page for a sign-in that cannot go on: no script, readable, with a way back. */
function refusal(reply: FastifyReply, status: number, message: string) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in not completed – Doorstep</title></head><body><main><h1>Sign-in not completed</h1><p>${escapeHtml(message)}</p><p><a href="/sign-in">Go back to sign in</a></p></main></body></html>`,
    );
}

export async function registerOidc(
  app: FastifyInstance,
  options: { config: Config; database: Database; now: () => Date; cookiePolicy: CookiePolicy },
) {
  const { config, database, now, cookiePolicy } = options;
  if (!config.oidc) return;
  const client = createOidcClient(config.oidc, config.publicUrl);

  app.get('/auth/oidc/start', async (request, reply) => {
    const { returnTo } = request.query as { returnTo?: string };
    try {
      const url = await beginSignOn(database, client, safeReturnPath(returnTo), now());
      return reply.header('cache-control', 'no-store').redirect(url.href);
    } catch (error) {
      request.log.error({ err: error }, 'single sign-on could not start');
      return refusal(
        reply,
        502,
        'Your organisation’s sign-in service is not answering. Try again in a few minutes, or sign in with your Doorstep password.',
      );
    }
  });

  app.get('/auth/oidc/callback', async (request, reply) => {
    const callbackUrl = new URL(request.url, config.publicUrl);
    try {
      const { token, returnTo } = await completeSignOn(database, client, callbackUrl, now());
      responseControls(reply, cookiePolicy).setSessionCookie(token);
      return reply.header('cache-control', 'no-store').redirect(returnTo);
    } catch (error) {
      if (isDomainError(error)) {
        request.log.info(
          {
            code: error.code,
            reason: error.cause instanceof Error ? error.cause.message : undefined,
          },
          'single sign-on refused',
        );
        return refusal(reply, error.code === 'FORBIDDEN' ? 403 : 400, error.message);
      }
      request.log.error({ err: error }, 'single sign-on failed');
      return refusal(reply, 502, 'Sign-in could not be completed. Please try again.');
    }
  });
}
