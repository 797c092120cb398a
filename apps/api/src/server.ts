import path from 'node:path';
import { createDatabase, type DatabaseHandle, runMigrations } from '@doorstep/db';
import { DEMO_HOMES, seedIfEmpty } from '@doorstep/db/seed';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import { Temporal } from 'temporal-polyfill';
import type { Config } from './config';
import { registerHealth } from './http/health';
import { registerWebApp } from './http/web-app';
import { type AppRouter, appRouter } from './routers';
import { contextFactory, createInnerContext } from './trpc/context';

export interface ServerOptions {
  /** Use this database instead of opening one from the config (tests). */
  database?: DatabaseHandle;
  now?: () => Date;
  /** Where log lines go; standard output when absent. */
  logStream?: NodeJS.WritableStream;
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
      await seedIfEmpty(database.db, { homes: DEMO_HOMES, seed: 1, today });
    }
  } catch (error) {
    if (ownsDatabase) await database.close();
    throw error;
  }

  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // tRPC queries carry their input in the query string; it never reaches the logs.
      serializers: {
        req: (request) => ({ method: request.method, url: request.url.split('?')[0] }),
      },
    },
    routerOptions: { maxParamLength: 5000 },
  });
  const inner = createInnerContext({
    db: database.db,
    databaseKind: database.kind,
    ...(options.now ? { now: options.now } : {}),
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(inner),
      onError({ path: procedure, error }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          app.log.error({ procedure, err: error.cause ?? error }, 'tRPC procedure failed');
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
  registerHealth(app, database);
  await registerWebApp(app, config.webDist);

  let stopped = false;
  return {
    app,
    database,
    async start() {
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      return `http://127.0.0.1:${port}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.close();
      if (ownsDatabase) await database.close();
    },
  };
}
