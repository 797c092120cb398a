import { dropInAttendance, dropInSeries } from '@doorstep/db';
import { type Occurrence, weekStart } from '@doorstep/domain';
import { eq, gte } from 'drizzle-orm';
import { expandFor, loadScheduleData } from '../drop-ins/load';
import type { RunContext } from './context';

const held = (occurrence: Occurrence, now: string) =>
  (occurrence.status === 'scheduled' || occurrence.status === 'moved') &&
  Date.parse(occurrence.startsAt) <= Date.parse(now);

/**
 * Drop-ins by area: sessions held (the published schedule as it stood, cancelled and skipped
 * ones left out), the people counted at each, and the topics raised. Drop-ins belong to an
 * area, not a patch, so they are organisation-wide figures.
 */
export async function tallyDropIns(run: RunContext): Promise<void> {
  run.progress.check();
  const data = await loadScheduleData(run.db, eq(dropInSeries.published, true));
  const from = [...run.tallies.weeks][0] ?? run.asOf;
  const occurrences = new Map<string, Occurrence>();
  const areaOf = (venueId: string) => data.venues.get(venueId)?.area ?? 'Unknown';
  for (const series of data.series) {
    for (const occurrence of expandFor(data, series, from, run.asOf)) {
      occurrences.set(`${series.id}/${occurrence.originalDate}`, occurrence);
      if (!held(occurrence, run.now)) continue;
      run.progress.records += 1;
      run.tallies.count(
        'drop_in_sessions',
        null,
        weekStart(occurrence.date),
        'area',
        areaOf(occurrence.venueId),
      );
    }
  }
  const venueOfSeries = new Map(
    (
      await run.db.select({ id: dropInSeries.id, venueId: dropInSeries.venueId }).from(dropInSeries)
    ).map((s) => [s.id, s.venueId]),
  );
  const attendance = await run.db
    .select({
      seriesId: dropInAttendance.seriesId,
      originalDate: dropInAttendance.originalDate,
      count: dropInAttendance.count,
      topics: dropInAttendance.topics,
    })
    .from(dropInAttendance)
    .where(gte(dropInAttendance.originalDate, from));
  for (const row of attendance) {
    run.progress.records += 1;
    const occurrence = occurrences.get(`${row.seriesId}/${row.originalDate}`);
    const week = weekStart(occurrence?.date ?? row.originalDate);
    const area = areaOf(occurrence?.venueId ?? venueOfSeries.get(row.seriesId) ?? '');
    run.tallies.count('drop_in_attendance', null, week, 'area', area, row.count);
    for (const topic of new Set(row.topics))
      run.tallies.count('drop_in_topics', null, week, 'topic', topic);
  }
}
