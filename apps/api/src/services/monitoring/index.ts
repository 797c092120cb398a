export { monitoringExport, toCsv } from './export';
export { monitoringFairness, monitoringSummary, monitoringTrend } from './read';
export { type RefreshResult, refreshMonitoring } from './refresh';
export { latestRun } from './runs';
export { startDailyRefresh } from './schedule';
