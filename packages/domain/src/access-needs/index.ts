export {
  type BriefingChip,
  type BriefingChipKind,
  type BriefingOptions,
  briefingChipKinds,
  visitBriefing,
} from './briefing';
export type {
  AccessProfile,
  ContactRestriction,
  Representative,
  WeeklyUnavailability,
} from './profile';
export {
  canShareWith,
  type ShareDecision,
  type ShareDecisionReason,
  shareDecisionReasons,
} from './representatives';
export { type ActiveRestriction, activeRestrictions } from './restrictions';
export {
  accessProfileSchema,
  contactRestrictionSchema,
  representativeSchema,
  weeklyUnavailabilitySchema,
} from './schema';
export { unavailabilityClashes } from './unavailability';
export { type VisitRequirements, visitRequirements } from './visit-requirements';
export * from './vocabulary';
