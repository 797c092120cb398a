import { englandAndWales, type WorkingCalendar } from '../calendar/working-calendar';
import { defaultNoticeRules, type NoticeRules } from './rules';

/** What an organisation can configure: its own notice figures and its own closure days. */
export interface NoticeOptions {
  rules?: NoticeRules;
  calendar?: WorkingCalendar;
}

export const resolveOptions = (options: NoticeOptions = {}) => ({
  rules: options.rules ?? defaultNoticeRules,
  calendar: options.calendar ?? englandAndWales,
});
