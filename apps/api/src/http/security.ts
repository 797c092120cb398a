import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/** The header every state-changing tRPC call must carry; browsers cannot add it cross-site without CORS. */
export const CSRF_HEADER = 'x-doorstep-request';

export const requestId = () => randomUUID();

const SIGN_IN_PATHS = ['/trpc/auth.signIn', '/auth/oidc/'];
/** Booking links are capabilities: guessing one must be slow as well as hopeless. */
const LINK_PATHS = ['/trpc/booking.', '/ics/booking/'];

export interface SecurityOptions {
  /** Requests per minute from one address: sign-in paths, and everything else. */
  signInPerMinute: number;
  linkPerMinute: number;
  generalPerMinute: number;
  /** Other origins pages may load images from: the public drop-in map's tile server. */
  imageSources?: string[];
}

function bucketOf(url: string): 'signIn' | 'link' | 'general' {
  if (SIGN_IN_PATHS.some((path) => url.startsWith(path))) return 'signIn';
  if (LINK_PATHS.some((path) => url.startsWith(path))) return 'link';
  return 'general';
}

export async function registerSecurity(app: FastifyInstance, options: SecurityOptions) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...(options.imageSources ?? [])],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The staff app's service worker and install manifest, from this origin only.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Sign-on providers send people back here from another site; that must keep working.
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });

  await app.register(rateLimit, {
    global: true,
    max: (request) => options[`${bucketOf(request.url)}PerMinute`],
    timeWindow: '1 minute',
    keyGenerator: (request) => `${request.ip}:${bucketOf(request.url)}`,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `Too many requests. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
    }),
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/trpc/')) {
      // Private data must not be kept by browsers or proxies, or shown again by the back button.
      reply.header('cache-control', 'no-store');
      if (request.method === 'POST' && !request.headers[CSRF_HEADER]) {
        return reply.code(403).send({
          error: 'Forbidden',
          message: `Requests that change data must carry the ${CSRF_HEADER} header.`,
        });
      }
    }
  });
}
