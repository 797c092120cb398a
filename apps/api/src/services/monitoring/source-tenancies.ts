import { customers, homes, livingWellMeetings, tenancies } from '@doorstep/db';
import {
  classifyCoverage,
  coveragePoints,
  coverageSeries,
  LIVING_WELL_TENURE,
  type MeetingOutcome,
} from '@doorstep/domain';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { RunContext } from './context';
import { eachPage, PAGE_SIZE } from './paging';

const parseMeetings = (joined: string | null) =>
  (joined?.split(',') ?? []).map((pair) => {
    const [heldOn = '', outcome = 'met'] = pair.split('=');
    return { heldOn, outcome: outcome as MeetingOutcome };
  });

/** Living Well coverage: each low-cost rental tenancy with its meetings, by the cadence rule. */
export async function tallyTenancies(run: RunContext): Promise<void> {
  const points = coveragePoints(run.asOf);
  await eachPage(
    run.progress,
    (after) =>
      run.db
        .select({
          id: tenancies.id,
          tenure: tenancies.tenure,
          startDate: tenancies.startDate,
          endDate: tenancies.endDate,
          patchId: homes.patchId,
          customerId: sql<
            string | null
          >`(select ${customers.id} from ${customers} where ${customers.tenancyId} = ${tenancies.id} order by ${customers.isLeadTenant} desc, ${customers.id} limit 1)`,
          meetings: sql<
            string | null
          >`(select string_agg(${livingWellMeetings.heldOn}::text || '=' || ${livingWellMeetings.outcome}::text, ',') from ${livingWellMeetings} where ${livingWellMeetings.tenancyId} = ${tenancies.id})`,
        })
        .from(tenancies)
        .leftJoin(homes, eq(homes.id, tenancies.homeId))
        .where(
          and(
            eq(tenancies.tenure, LIVING_WELL_TENURE),
            after === null ? undefined : gt(tenancies.id, after),
          ),
        )
        .orderBy(asc(tenancies.id))
        .limit(PAGE_SIZE),
    (rows) => {
      for (const row of rows) {
        const tenancy = {
          tenure: row.tenure,
          startDate: row.startDate,
          endDate: row.endDate,
          meetings: parseMeetings(row.meetings),
        };
        for (const point of coverageSeries(tenancy, points)) {
          if (point) run.tallies.point('living_well_coverage', row.patchId, point);
        }
        const tally = classifyCoverage(tenancy, run.asOf);
        if (!tally) continue;
        run.progress.records += 1;
        run.tallies.add(
          'living_well_coverage',
          row.patchId,
          tally,
          run.profiles.of(row.customerId)?.groups,
          [{ dimension: 'state', group: tally.state }],
        );
      }
    },
  );
}
