export {
  type AttendanceDirection,
  type AttendanceRecord,
  type AttendanceTrend,
  attendanceTrend,
} from './attendance';
export { checkSchedule } from './check';
export { describeSchedule } from './describe';
export { expandSeries, previewSeries } from './expand';
export { feedOccurrences } from './feed';
export { dropInTextLimits, dropInTopicLabels, venueFactLabels } from './labels';
export { assertWithinOpeningHours } from './opening';
export { assertVenuePublishable, venuePublishingProblems } from './publishing';
export * from './types';
