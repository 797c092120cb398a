import {
  customers,
  dropInAttendance,
  dropInSeries,
  formatTasks,
  homes,
  notices,
  patches,
  staff,
  tenancies,
  venues,
} from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { TRPCError } from '@trpc/server';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import type { Principal } from '../src/services/auth/principal';
import { createInvitation } from '../src/services/booking/invitations';
import type { Access, Meta } from '../src/trpc/access';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, DEMO_PASSWORD, seededTestDatabase } from './helpers';

/**
 * Every procedure, called as every kind of caller: the rule each declares is the rule that
 * is enforced. Adding a procedure without a declared rule, or without a sample input here,
 * fails this file.
 */
type Caller = 'anonymous' | 'advisor' | 'advisorOfAnotherPatch' | 'community' | 'manager' | 'admin';

const callers: Record<Caller, string | null> = {
  anonymous: null,
  advisor: 'advisor.huyton@doorstep.example',
  advisorOfAnotherPatch: 'advisor.kirkby@doorstep.example',
  community: 'community@doorstep.example',
  manager: 'manager@doorstep.example',
  admin: 'admin@doorstep.example',
};

interface Fixtures {
  huytonPatchId: string;
  /** An open low-cost rental tenancy in Huyton, for Living Well meetings. */
  huytonTenancyId: string;
  huytonBoundary: unknown;
  huytonAdvisorId: string;
  huytonCustomerId: string;
  kirkbyAdvisorId: string;
  communityStaffId: string;
  huytonInvitationId: string;
  huytonNoticeId: string;
  huytonFormatTaskId: string;
  bookingToken: string;
  venueId: string;
  otherVenueId: string;
  seriesId: string;
  draftSeriesId: string;
  /** A date the seed series gives, in the future and in the past. */
  nextDate: string;
  pastDate: string;
}

const noFacts = {
  stepFreeEntrance: null,
  accessibleToilet: null,
  hearingLoop: null,
  blueBadgeParking: null,
  quietRoom: null,
  babyChanging: null,
  bslOnRequest: null,
};
const schedule = (f: Fixtures) => ({
  rrule: 'FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20271231',
  startsOn: '2026-12-01',
  startTime: '10:00',
  endTime: '12:00',
  venueId: f.venueId,
  clashRule: 'skip',
});

