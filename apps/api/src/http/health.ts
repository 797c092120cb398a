import { type DatabaseHandle, migrationState } from '@doorstep/db';
import type { FastifyInstance } from 'fastify';

export function registerHealth(app: FastifyInstance, database: DatabaseHandle) {
  app.get('/health', async (_request, reply) => {
    try {
      const migrations = await migrationState(database);
      return reply.code(migrations.upToDate ? 200 : 503).send({
        status: migrations.upToDate ? 'ok' : 'migrations_pending',
        database: { kind: database.kind, migrations },
      });
    } catch (error) {
      app.log.error({ err: error }, 'health check could not reach the database');
      return reply.code(503).send({
        status: 'unavailable',
        database: { kind: database.kind, migrations: null },
      });
    }
  });
}
