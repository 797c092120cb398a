import {
  type Database,
  livingWellPlanRuns,
  livingWellPlanVisits,
  patches,
  withDomainErrors,
} from '@doorstep/db';
import { isDomainError, type PlanResult } from '@doorstep/domain';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { buildPlanSetup, horizonEnd, loadPlanningData, type PlanSetup } from './load';
import type { LivingWellSettings } from './planner';

export interface PlanRequest {
  horizonWeeks: number;
  dailyCap: number;
}

export interface PlanSummary {
  patchId: string;
  placed: number;
  unplaced: number;
  travelKm: number;
  travelKmPerVisit: number | null;
}

interface Solved {
  setup: PlanSetup;
  result: PlanResult;
  seconds: number;
}

type VisitRow = typeof livingWellPlanVisits.$inferInsert;

const ROWS_PER_STATEMENT = 1000;
const IDS_PER_STATEMENT = 5000;

const chunks = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

function visitRows(setup: PlanSetup, result: PlanResult, plannedAt: Date): VisitRow[] {
  const locked = new Set(setup.input.lockedDays);
  const rows: VisitRow[] = [];
  for (const day of result.days) {
    day.visits.forEach((visit, order) => {
      const state = setup.states.get(visit.tenancyId);
      if (!state) return;
      // A visit offered to the tenant stays a proposal (or locked, on a locked day).
      const kind = setup.invited.has(visit.tenancyId)
        ? locked.has(visit.date)
          ? 'locked'
          : 'proposed'
        : visit.kind;
      rows.push({
        patchId: setup.patchId,
        tenancyId: visit.tenancyId,
        date: visit.date,
        startTime: visit.startTime,
        endTime: visit.endTime,
        dayOrder: order,
        kind,
        late: visit.late,
        sendInvitationOn:
          kind === 'booked'
            ? visit.date
            : setup.rules.sendOn(
                setup.profiles.get(state.customerId) ?? {},
                visit.date,
                visit.startTime,
              ),
        invitationId: state.visit?.invitationId ?? null,
        plannedAt,
      });
    });
  }
  return rows;
}

/**
 * Writes plans over the stored ones, in one transaction: the visits placed replace whatever
 * those tenancies had, proposals nobody was invited to are dropped, and locked, booked and
 * invited visits outside the horizon are left alone. Each run is kept with what it could not
 * place and why. Runs sort newest last even when the clock stands still (tests).
 */
async function storePlans(
  db: Database,
  solved: readonly Solved[],
  now: Date,
  request: PlanRequest,
  runById: string | null,
) {
  if (solved.length === 0) return;
  const patchIds = solved.map((s) => s.setup.patchId);
  const previous = await db
    .selectDistinctOn([livingWellPlanRuns.patchId], {
      patchId: livingWellPlanRuns.patchId,
      finishedAt: livingWellPlanRuns.finishedAt,
    })
    .from(livingWellPlanRuns)
    .where(inArray(livingWellPlanRuns.patchId, patchIds))
    .orderBy(livingWellPlanRuns.patchId, desc(livingWellPlanRuns.finishedAt));
  const lastRun = new Map(previous.map((run) => [run.patchId, run.finishedAt.getTime()]));
  const runs = solved.map(({ setup, result, seconds }) => {
    const finishedAt = new Date(
      Math.max(now.getTime() + seconds * 1000, (lastRun.get(setup.patchId) ?? 0) + 1),
    );
    return {
      row: {
        patchId: setup.patchId,
        startedAt: now,
        finishedAt,
        fromOn: setup.input.from,
        toOn: setup.input.to,
        dailyCap: request.dailyCap,
        placed: result.visitCount,
        unplaced: [...setup.refused, ...result.unplaced],
        travelKm: result.travelKm,
        travelKmPerVisit: result.travelKmPerVisit,
        runById,
      },
      visits: visitRows(setup, result, finishedAt),
    };
  });
  const visits = runs.flatMap((run) => run.visits);
  await withDomainErrors(() =>
    db.transaction(async (tx) => {
      for (const ids of chunks(
        visits.map((v) => v.tenancyId),
        IDS_PER_STATEMENT,
      )) {
        await tx.delete(livingWellPlanVisits).where(inArray(livingWellPlanVisits.tenancyId, ids));
      }
      await tx
        .delete(livingWellPlanVisits)
        .where(
          and(
            inArray(livingWellPlanVisits.patchId, patchIds),
            eq(livingWellPlanVisits.kind, 'proposed'),
            isNull(livingWellPlanVisits.invitationId),
          ),
        );
      for (const rows of chunks(visits, ROWS_PER_STATEMENT)) {
        await tx.insert(livingWellPlanVisits).values(rows);
      }
      for (const rows of chunks(
        runs.map((run) => run.row),
        ROWS_PER_STATEMENT,
      )) {
        await tx.insert(livingWellPlanRuns).values(rows);
      }
    }),
  );
}

