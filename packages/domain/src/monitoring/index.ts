export {
  type CalendarOption,
  classifyContact,
} from './classify-contact';
export {
  type CoveragePoint,
  type CoverageState,
  type CoverageTally,
  type CoverageTenancy,
  classifyCoverage,
  coveragePoints,
  coverageSeries,
  isLivingWellTenancy,
  LIVING_WELL_TENURE,
} from './classify-coverage';
export { classifyFirstVisit, type FirstVisitAppointment } from './classify-first-visit';
export { classifyFormatTask } from './classify-format-task';
export { classifyNotice, type NoticeRecord } from './classify-notice';
export {
  definitionOn,
  fairnessMeasures,
  isMeasureId,
  isRateMeasure,
  type MeasureDefinition,
  type MeasureId,
  measureDefinitions,
  measureIds,
  type RateMeasure,
  rateMeasures,
  type VolumeMeasure,
  volumeMeasures,
} from './definitions';
export {
  type FairnessRow,
  type FairnessTable,
  fairnessTable,
  type GroupFigure,
  SECONDARY_SUPPRESSED_LABEL,
  SUPPRESS_BELOW,
  SUPPRESSED_LABEL,
} from './fairness';
export {
  type AgeBand,
  ageBand,
  ageBands,
  type ConsentDimension,
  type CustomerProfile,
  characteristicAnswers,
  consentDimensions,
  customerGroups,
  disabilityGroups,
  type EqualityAnswers,
  ethnicityGroups,
  type GroupDimension,
  type GroupMembership,
  groupDimensions,
  isCharacteristicAnswer,
  multiValuedDimensions,
  NO_ACCESS_NEED,
  NOT_RECORDED,
  PREFER_NOT_TO_SAY,
  religionGroups,
  sexGroups,
  sexualOrientationGroups,
} from './groups';
export { dimensionLabels, formatLabels, groupLabel } from './labels';
export {
  AT_RISK_DAYS,
  type CertificateHistory,
  type CertificateState,
  type CertificateStatus,
  certificateStates,
  type DampMouldReport,
  type DampMouldState,
  dampMouldStates,
  dampMouldStatus,
  electricalCheckStatus,
  gasCheckStatus,
} from './safety';
export { ALL, type FigureRow, MonitoringTally, type Split } from './tally';
export type { Tally } from './tally-types';
export { lastWeeks, weekStart } from './weeks';
export { wilsonInterval, Z_95 } from './wilson';
