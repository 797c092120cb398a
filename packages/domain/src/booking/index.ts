export { availableSlots, checkSlot, slotsByDay } from './availability';
export {
  type Availability,
  type AvailabilityRequest,
  type AvailableSlot,
  type CandidateStaff,
  type ExistingAppointment,
  type GeoPoint,
  type LeaveRange,
  type PatternDay,
  patternDays,
  type RankingWeights,
  type SlotCheck,
  type SlotRefusal,
  type TenantPreferences,
  type TimeOfDay,
  type WorkingPattern,
} from './types';
