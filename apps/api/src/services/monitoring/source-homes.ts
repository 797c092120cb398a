import { appointments, dampMouldReports, homes, safetyChecks } from '@doorstep/db';
import {
  type CertificateStatus,
  dampMouldStatus,
  electricalCheckStatus,
  gasCheckStatus,
  londonDate,
  type MeasureId,
  weekStart,
} from '@doorstep/domain';
import { and, asc, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { RunContext } from './context';
import { nextAfter, PAGE_SIZE } from './paging';

interface HomeRecords {
  gas: string[];
  electrical: string[];
  /** Check visits booked from now on, by kind of check: London dates. */
  bookedGas: string[];
  bookedElectrical: string[];
  /** Damp and mould investigation visits (start instants in ms). */
  investigated: number[];
  investigationBooked: number[];
  reports: { reportedAt: Date; emergency: boolean; customerId: string | null }[];
}

const emptyRecords = (): HomeRecords => ({
  gas: [],
  electrical: [],
  bookedGas: [],
  bookedElectrical: [],
  investigated: [],
  investigationBooked: [],
  reports: [],
});

const earliest = (dates: string[]): string | null =>
  dates.length === 0 ? null : (dates.sort()[0] ?? null);
const firstFrom = (starts: number[], from: number): number | null => {
  let found: number | null = null;
  for (const start of starts) if (start >= from && (found === null || start < found)) found = start;
  return found;
};

/** Reads one page of homes' certificates, check visits and damp and mould reports. */
async function loadRecords(run: RunContext, first: string, last: string, now: Date) {
  const inRange = (column: AnyPgColumn) => and(gte(column, first), lte(column, last));
  const [checks, visits, reports] = await Promise.all([
    run.db
      .select({ homeId: safetyChecks.homeId, kind: safetyChecks.kind, doneOn: safetyChecks.doneOn })
      .from(safetyChecks)
      .where(inRange(safetyChecks.homeId)),
    run.db
      .select({
        homeId: appointments.homeId,
        type: appointments.type,
        status: appointments.status,
        startsAt: appointments.startsAt,
      })
      .from(appointments)
      .where(
        and(
          inRange(appointments.homeId),
          inArray(appointments.type, [
            'gas_safety_check',
            'electrical_safety_check',
            'damp_mould_investigation',
          ]),
          inArray(appointments.status, ['booked', 'completed']),
        ),
      ),
    run.db
      .select({
        homeId: dampMouldReports.homeId,
        reportedAt: dampMouldReports.reportedAt,
        emergency: dampMouldReports.emergency,
        customerId: dampMouldReports.customerId,
      })
      .from(dampMouldReports)
      .where(inRange(dampMouldReports.homeId)),
  ]);
  const byHome = new Map<string, HomeRecords>();
  const of = (homeId: string) => {
    let records = byHome.get(homeId);
    if (!records) {
      records = emptyRecords();
      byHome.set(homeId, records);
    }
    return records;
  };
  for (const check of checks) of(check.homeId)[check.kind].push(check.doneOn);
  for (const visit of visits) {
    const records = of(visit.homeId);
    const start = visit.startsAt.getTime();
    if (visit.type === 'damp_mould_investigation') {
      (visit.status === 'completed' ? records.investigated : records.investigationBooked).push(
        start,
      );
    } else if (visit.status === 'booked' && start >= now.getTime()) {
      (visit.type === 'gas_safety_check' ? records.bookedGas : records.bookedElectrical).push(
        londonDate(visit.startsAt),
      );
    }
  }
  for (const report of reports) of(report.homeId).reports.push(report);
  return byHome;
}

/**
 * A certificate belongs to the home, but whether the engineer got in depends on who lives
 * there: checks are split by the groups of the household's lead tenant now.
 */
function tallyCertificate(
  run: RunContext,
  measure: MeasureId,
  home: { patchId: string | null; customerId: string | null },
  status: CertificateStatus | null,
): void {
  if (!status) return;
  const groups = run.profiles.of(home.customerId)?.groups;
  for (const due of status.dues) run.tallies.add(measure, home.patchId, due, groups);
  run.tallies.state(measure, home.patchId, status.state);
}

/**
 * Gas and electrical certificates home by home, and damp and mould reports against Awaab's
 * Law. Each due counts in the week it fell due; each home's or open report's state today.
 */
export async function tallyHomes(run: RunContext): Promise<void> {
  const now = new Date(run.now);
  let after: string | null = null;
  do {
    run.progress.check();
    const page = await run.db
      .select({
        id: homes.id,
        patchId: homes.patchId,
        hasGas: homes.hasGas,
        // Written out with table names: a select from one table drops drizzle's qualifiers.
        customerId: sql<string | null>`(select c.id from tenancies t
          join customers c on c.tenancy_id = t.id
          where t.home_id = homes.id
            and (t.end_date is null or t.end_date >= ${run.asOf})
          order by t.start_date desc, c.is_lead_tenant desc, c.id
          limit 1)`,
      })
      .from(homes)
      .where(after === null ? undefined : gt(homes.id, after))
      .orderBy(asc(homes.id))
      .limit(PAGE_SIZE);
    const first = page[0]?.id;
    const last = page.at(-1)?.id;
    if (first === undefined || last === undefined) return;
    const byHome = await loadRecords(run, first, last, now);
    for (const home of page) {
      run.progress.records += 1;
      const records = byHome.get(home.id) ?? emptyRecords();
      tallyCertificate(
        run,
        'gas_checks',
        home,
        gasCheckStatus(
          { hasGas: home.hasGas, checks: records.gas, bookedOn: earliest(records.bookedGas) },
          run.asOf,
        ),
      );
      tallyCertificate(
        run,
        'electrical_checks',
        home,
        electricalCheckStatus(
          { checks: records.electrical, bookedOn: earliest(records.bookedElectrical) },
          run.asOf,
        ),
      );
      for (const report of records.reports) {
        const reported = report.reportedAt.getTime();
        const investigatedAt = firstFrom(records.investigated, reported);
        const bookedAt = firstFrom(records.investigationBooked, reported);
        const status = dampMouldStatus(
          {
            reportedAt: report.reportedAt.toISOString(),
            emergency: report.emergency,
            investigatedAt: investigatedAt === null ? null : new Date(investigatedAt).toISOString(),
            bookedAt: bookedAt === null ? null : new Date(bookedAt).toISOString(),
          },
          run.now,
        );
        if (status.due) {
          const groups = run.profiles.of(report.customerId)?.groups;
          run.tallies.add('damp_mould_investigations', home.patchId, status.due, groups);
        }
        // Open reports are shown whenever made; settled ones only within the 12 months.
        const open = investigatedAt === null;
        if (open || run.tallies.inWindow(weekStart(report.reportedAt.toISOString())))
          run.tallies.state('damp_mould_investigations', home.patchId, status.state);
      }
    }
    after = nextAfter(page);
  } while (after !== null);
}
