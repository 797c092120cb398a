export { languageName, type NoticeChannel, type NoticeDelivery, noticeDelivery } from './delivery';
export { type EarliestStart, type EarliestStartInput, earliestStart } from './earliest-start';
export { type GasCheckWindow, gasCheckWindow } from './gas-check-window';
export { type DeadlineBasis, type LatestStart, latestStart } from './latest-start';
export type { NoticeOptions } from './options';
export {
  type AppointmentRule,
  configureNoticeRules,
  type Deadline,
  defaultNoticeRules,
  type NoticePeriod,
  type NoticeRules,
  type NoticeRulesOverrides,
} from './rules';
export { type NoticeAppointment, type NoticeSendBy, noticeSendBy } from './send-by';
