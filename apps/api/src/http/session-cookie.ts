import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ResponseControls } from '../trpc/context';

export const SESSION_COOKIE = 'doorstep_session';

export interface CookiePolicy {
  secure: boolean;
  /** The absolute lifetime; the server ends idle sessions itself. */
  maxAgeSeconds: number;
}

export function readSessionCookie(request: FastifyRequest): string | null {
  return request.cookies[SESSION_COOKIE] ?? null;
}

/**
 * HttpOnly keeps the token from scripts; SameSite=Lax keeps it off cross-site sub-requests
 * and form posts while still letting the sign-on provider's redirect back land signed in.
 */
export function responseControls(reply: FastifyReply, policy: CookiePolicy): ResponseControls {
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: policy.secure };
  return {
    setSessionCookie(token) {
      reply.setCookie(SESSION_COOKIE, token, { ...options, maxAge: policy.maxAgeSeconds });
    },
    clearSessionCookie() {
      reply.clearCookie(SESSION_COOKIE, options);
    },
    setHeader(name, value) {
      reply.header(name, value);
    },
  };
}
