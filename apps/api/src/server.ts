import path from 'node:path';
import { createDatabase, type DatabaseHandle, runMigrations } from '@doorstep/db';
import { DEMO_HOMES, seedIfEmpty } from '@doorstep/db/seed';
import { londonDate } from '@doorstep/domain';
import fastifyCookie from '@fastify/cookie';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { type Config, tileOrigin } from './config';
import { registerBookingCalendar } from './http/booking-calendar';
import { registerCalendarFeeds } from './http/calendar-feeds';
import { registerDropInFeeds } from './http/drop-in-feeds';
import { registerHealth } from './http/health';
import { loggerOptions } from './http/logging';
import { registerNoticeLetters } from './http/notice-letters';
import { registerOidc } from './http/oidc';
import { registerSecurity, requestId, type SecurityOptions } from './http/security';
import { readSessionCookie, responseControls } from './http/session-cookie';
import { registerWebApp } from './http/web-app';
import { type AppRouter, appRouter } from './routers';
import { lazyPlanningPool } from './routing';
import { setDemoPasswords } from './services/auth/demo-accounts';
import { loadPrincipal } from './services/auth/principal';
import { resumeSession } from './services/auth/sessions';
import { invitationByToken } from './services/booking/invitations';
import { ensureLinkSecret } from './services/link-secret';
import { type DailyRefresh, startDailyRefresh } from './services/monitoring/schedule';
import { createDelivery } from './services/notices/deliver';
import { smtpTransport } from './services/notices/email';
import { createOutboxWorker } from './services/notices/outbox';
import { queueDueReminders } from './services/notices/reminders';
import { notifySmsTransport } from './services/notices/sms';
import { createInnerContext } from './trpc/context';

export interface ServerOptions {
  /** Use this database instead of opening one from the config (tests). */
  database?: DatabaseHandle;
  now?: () => Date;
  /** Where log lines go; standard output when absent. */
  logStream?: NodeJS.WritableStream;
  rateLimits?: Partial<SecurityOptions>;
}

export interface Server {
  readonly app: ReturnType<typeof Fastify>;
  readonly database: DatabaseHandle;
  /** Listens on the configured port (0 picks a free one) and returns the base URL. */
  start: () => Promise<string>;
  stop: () => Promise<void>;
}

/**
 * Opens the database, brings its schema up to date, seeds demo data into an empty one when
 * asked to, and builds the HTTP server. Nothing listens until `start()`.
 */
export async function createServer(config: Config, options: ServerOptions = {}): Promise<Server> {
  const now = options.now ?? (() => new Date());
  const database =
    options.database ??
    (await createDatabase({
      url: config.databaseUrl,
      dataDir: path.join(config.dataDir, 'pglite'),
    }));
  const ownsDatabase = options.database === undefined;
  try {
    await runMigrations(database);
    if (config.demoData) {
      const today = Temporal.Now.plainDateISO('Europe/London').toString();
      // Two years of history, so the monitoring figures and trends have something to show.
      const seeded = await seedIfEmpty(database.db, {
        homes: DEMO_HOMES,
        seed: 1,
        today,
        historyYears: 2,
      });
      if (seeded) await setDemoPasswords(database.db);
    }
  } catch (error) {
    if (ownsDatabase) await database.close();
    throw error;
  }

  const linkSecret = config.linkSecret ?? (await ensureLinkSecret(config.dataDir));

  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    genReqId: requestId,
    routerOptions: { maxParamLength: 5000 },
  });
  await app.register(fastifyCookie);
  await registerSecurity(app, {
    signInPerMinute: 20,
    linkPerMinute: 120,
    generalPerMinute: 600,
    imageSources: [tileOrigin(config.mapTiles.tileUrl)],
    ...options.rateLimits,
  });

  // Living Well plans run in worker threads, started on the first plan rather than at boot.
  const planning = lazyPlanningPool();
  const livingWell = { ...config.livingWell, planner: planning };

  const sessionPolicy = config.session;
  const cookiePolicy = {
    secure: config.secureCookies,
    maxAgeSeconds: sessionPolicy.absoluteHours * 3600,
  };

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      async createContext({ req, res }) {
        const response = responseControls(res, cookiePolicy);
        const token = readSessionCookie(req);
        const at = now();
        const session = token ? await resumeSession(database.db, token, at, sessionPolicy) : null;
        const principal = session
          ? await loadPrincipal(database.db, session.staffId, londonDate(at))
          : null;
        // A cookie that no longer opens a session is removed, so the browser stops sending it.
        if (token && !principal) response.clearSessionCookie();
        return createInnerContext({
          db: database.db,
          databaseKind: database.kind,
          now,
          sessionPolicy,
          principal,
          sessionToken: token,
          response,
          singleSignOn: config.oidc !== undefined,
          publicUrl: config.publicUrl,
          linkSecret,
          mapTiles: config.mapTiles,
          boroughBbox: config.boroughBbox,
          interpreterLine: config.interpreterLine,
          livingWell,
        });
      },
      onError({ path: procedure, error, input, req }) {
        const level = error.code === 'INTERNAL_SERVER_ERROR' ? 'error' : 'info';
        // The request's own logger, so the line carries its request id; inputs are redacted.
        req.log[level](
          { procedure, code: error.code, input, err: error.cause ?? error },
          'tRPC call failed',
        );
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
  registerHealth(app, database);
  registerCalendarFeeds(app, database.db, now);
  registerDropInFeeds(app, database.db, now, config.publicUrl);
  registerBookingCalendar(app, database.db, now);
  registerNoticeLetters(app, { db: database.db, now, sessionPolicy, config, linkSecret });
  if (config.oidc) await registerOidc(app, { config, database: database.db, now, cookiePolicy });
  await registerWebApp(app, config.webDist, {
    isLiveLink: (token) =>
      invitationByToken(database.db, token, now()).then(
        () => true,
        () => false,
      ),
  });

  const worker = config.notices.worker
    ? createOutboxWorker({
        db: database.db,
        now,
        beforeRound: (at) =>
          config.notices.reminderDaysBefore > 0
            ? queueDueReminders(database.db, at, config.notices.reminderDaysBefore)
            : Promise.resolve(),
        deliver: createDelivery({
          db: database.db,
          links: { publicUrl: config.publicUrl, secret: linkSecret },
          email: config.notices.smtpUrl
            ? smtpTransport({ url: config.notices.smtpUrl, from: config.notices.mailFrom })
            : undefined,
          sms: config.notices.notify
            ? notifySmsTransport({
                apiKey: config.notices.notify.apiKey,
                templateId: config.notices.notify.templateId,
                ...(config.notices.notify.baseUrl
                  ? { baseUrl: config.notices.notify.baseUrl }
                  : {}),
              })
            : undefined,
          outboxDir: config.notices.outboxDir,
        }),
      })
    : undefined;

  let stopped = false;
  let monitoring: DailyRefresh | undefined;
  return {
    app,
    database,
    async start() {
      await app.listen({ port: config.port, host: config.host });
      worker?.start();
      monitoring = startDailyRefresh({ db: database.db, now, log: app.log });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      return `http://127.0.0.1:${port}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await monitoring?.stop();
      await worker?.stop();
      await app.close();
      await planning.close();
      if (ownsDatabase) await database.close();
    },
  };
}