const sampleInputs: Record<string, (f: Fixtures) => unknown> = {
  'accessNeeds.profile': (f) => ({ customerId: f.huytonCustomerId }),
  'accessNeeds.setReminders': (f) => ({ customerId: f.huytonCustomerId, wantsReminders: true }),
  'accessNeeds.update': (f) => ({ customerId: f.huytonCustomerId, profile: { relayUk: true } }),
  'audit.search': () => ({}),
  'appointments.list': () => ({ from: '2026-11-23', to: '2026-12-04' }),
  'appointments.slots': (f) => ({
    customerId: f.huytonCustomerId,
    type: 'survey',
    from: '2026-12-07',
    to: '2026-12-11',
  }),
  'appointments.create': (f) => ({
    customerId: f.huytonCustomerId,
    type: 'survey',
    purpose: 'A survey of the kitchen and bathroom',
    start: '2026-12-09T11:00:00Z',
    bookedVia: 'phone',
  }),
  'appointments.day': () => ({ date: '2026-11-23' }),
  'appointments.recordOutcome': () => ({
    idempotencyKey: '00000000-0000-4000-8000-000000000001',
    appointmentId: '00000000-0000-4000-8000-000000000002',
    expectedVersion: 0,
    outcome: 'met',
    occurredAt: '2026-11-23T10:00:00Z',
  }),
  'appointments.reoptimise': () => ({ date: '2026-11-24' }),
  'appointments.addKnock': (f) => ({ customerId: f.huytonCustomerId, date: '2026-11-30' }),
  'appointments.safeguarding': () => ({ appointmentId: '00000000-0000-4000-8000-000000000002' }),
  'appointments.renewCalendarFeed': () => undefined,
  'appointments.revokeCalendarFeed': () => undefined,
  'auth.me': () => undefined,
  'auth.options': () => undefined,
  'auth.session': () => undefined,
  'auth.signIn': () => ({ email: 'advisor.huyton@doorstep.example', password: DEMO_PASSWORD }),
  'auth.signOut': () => undefined,
  'booking.view': (f) => ({ token: f.bookingToken }),
  'booking.book': (f) => ({ token: f.bookingToken, start: '2026-12-07T10:00:00Z' }),
  'booking.reschedule': (f) => ({ token: f.bookingToken, start: '2026-12-08T10:00:00Z' }),
  'booking.cancel': (f) => ({ token: f.bookingToken }),
  'booking.requestCallback': (f) => ({ token: f.bookingToken, note: 'Mornings are hard' }),
  'dropIns.series.list': () => undefined,
  'dropIns.series.byId': (f) => ({ id: f.seriesId }),
  'dropIns.series.preview': (f) => schedule(f),
  'dropIns.series.create': (f) => ({
    ...schedule(f),
    title: 'Access matrix drop-in',
    team: 'Communities Team',
    topics: ['rent'],
  }),
  'dropIns.series.update': (f) => ({ id: f.seriesId, team: 'Communities Team' }),
  'dropIns.series.publish': (f) => ({ id: f.draftSeriesId }),
  'dropIns.series.unpublish': (f) => ({ id: f.draftSeriesId }),
  'dropIns.occurrences.list': () => ({ from: '2026-11-23', to: '2026-12-31' }),
  'dropIns.occurrences.cancel': (f) => ({
    seriesId: f.seriesId,
    originalDate: f.nextDate,
    reason: 'The room is flooded',
  }),
  'dropIns.occurrences.reinstate': (f) => ({
    seriesId: f.seriesId,
    originalDate: f.nextDate,
    reason: 'The room is dry again',
  }),
  'dropIns.occurrences.move': (f) => ({
    seriesId: f.seriesId,
    originalDate: f.nextDate,
    date: f.nextDate,
    startTime: '10:30',
    endTime: '12:00',
    reason: 'Starting late',
  }),
  'dropIns.occurrences.changeVenue': (f) => ({
    seriesId: f.seriesId,
    originalDate: f.nextDate,
    venueId: f.otherVenueId,
    reason: 'The room is flooded',
  }),
  'dropIns.occurrences.addInterest': (f) => ({
    seriesId: f.seriesId,
    originalDate: f.nextDate,
    customerId: f.huytonCustomerId,
  }),
  'dropIns.occurrences.recordAttendance': (f) => ({
    seriesId: f.seriesId,
    originalDate: f.pastDate,
    count: 7,
    topics: ['rent'],
  }),
  // A search: no advisor is refused; each finds only the customers of their own patches.
  'dropIns.occurrences.findCustomer': () => ({ query: 'T100000' }),
  'dropIns.occurrences.linkAttendee': (f) => ({
    seriesId: f.seriesId,
    originalDate: f.pastDate,
    customerId: f.huytonCustomerId,
    followUp: 'task',
    note: 'Would like help with a damp bedroom',
  }),
  'dropIns.public.list': () => ({}),
  'dropIns.public.session': (f) => ({ seriesId: f.seriesId, originalDate: f.nextDate }),
  'dropIns.public.poster': () => ({ area: 'huyton', month: '2026-12' }),
  'dropIns.public.config': () => undefined,
  'livingWell.record': (f) => ({
    tenancyId: f.huytonTenancyId,
    heldOn: '2026-11-20',
    outcome: 'met',
  }),
  'livingWell.recordForm': (f) => ({ tenancyId: f.huytonTenancyId }),
  'livingWell.due': (f) => ({ patchId: f.huytonPatchId }),
  'livingWell.plan': (f) => ({ patchId: f.huytonPatchId, horizonWeeks: 2 }),
  'livingWell.planView': (f) => ({ patchId: f.huytonPatchId }),
  'livingWell.moveVisit': (f) => ({
    patchId: f.huytonPatchId,
    tenancyId: f.huytonTenancyId,
    date: '2026-12-08',
    startTime: '10:00',
  }),
  'livingWell.lockDay': (f) => ({ patchId: f.huytonPatchId, date: '2026-12-08', locked: true }),
  'livingWell.sendInvitations': (f) => ({ patchId: f.huytonPatchId }),
  'livingWell.callOrKnock': (f) => ({ patchId: f.huytonPatchId }),
  'livingWell.coverage': (f) => ({ patchId: f.huytonPatchId }),
  'livingWell.planAll': () => ({ horizonWeeks: 1 }),
  'monitoring.summary': (f) => ({ patchId: f.huytonPatchId }),
  'monitoring.trend': (f) => ({ measure: 'first_visit_access', patchId: f.huytonPatchId }),
  'monitoring.fairness': (f) => ({ measure: 'first_visit_access', patchId: f.huytonPatchId }),
  'monitoring.export': (f) => ({ table: 'summary', patchId: f.huytonPatchId }),
  'monitoring.refresh': () => undefined,
  'invitations.create': (f) => ({
    customerId: f.huytonCustomerId,
    type: 'repair_inspection',
    purpose: 'Look at the leak under the kitchen sink',
    windowStartsOn: '2026-12-01',
    windowEndsOn: '2026-12-18',
  }),
  'invitations.revoke': (f) => ({ id: f.huytonInvitationId }),
  'notices.pending': () => ({}),
  'notices.forCustomer': (f) => ({ customerId: f.huytonCustomerId }),
  'notices.day': () => ({ date: '2026-11-23' }),
  'notices.preview': (f) => ({ noticeId: f.huytonNoticeId }),
  'notices.formatTasks': () => undefined,
  'notices.completeFormatTask': (f) => ({ id: f.huytonFormatTaskId }),
  'patches.list': () => undefined,
  'patches.byId': (f) => ({ id: f.huytonPatchId }),
  'patches.homes': (f) => ({ patchId: f.huytonPatchId }),
  'patches.covers': () => undefined,
  // In the future, so granting it does not widen the other advisor's access during the test.
  'patches.grantCover': (f) => ({
    patchId: f.huytonPatchId,
    advisorId: f.kirkbyAdvisorId,
    startsOn: '2027-06-01',
    endsOn: '2027-06-14',
  }),
  // Its own boundary: allowed callers save it unchanged, so no home moves during the test.
  'patches.previewBoundary': (f) => ({ id: f.huytonPatchId, boundary: f.huytonBoundary }),
  'patches.updateBoundary': (f) => ({ id: f.huytonPatchId, boundary: f.huytonBoundary }),
  'patches.create': () => ({
    name: 'Access Matrix Patch',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [-2.96, 53.52],
          [-2.955, 53.52],
          [-2.955, 53.525],
          [-2.96, 53.525],
          [-2.96, 53.52],
        ],
      ],
    },
    advisorId: null,
  }),
  'patches.assignAdvisor': (f) => ({ id: f.huytonPatchId, advisorId: f.huytonAdvisorId }),
  'staff.list': () => undefined,
  'staff.update': (f) => ({ id: f.communityStaffId, active: true }),
  'venues.list': () => undefined,
  'venues.byId': (f) => ({ id: f.venueId }),
  'venues.create': () => ({
    name: 'Access Matrix Hall',
    area: 'Huyton',
    addressLine1: '1 Civic Way',
    town: 'Huyton',
    postcode: 'L36 9GD',
    latitude: 53.41,
    longitude: -2.84,
    openingNotes: null,
    busRoutes: null,
    nearestStop: null,
    facts: noFacts,
    openingHours: {},
  }),
  'venues.update': (f) => ({ id: f.venueId, version: 1, openingNotes: 'Ring the bell' }),
  'venues.history': (f) => ({ id: f.venueId }),
  'venues.addClosure': (f) => ({ venueId: f.venueId, date: '2027-08-02', reason: 'Summer works' }),
  'venues.removeClosure': (f) => ({ venueId: f.venueId, date: '2027-08-02' }),
};

