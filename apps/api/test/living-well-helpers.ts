import {
  appointments,
  customers,
  homes,
  livingWellMeetings,
  livingWellPlanVisits,
  patches,
  tenancies,
} from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs } from './helpers';

const createCaller = createCallerFactory(appRouter);

export const HUYTON_ADVISOR = 'advisor.huyton@doorstep.example';
export const KIRKBY_ADVISOR = 'advisor.kirkby@doorstep.example';
export const MANAGER = 'manager@doorstep.example';
export const COMMUNITY = 'community@doorstep.example';

/** The API as this member of staff, on the given day and time (UTC). */
export async function apiAs(database: TestDatabase, email: string, at: string) {
  const context = await contextAs(database, email, new Date(at));
  return { api: createCaller(context), context };
}

export interface PatchTenancy {
  tenancyId: string;
  customerId: string;
  homeId: string;
  addressLine1: string;
}

export async function patchNamed(database: TestDatabase, name: string) {
  const [patch] = await database.db.select().from(patches).where(eq(patches.name, name));
  if (!patch) throw new Error(`no patch ${name}`);
  return patch;
}

/** Open low-cost rental tenancies of a patch with their lead tenant, in reference order. */
export async function tenanciesOf(database: TestDatabase, patchId: string) {
  return database.db
    .select({
      tenancyId: tenancies.id,
      customerId: customers.id,
      homeId: homes.id,
      addressLine1: homes.addressLine1,
    })
    .from(tenancies)
    .innerJoin(homes, and(eq(homes.id, tenancies.homeId), eq(homes.patchId, patchId)))
    .innerJoin(
      customers,
      and(eq(customers.tenancyId, tenancies.id), eq(customers.isLeadTenant, true)),
    )
    .where(and(eq(tenancies.tenure, 'low_cost_rental'), isNull(tenancies.endDate)))
    .orderBy(asc(tenancies.reference));
}

/**
 * Tenancies of the patch with no Living Well visit booked: the ones a plan proposes for.
 * The seed books a fortnight of visits for each advisor.
 */
export async function unbookedTenancies(database: TestDatabase, patchId: string) {
  const booked = new Set(
    (
      await database.db
        .select({ customerId: appointments.customerId })
        .from(appointments)
        .where(eq(appointments.type, 'living_well'))
    ).map((row) => row.customerId),
  );
  return (await tenanciesOf(database, patchId)).filter((t) => !booked.has(t.customerId));
}

/** The tenancy's only meeting is one met on `heldOn`: it falls due a year later. */
export async function lastMetOn(database: TestDatabase, tenancyId: string, heldOn: string) {
  await database.db.delete(livingWellMeetings).where(eq(livingWellMeetings.tenancyId, tenancyId));
  await database.db.insert(livingWellMeetings).values({ tenancyId, heldOn, outcome: 'met' });
}

export async function plannedVisit(database: TestDatabase, tenancyId: string) {
  const [row] = await database.db
    .select()
    .from(livingWellPlanVisits)
    .where(eq(livingWellPlanVisits.tenancyId, tenancyId));
  return row ?? null;
}

/** What a refused call said: its tRPC code and message. */
export async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('the call was not refused');
}
