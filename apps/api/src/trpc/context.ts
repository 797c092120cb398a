import type { Database, DatabaseKind } from '@doorstep/db';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';

/** What every procedure may use; tests build it directly and call routers without HTTP. */
export interface InnerContext {
  db: Database;
  databaseKind: DatabaseKind;
  /** The clock, passed in so rules that depend on "today" can be tested on any day. */
  now: () => Date;
}

export function createInnerContext(options: {
  db: Database;
  databaseKind: DatabaseKind;
  now?: () => Date;
}): InnerContext {
  return {
    db: options.db,
    databaseKind: options.databaseKind,
    now: options.now ?? (() => new Date()),
  };
}

export type Context = InnerContext & { request?: CreateFastifyContextOptions['req'] };

export function contextFactory(inner: InnerContext) {
  return ({ req }: CreateFastifyContextOptions): Context => ({ ...inner, request: req });
}
