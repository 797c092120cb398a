export type {
  AccessProfile,
  ContactRestriction,
  Representative,
  WeeklyUnavailability,
} from './profile';
export * from './vocabulary';
