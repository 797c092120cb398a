/**
 * The JavaScript a manager's browser downloads to open the monitoring dashboard, gzipped, from
 * Vite's manifest of a production build: the staff entry (index.html) and everything it
 * imports statically, then the dashboard's lazy route chunk and what it adds. The charts are
 * hand-drawn SVG, so no chart library should appear. The dashboard's first load must stay
 * under the budget (exits non-zero over it); the board report is reported beside it.
 */
import { readBuild } from './vite-manifest';

const BUDGET_KB = 200;
const ENTRY = 'index.html';
const DASHBOARD = 'src/features/monitoring/MonitoringPage.tsx';
const REPORT = 'src/features/monitoring/ReportPage.tsx';
const CHART_LIBRARY = /uplot|chart\.js|recharts|d3|echarts|victory|nivo/i;

const { gzipKb, staticClosure, lazyImports, addedKb } = readBuild();
const kb = (value: number) => value.toFixed(1);

const initial = staticClosure(ENTRY);
const initialKb = [...initial].reduce((sum, key) => sum + gzipKb(key), 0);
const lazy = lazyImports(ENTRY);
for (const key of [DASHBOARD, REPORT])
  if (!lazy.includes(key)) throw new Error(`${ENTRY} should load ${key} lazily`);

const dashboardKb = addedKb(DASHBOARD, initial);
const reportKb = addedKb(REPORT, initial);
const dashboardChunks = [...staticClosure(DASHBOARD)].filter((key) => !initial.has(key));
const chartLibrary = dashboardChunks.some((key) => CHART_LIBRARY.test(key));
const firstLoadKb = initialKb + dashboardKb;

console.log(
  `monitoring_dashboard_js_gzip_kb=${kb(firstLoadKb)} (staff app initial ${kb(initialKb)} (${initial.size} chunks), dashboard route ${kb(dashboardKb)} (${dashboardChunks.length} chunks)) board_report=${kb(initialKb + reportKb)} (route ${kb(reportKb)}) chart_library=${chartLibrary ? 'yes' : 'no'} budget=${BUDGET_KB}`,
);
if (firstLoadKb > BUDGET_KB) {
  console.error(
    `Over budget: the monitoring dashboard loads ${kb(firstLoadKb)} KB of JavaScript gzipped.`,
  );
  process.exit(1);
}
