import type { ChosenTemplate } from './choose-template';
import type { DateStyle } from './dates';
import { asText, fill, TemplateError, type Values } from './fill';
import { MAX_SMS_SEGMENTS, smsSegments } from './sms';
import type { NoticeFacts } from './types';

interface Shape {
  /** How much of the purpose to keep: all, the first n characters, or none. */
  purpose: 'all' | number | 'none';
  call: boolean;
  dates: DateStyle;
  /** The old time of a rescheduled visit: useful, but the new time is what matters. */
  previous: boolean;
}

// Three ASCII dots rather than an ellipsis, which is not GSM-7 and would halve the room.
const CUT = '...';
// A purpose cut shorter than this says nothing useful, so it is dropped instead.
const MIN_PURPOSE = 12;

function compose(facts: NoticeFacts, chosen: ChosenTemplate, values: Values, shape: Shape): string {
  const source = (key: string) => ({ language: chosen.language, key });
  const common = (key: keyof ChosenTemplate['common'], v: Values = values) =>
    fill(chosen.common[key], v, source(`common.${key}`), asText);
  const kind = (key: keyof ChosenTemplate['kind']) =>
    fill(chosen.kind[key], values, source(`kinds.${facts.kind}.${key}`), asText);

  // The template ends the sentence, so the purpose's own full stop would double it.
  const purpose = [...(values.purpose ?? '').replace(/[.。۔]+$/u, '')];
  const keptPurpose =
    shape.purpose === 'none' || purpose.length === 0
      ? undefined
      : shape.purpose === 'all' || shape.purpose >= purpose.length
        ? purpose.join('')
        : purpose.slice(0, shape.purpose).join('').trimEnd() + CUT;
  return [
    kind('sms'),
    ...(values.previous && shape.previous ? [common('smsPrevious')] : []),
    ...(keptPurpose ? [common('smsPurpose', { ...values, purpose: keptPurpose })] : []),
    ...(values.reference ? [common('smsReference')] : []),
    kind(values.link ? 'smsAction' : 'smsActionByPhone'),
    ...(values.link && values.replyBy ? [common('smsReplyBy')] : []),
    // With no link the action line already gives the phone number.
    ...(values.link && shape.call ? [common('smsCall')] : []),
  ].join(' ');
}

const fits = (text: string) => smsSegments(text) <= MAX_SMS_SEGMENTS;

/** The longest cut of the purpose that still fits, or undefined when even a short one does not. */
function longestPurpose(build: (keep: number) => string, length: number): number | undefined {
  let low = MIN_PURPOSE;
  let high = length - 1;
  if (high < low || !fits(build(low))) return undefined;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(build(mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Shortens in a fixed order so the parts a tenant cannot do without survive: first the
 * purpose is cut, then dropped, then the extra phone line, then dates are abbreviated,
 * then a reschedule's old time goes.
 * The link, the reference and the time are never removed; if they alone do not fit, the
 * template is too long and the notice fails rather than going out without them.
 */
export function renderSms(
  facts: NoticeFacts,
  chosen: ChosenTemplate,
  longValues: Values,
  valuesFor: (dates: DateStyle) => Values,
): { text: string; segments: number } {
  const attempt = (shape: Shape) =>
    compose(facts, chosen, shape.dates === 'long' ? longValues : valuesFor(shape.dates), shape);
  const candidates: (() => string | undefined)[] = [
    () => attempt({ purpose: 'all', call: true, dates: 'long', previous: true }),
    () => {
      const length = [...(longValues.purpose ?? '')].length;
      const cut = (n: number) => attempt({ purpose: n, call: true, dates: 'long', previous: true });
      const keep = longestPurpose(cut, length);
      return keep === undefined ? undefined : cut(keep);
    },
    () => attempt({ purpose: 'none', call: true, dates: 'long', previous: true }),
    () => attempt({ purpose: 'none', call: false, dates: 'long', previous: true }),
    () => attempt({ purpose: 'none', call: false, dates: 'short', previous: true }),
    () => attempt({ purpose: 'none', call: false, dates: 'short', previous: false }),
  ];
  for (const candidate of candidates) {
    const text = candidate();
    if (text !== undefined && fits(text)) return { text, segments: smsSegments(text) };
  }
  throw new TemplateError(
    `The ${chosen.language} ${facts.kind} text message does not fit in ${MAX_SMS_SEGMENTS} segments even without the purpose`,
  );
}
