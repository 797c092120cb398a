import { CONTACT_PHONE, RELAY_UK_PHONE } from '../../appointments/calendar-files';
import { defaultCatalogue } from './catalogue';
import { type ChosenTemplate, chooseTemplate } from './choose-template';
import { type DateStyle, formatDuration, formatWhen } from './dates';
import { asText, fill, TemplateError, type Values } from './fill';
import { htmlDocument, type Line } from './html';
import { plainText } from './plain-text';
import { renderSms } from './render-sms';
import type { CommonKey, KindKey, TemplateCatalogue } from './template-file';
import type { DropInChange, NoticeFacts, RenderedNotice } from './types';

/** The booking link is the one value that becomes markup, so it must be a web address. */
function checkedLink(link: string | undefined): string | undefined {
  if (link === undefined || link.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    throw new TemplateError(`The booking link is not a web address: ${JSON.stringify(link)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TemplateError(`The booking link must be http(s): ${JSON.stringify(link)}`);
  }
  return url.href;
}

function nonEmpty(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** The sentence saying what happened, in the message and (shorter, for a phone) in a text. */
const dropInChangeKeys: Record<DropInChange, [CommonKey, CommonKey]> = {
  cancelled: ['dropInCancelled', 'smsDropInCancelled'],
  reinstated: ['dropInReinstated', 'smsDropInReinstated'],
  moved: ['dropInMoved', 'smsDropInMoved'],
  venue: ['dropInVenue', 'smsDropInVenue'],
};

/** A drop-in's session, venue and reason, and the sentence saying what happened to it. */
function dropInValues(facts: NoticeFacts, chosen: ChosenTemplate, values: Values): Values {
  const dropIn = facts.dropIn;
  if (!dropIn) return values;
  const venue = nonEmpty(plainText(dropIn.venue));
  const withPlace = {
    ...values,
    session: nonEmpty(plainText(dropIn.session)),
    venue,
    place: venue && `${venue}, ${plainText(dropIn.address)}`,
    reason: nonEmpty(plainText(dropIn.reason)),
  };
  const sentence = (key: CommonKey) =>
    fill(
      chosen.common[key],
      withPlace,
      { language: chosen.language, key: `common.${key}` },
      asText,
    );
  const [changeKey, smsKey] = dropInChangeKeys[dropIn.change];
  return { ...withPlace, change: sentence(changeKey), smsChange: sentence(smsKey) };
}

/** Every value as plain text; absent facts stay undefined so a template that needs one throws. */
function noticeValues(facts: NoticeFacts, chosen: ChosenTemplate, dates: DateStyle): Values {
  const when = (iso: string | undefined, field: string) =>
    iso === undefined ? undefined : plainText(formatWhen(iso, chosen.locale, dates, field));
  const duration =
    facts.start && facts.end ? formatDuration(facts.start, facts.end, chosen.locale) : undefined;
  return dropInValues(facts, chosen, {
    original: when(facts.dropIn?.originalStart, 'originalStart'),
    name: nonEmpty(plainText(facts.recipientName)),
    visit: nonEmpty(plainText(chosen.visitLabel)),
    purpose: nonEmpty(plainText(facts.purpose)),
    when: when(facts.start, 'start'),
    previous: when(facts.previousStart, 'previousStart'),
    duration: duration === undefined ? undefined : plainText(duration),
    replyBy: when(facts.replyBy, 'replyBy'),
    reference: facts.reference === undefined ? undefined : nonEmpty(plainText(facts.reference)),
    link: checkedLink(facts.link),
    phone: CONTACT_PHONE,
    relay: RELAY_UK_PHONE,
  });
}

function commonLine(chosen: ChosenTemplate, key: CommonKey): Line {
  return {
    template: chosen.common[key],
    source: { language: chosen.language, key: `common.${key}` },
  };
}

function kindLine(chosen: ChosenTemplate, facts: NoticeFacts, key: KindKey): Line {
  return {
    template: chosen.kind[key],
    source: { language: chosen.language, key: `kinds.${facts.kind}.${key}` },
  };
}

/** What the tenant reads, in order; a line whose fact is missing is left out, never left blank. */
function bodyLines(facts: NoticeFacts, chosen: ChosenTemplate, values: Values): Line[] {
  const line = (key: CommonKey) => commonLine(chosen, key);
  if (facts.kind === 'drop_in_change') {
    return [
      ...(values.name ? [line('greeting')] : []),
      kindLine(chosen, facts, 'intro'),
      ...(values.reason ? [line('dropInReason')] : []),
      kindLine(chosen, facts, values.link ? 'action' : 'actionByPhone'),
      line('contact'),
    ];
  }
  return [
    ...(values.name ? [line('greeting')] : []),
    kindLine(chosen, facts, 'intro'),
    ...(values.purpose ? [line('purpose')] : []),
    ...(values.duration ? [line('duration')] : []),
    ...(values.previous ? [line('previously')] : []),
    kindLine(chosen, facts, values.link ? 'action' : 'actionByPhone'),
    ...(values.link && values.replyBy ? [line('linkWorksUntil')] : []),
    // What to expect at a visit means nothing once the visit is cancelled.
    ...(facts.kind === 'cancellation' ? [] : [line('expect')]),
    line('contact'),
  ];
}

const DROP_IN_FACTS: [CommonKey, string][] = [
  ['labelSession', 'session'],
  ['labelWhen', 'when'],
  ['labelVenue', 'place'],
  ['labelSessionLink', 'link'],
  ['labelPhone', 'phone'],
  ['labelRelay', 'relay'],
];

const FACTS: [CommonKey, string][] = [
  ['labelReference', 'reference'],
  ['labelVisit', 'visit'],
  ['labelPurpose', 'purpose'],
  ['labelWhen', 'when'],
  ['labelPrevious', 'previous'],
  ['labelDuration', 'duration'],
  ['labelReplyBy', 'replyBy'],
  ['labelLink', 'link'],
  ['labelPhone', 'phone'],
  ['labelRelay', 'relay'],
];

export function renderNotice(
  facts: NoticeFacts,
  catalogue: TemplateCatalogue = defaultCatalogue,
): RenderedNotice {
  const chosen = chooseTemplate(facts, catalogue);
  const values = noticeValues(facts, chosen, 'long');
  const text = (l: Line) => fill(l.template, values, l.source, asText);

  const subject = plainText(text(kindLine(chosen, facts, 'subject')));
  const title = plainText(text(kindLine(chosen, facts, 'title')));
  const lines = bodyLines(facts, chosen, values);
  const signOff = commonLine(chosen, 'signOff');
  const paragraphs = lines.map(text);
  const factRows = (facts.dropIn ? DROP_IN_FACTS : FACTS).flatMap(([labelKey, name]) => {
    const value = values[name];
    return value === undefined ? [] : [{ name, label: text(commonLine(chosen, labelKey)), value }];
  });
  const sms = renderSms(facts, chosen, values, (style) => noticeValues(facts, chosen, style));

  return {
    language: chosen.language,
    fellBackToEnglish: chosen.fellBackToEnglish,
    needsTranslatorReview: chosen.needsTranslatorReview,
    direction: chosen.direction,
    subject,
    text: [
      ...paragraphs,
      factRows.map((f) => `${f.label}: ${f.value}`).join('\n'),
      text(signOff),
    ].join('\n\n'),
    html: htmlDocument({
      language: chosen.language,
      direction: chosen.direction,
      subject,
      title,
      lines,
      facts: factRows,
      signOff,
      values,
    }),
    sms: sms.text,
    smsSegments: sms.segments,
    letter: {
      title,
      paragraphs: [...paragraphs, text(signOff)],
      facts: factRows.map(({ label, value }) => ({ label, value })),
    },
  };
}
