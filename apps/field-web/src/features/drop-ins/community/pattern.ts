/**
 * The simple repeat patterns the series form offers, turned into the RFC 5545 rule the API
 * stores, and back again when a saved rule is one of them. Anything else is edited as raw
 * text ("advanced"), so no rule is ever lost by opening the form.
 */

export const ruleWeekdays = [
  { code: 'MO', label: 'Monday' },
  { code: 'TU', label: 'Tuesday' },
  { code: 'WE', label: 'Wednesday' },
  { code: 'TH', label: 'Thursday' },
  { code: 'FR', label: 'Friday' },
  { code: 'SA', label: 'Saturday' },
  { code: 'SU', label: 'Sunday' },
] as const;
export type RuleWeekday = (typeof ruleWeekdays)[number]['code'];

export const monthOrdinals = [
  { value: '1', label: 'First' },
  { value: '2', label: 'Second' },
  { value: '3', label: 'Third' },
  { value: '4', label: 'Fourth' },
  { value: '-1', label: 'Last' },
] as const;
export type MonthOrdinal = (typeof monthOrdinals)[number]['value'];

export interface PatternForm {
  kind: 'monthly' | 'weekly' | 'advanced';
  ordinal: MonthOrdinal;
  weekday: RuleWeekday;
  /** Every this many weeks, as typed. */
  interval: string;
  /** How the series ends: on a date, or after a number of sessions. */
  ends: 'on' | 'after';
  /** YYYY-MM-DD, when `ends` is "on". */
  endsOn: string;
  /** As typed, when `ends` is "after". */
  count: string;
  /** The raw rule, when `kind` is "advanced". */
  advanced: string;
}

export const emptyPattern: PatternForm = {
  kind: 'monthly',
  ordinal: '2',
  weekday: 'TU',
  interval: '2',
  ends: 'on',
  endsOn: '',
  count: '',
  advanced: '',
};

/** The rule for the form; the API says what is wrong with it, so nothing is refused here. */
export function buildRule(form: PatternForm): string {
  if (form.kind === 'advanced') return form.advanced.trim().replace(/^RRULE:/i, '');
  const repeat =
    form.kind === 'monthly'
      ? `FREQ=MONTHLY;BYDAY=${form.ordinal === '-1' ? '-1' : `+${form.ordinal}`}${form.weekday}`
      : `FREQ=WEEKLY;INTERVAL=${form.interval.trim() || '1'};BYDAY=${form.weekday}`;
  const end =
    form.ends === 'on'
      ? form.endsOn
        ? `;UNTIL=${form.endsOn.replaceAll('-', '')}`
        : ''
      : form.count.trim()
        ? `;COUNT=${form.count.trim()}`
        : '';
  return `${repeat}${end}`;
}

const isWeekday = (code: string | undefined): code is RuleWeekday =>
  ruleWeekdays.some((day) => day.code === code);

/** A saved rule back into the form: a simple pattern when it is one, else the raw text. */
export function parseRule(rule: string): PatternForm {
  const text = rule.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const advanced: PatternForm = { ...emptyPattern, kind: 'advanced', advanced: text };
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  const known = new Set(['FREQ', 'BYDAY', 'INTERVAL', 'UNTIL', 'COUNT']);
  if ([...parts.keys()].some((key) => !known.has(key)) || Boolean(until) === Boolean(count)) {
    return advanced;
  }
  const untilMatch = until ? /^(\d{4})(\d{2})(\d{2})$/.exec(until) : null;
  if (until && !untilMatch) return advanced;
  const end = untilMatch
    ? { ends: 'on' as const, endsOn: `${untilMatch[1]}-${untilMatch[2]}-${untilMatch[3]}` }
    : { ends: 'after' as const, count: count ?? '' };
  const byDay = parts.get('BYDAY') ?? '';
  const frequency = parts.get('FREQ');
  const monthly = /^([+-]?\d)([A-Z]{2})$/.exec(byDay);
  if (frequency === 'MONTHLY' && monthly && !parts.has('INTERVAL')) {
    const ordinal = String(Number(monthly[1]));
    const found = monthOrdinals.find((o) => o.value === ordinal);
    if (found && isWeekday(monthly[2])) {
      return {
        ...emptyPattern,
        ...end,
        kind: 'monthly',
        ordinal: found.value,
        weekday: monthly[2],
      };
    }
  }
  if (frequency === 'WEEKLY' && isWeekday(byDay)) {
    return {
      ...emptyPattern,
      ...end,
      kind: 'weekly',
      weekday: byDay,
      interval: parts.get('INTERVAL') ?? '1',
    };
  }
  return advanced;
}
