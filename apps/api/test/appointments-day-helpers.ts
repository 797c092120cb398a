import { randomUUID } from 'node:crypto';
import type { TestDatabase } from '@doorstep/db/testing';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, TODAY } from './helpers';

export const HUYTON = 'advisor.huyton@doorstep.example';
export const KIRKBY = 'advisor.kirkby@doorstep.example';
/** Monday 23 November 2026, 10:00 GMT: the seeded field day is under way. */
export const NOW = new Date(`${TODAY}T10:00:00Z`);

const createCaller = createCallerFactory(appRouter);

export const callerAs = async (database: TestDatabase, email: string, now = NOW) =>
  createCaller(await contextAs(database, email, now));

type Caller = Awaited<ReturnType<typeof callerAs>>;
type Visit = Awaited<ReturnType<Caller['appointments']['day']>>['visits'][number];

/** The outcome form as the app sends it, with a fresh key. */
export const outcomeFor = (
  visit: Pick<Visit, 'id' | 'version'>,
  extra: Record<string, unknown> = {},
) =>
  ({
    idempotencyKey: randomUUID(),
    appointmentId: visit.id,
    expectedVersion: visit.version,
    outcome: 'met',
    occurredAt: NOW.toISOString(),
    ...extra,
  }) as Parameters<Caller['appointments']['recordOutcome']>[0];
