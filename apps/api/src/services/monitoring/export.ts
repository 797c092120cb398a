import type { Database } from '@doorstep/db';
import { DomainError, type MeasureId } from '@doorstep/domain';
import { stringify } from 'csv-stringify/sync';
import { monitoringFairness, monitoringSummary, monitoringTrend } from './read';

export const exportTables = ['summary', 'trend', 'fairness'] as const;
export type ExportTable = (typeof exportTables)[number];

export interface ExportRequest {
  table: ExportTable;
  measure?: MeasureId | undefined;
  patchId?: string | undefined;
  now?: Date;
}

type Cell = string | number | null;

/** A share as a percentage with one decimal, empty when nothing was counted. */
const percent = (rate: number | null): Cell => (rate === null ? '' : Math.round(rate * 1000) / 10);

/**
 * Cells starting with =, +, -, @, tab or carriage return are prefixed with a quote, so a
 * spreadsheet shows them as text instead of running them as formulas (OWASP CSV injection).
 */
export const toCsv = (rows: Cell[][]): string =>
  // Lines end CRLF for spreadsheets; a CR or LF inside a cell is quoted so it stays one cell.
  stringify(rows, { escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });

const needMeasure = (request: ExportRequest): MeasureId => {
  if (!request.measure)
    throw new DomainError('INVALID_INPUT', 'Choose the measure to download.', {
      field: 'measure',
    });
  return request.measure;
};

/** One table of the dashboard as a CSV file, named for what it holds. */
export async function monitoringExport(
  db: Database,
  request: ExportRequest,
): Promise<{ filename: string; csv: string }> {
  const place = request.patchId ? `patch-${request.patchId.slice(0, 8)}` : 'organisation';
  if (request.table === 'summary') {
    const summary = await monitoringSummary(db, request);
    const rows: Cell[][] = [['Measure', 'Breakdown', 'Group', 'Counted', 'Met', 'Rate (%)']];
    for (const m of summary.measures) {
      const rate = m.kind === 'rate';
      rows.push([m.label, 'All', 'All', m.counted, rate ? m.met : '', percent(m.rate)]);
      for (const b of m.breakdown) {
        const share = rate && b.counted > 0 ? b.met / b.counted : null;
        rows.push([m.label, b.dimension, b.label, b.counted, rate ? b.met : '', percent(share)]);
      }
    }
    return { filename: `monitoring-summary-${place}-${summary.asOf}.csv`, csv: toCsv(rows) };
  }
  const measure = needMeasure(request);
  if (request.table === 'trend') {
    const trend = await monitoringTrend(db, { ...request, measure });
    const rows: Cell[][] = [['Week starting', 'Counted', 'Met', 'Rate (%)']];
    for (const w of trend.weeks) rows.push([w.weekStart, w.counted, w.met, percent(w.rate)]);
    return { filename: `monitoring-trend-${measure}-${place}-${trend.asOf}.csv`, csv: toCsv(rows) };
  }
  const table = await monitoringFairness(db, { ...request, measure });
  const rows: Cell[][] = [
    ['Dimension', 'Group', 'Counted', 'Met', 'Rate (%)', 'Low (%)', 'High (%)', 'Flagged', 'Note'],
    [
      'All customers',
      'All',
      table.overall.counted,
      table.overall.met,
      percent(table.overall.rate),
      percent(table.overall.low),
      percent(table.overall.high),
      '',
      '',
    ],
  ];
  for (const r of table.rows) {
    rows.push([
      r.dimensionLabel,
      r.groupLabel,
      r.counted,
      r.met,
      percent(r.rate),
      percent(r.low),
      percent(r.high),
      r.flagged ? 'Yes' : 'No',
      r.note ?? '',
    ]);
  }
  return {
    filename: `monitoring-fairness-${measure}-${place}-${table.asOf}.csv`,
    csv: toCsv(rows),
  };
}
