export { anniversaryBaseline } from './baseline';
export {
  type Cadence,
  type CadenceInput,
  type CadenceOptions,
  defaultCadenceOptions,
  type LivingWellStatus,
  livingWellCadence,
  livingWellCoverage,
  livingWellStatuses,
  type MeetingAttempt,
  type MeetingOutcome,
  meetingOutcomes,
} from './cadence';
export { checkVisitMove, type DayBooking, type MoveCheck } from './move';
export { meetingRange, planMeetings } from './planner';
export type * from './planner-types';