const summary = ({ setup, result }: Solved): PlanSummary => ({
  patchId: setup.patchId,
  placed: result.visitCount,
  unplaced: result.unplaced.length + setup.refused.length,
  travelKm: result.travelKm,
  travelKmPerVisit: result.travelKmPerVisit,
});

/** Patches read, planned and written together; a few batches are in flight at once. */
const PATCHES_PER_BATCH = 25;
const BATCHES_IN_FLIGHT = 3;

/**
 * Plans patches from the stored state, one planner task per patch spread over the worker
 * pool (on a server), so patches are planned side by side and the event loop stays free.
 * Patches are read and written in batches: while the workers search one batch, this thread
 * reads the next and writes the last, each batch in one transaction. Locked days, booked
 * visits and visits already offered to tenants stay exactly where they are. Patches without
 * an advisor are skipped and named.
 */
export async function planPatches(
  db: Database,
  settings: LivingWellSettings,
  patchIds: readonly string[],
  now: Date,
  request: PlanRequest,
  runById: string | null,
): Promise<{ plans: PlanSummary[]; skipped: { patchId: string; reason: string }[] }> {
  const end = horizonEnd(now, request);
  const skipped: { patchId: string; reason: string }[] = [];
  const plans: PlanSummary[] = [];
  const inFlight: Promise<void>[] = [];
  let written: Promise<void> = Promise.resolve();
  for (const batch of chunks(patchIds, PATCHES_PER_BATCH)) {
    if (inFlight.length >= BATCHES_IN_FLIGHT) await inFlight.shift();
    const data = await loadPlanningData(db, batch, now, end);
    const running: Promise<Solved>[] = [];
    for (const patchId of batch) {
      let setup: PlanSetup;
      try {
        setup = buildPlanSetup(data, patchId, request.dailyCap);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        skipped.push({ patchId, reason: error.message });
        continue;
      }
      const started = performance.now();
      running.push(
        settings.planner
          .plan(setup.input, { seed: 1, timeLimitMs: settings.planTimeLimitMs })
          .then((result) => ({ setup, result, seconds: (performance.now() - started) / 1000 })),
      );
    }
    // Writes go one batch after another, in the order the batches were read.
    const previous = written;
    const done = Promise.all(running).then(async (solved) => {
      await previous;
      await storePlans(db, solved, now, request, runById);
      plans.push(...solved.map(summary));
    });
    // Awaited below; until then a failure must not count as unhandled and stop the process.
    done.catch(() => undefined);
    written = done;
    inFlight.push(done);
  }
  await Promise.all(inFlight);
  await written;
  return { plans, skipped };
}

/** One patch: as planPatches, but a patch that cannot be planned is refused with the reason. */
export async function planPatch(
  db: Database,
  settings: LivingWellSettings,
  patchId: string,
  now: Date,
  request: PlanRequest,
  runById: string | null,
): Promise<PlanSummary> {
  const data = await loadPlanningData(db, [patchId], now, horizonEnd(now, request));
  const setup = buildPlanSetup(data, patchId, request.dailyCap);
  const started = performance.now();
  const result = await settings.planner.plan(setup.input, {
    seed: 1,
    timeLimitMs: settings.planTimeLimitMs,
  });
  const solved = { setup, result, seconds: (performance.now() - started) / 1000 };
  await storePlans(db, [solved], now, request, runById);
  return summary(solved);
}

/**
 * Search time a whole-organisation run shares out between its patches: each patch gets its
 * share, no more than a single plan's (LIVING_WELL_PLAN_MS) and no less than the minimum.
 * 400 patches get 100 ms each, which bench:planning shows costs little travel.
 */
const ORGANISATION_SEARCH_MS = 40_000;
const MIN_SEARCH_MS = 50;

/** Every patch of the organisation, in name order, through planPatches. */
export async function planOrganisation(
  db: Database,
  settings: LivingWellSettings,
  now: Date,
  request: PlanRequest,
  runById: string | null,
) {
  const rows = await db.select({ id: patches.id }).from(patches).orderBy(asc(patches.name));
  const share = Math.floor(ORGANISATION_SEARCH_MS / Math.max(1, rows.length));
  const planTimeLimitMs = Math.min(settings.planTimeLimitMs, Math.max(MIN_SEARCH_MS, share));
  return planPatches(
    db,
    { ...settings, planTimeLimitMs },
    rows.map((row) => row.id),
    now,
    request,
    runById,
  );
}
