export {
  type ServiceDeadline,
  type ServiceStandard,
  type ServiceStandardKind,
  serviceDeadline,
  serviceStandardKinds,
  serviceStandards,
} from './deadlines';
export {
  isOpen,
  nextOpening,
  type OpeningHours,
  type OpeningOptions,
  type OpeningSpan,
  openingHours,
  type ServiceId,
  serviceIds,
} from './opening-hours';