type Outcome = 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN';

function expected(access: Access, caller: Caller): Outcome {
  if (access.kind === 'public') return 'allowed';
  if (caller === 'anonymous') return 'UNAUTHORIZED';
  if (access.kind === 'signed-in') return 'allowed';
  const role = caller === 'advisorOfAnotherPatch' ? 'advisor' : caller;
  if (!access.roles.includes(role)) return 'FORBIDDEN';
  return access.patchScoped && caller === 'advisorOfAnotherPatch' ? 'FORBIDDEN' : 'allowed';
}

interface ProcedureLike {
  _def: { meta?: Meta; type: 'query' | 'mutation' | 'subscription' };
}
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, ProcedureLike>,
);

describe('every procedure declares who may call it', () => {
  it.each(procedures.map(([path, procedure]) => [path, procedure] as const))(
    '%s',
    (path, procedure) => {
      expect(procedure._def.meta?.access, `${path} has no access rule`).toBeDefined();
      expect(sampleInputs[path], `${path} needs a sample input in the access matrix`).toBeDefined();
    },
  );
});

describe('the access matrix', () => {
  let database: TestDatabase;
  let fixtures: Fixtures;
  const createCaller = createCallerFactory(appRouter);

  beforeAll(async () => {
    database = await seededTestDatabase('pglite');
    const [huyton] = await database.db.select().from(patches).where(eq(patches.name, 'Huyton'));
    const [tenancy] = await database.db
      .select({ id: tenancies.id })
      .from(tenancies)
      .innerJoin(homes, and(eq(homes.id, tenancies.homeId), eq(homes.patchId, huyton?.id ?? '')))
      .where(and(eq(tenancies.tenure, 'low_cost_rental'), isNull(tenancies.endDate)))
      .limit(1);
    const [customer] = await database.db
      .select({ id: customers.id })
      .from(customers)
      .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
      .innerJoin(homes, and(eq(homes.id, tenancies.homeId), eq(homes.patchId, huyton?.id ?? '')))
      .limit(1);
    const [kirkbyAdvisor] = await database.db
      .select()
      .from(staff)
      .where(eq(staff.email, callers.advisorOfAnotherPatch ?? ''));
    const [community] = await database.db
      .select()
      .from(staff)
      .where(eq(staff.email, callers.community ?? ''));
    const manager = await contextAs(database, callers.manager);
    const invitation = await createInvitation(
      database.db,
      manager.principal as Principal,
      {
        customerId: customer?.id ?? '',
        type: 'survey',
        purpose: 'A survey of the kitchen and bathroom',
        windowStartsOn: '2026-12-01',
        windowEndsOn: '2026-12-18',
      },
      manager.now(),
      { publicUrl: 'http://localhost:3000', secret: manager.linkSecret },
    );
    const [notice] = await database.db
      .select({ id: notices.id })
      .from(notices)
      .where(eq(notices.invitationId, invitation.id));
    const [task] = await database.db
      .insert(formatTasks)
      .values({
        noticeId: notice?.id ?? '',
        customerId: customer?.id ?? '',
        format: 'braille',
        language: 'en',
        dueOn: '2026-11-30',
      })
      .returning({ id: formatTasks.id });
    const [series] = await database.db
      .select()
      .from(dropInSeries)
      .where(eq(dropInSeries.title, 'Huyton neighbourhood drop-in'));
    const [draft] = await database.db
      .select()
      .from(dropInSeries)
      .where(eq(dropInSeries.published, false));
    const [other] = await database.db
      .select()
      .from(venues)
      .where(eq(venues.name, 'Page Moss Library'));
    const [held] = await database.db
      .select()
      .from(dropInAttendance)
      .where(eq(dropInAttendance.seriesId, series?.id ?? ''))
      .orderBy(desc(dropInAttendance.originalDate))
      .limit(1);
    const upcoming = await createCaller(manager).dropIns.series.byId({ id: series?.id ?? '' });
    fixtures = {
      venueId: series?.venueId ?? '',
      otherVenueId: other?.id ?? '',
      seriesId: series?.id ?? '',
      draftSeriesId: draft?.id ?? '',
      nextDate: upcoming.upcoming.find((o) => o.status === 'scheduled')?.originalDate ?? '',
      pastDate: held?.originalDate ?? '',
      huytonFormatTaskId: task?.id ?? '',
      huytonNoticeId: notice?.id ?? '',
      bookingToken: invitation.link.split('/b/')[1] ?? '',
      huytonInvitationId: invitation.id,
      huytonPatchId: huyton?.id ?? '',
      huytonBoundary: huyton?.boundary,
      huytonAdvisorId: huyton?.advisorId ?? '',
      huytonCustomerId: customer?.id ?? '',
      huytonTenancyId: tenancy?.id ?? '',
      kirkbyAdvisorId: kirkbyAdvisor?.id ?? '',
      communityStaffId: community?.id ?? '',
    };
  });
  afterAll(() => database?.close());

  const cases = procedures.flatMap(([path, procedure]) =>
    (Object.keys(callers) as Caller[]).map((caller) => [path, caller, procedure] as const),
  );

  it.each(cases)('%s as %s', async (path, caller, procedure) => {
    const access = procedure._def.meta?.access;
    const sample = sampleInputs[path];
    if (!access || !sample) throw new Error(`${path} is not declared; see the test above`);
    const api = createCaller(await contextAs(database, callers[caller])) as unknown as Record<
      string,
      unknown
    >;
    const segments = path.split('.');
    const name = segments.pop() ?? '';
    // Nested routers (dropIns.series.list) are objects of callers, as the top level is.
    const router = segments.reduce<Record<string, unknown>>(
      (node, segment) => node[segment] as Record<string, unknown>,
      api,
    ) as Record<string, (input: unknown) => Promise<unknown>>;
    let outcome: Outcome = 'allowed';
    try {
      await router[name]?.(sample(fixtures));
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      // Any other refusal (not found, already booked…) came from past the access check.
      if (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN') outcome = error.code;
    }
    expect(outcome).toBe(expected(access, caller));
  });
});
