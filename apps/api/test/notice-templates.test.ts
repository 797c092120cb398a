import { appointmentTypes, defaultNoticeRules } from '@doorstep/domain';
import { describe, expect, it } from 'vitest';
import {
  defaultCatalogue,
  type NoticeFacts,
  type NoticeKind,
  renderNotice,
  smsSegments,
  type TemplateCatalogue,
  templateLanguages,
} from '../src/services/notices/templates';
import { visitNoticeKinds } from '../src/services/notices/templates/types';

const LINK = `https://doorstep.example.org/b/${'k'.repeat(43)}`;
const LONG_PURPOSE =
  'Check the leak under the kitchen sink reported last week, look at the damp patch on the bedroom ceiling and measure the window in the back bedroom for a replacement. '.repeat(
    3,
  );
const RTL = new Set(['ar', 'ur']);
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function facts(
  kind: NoticeKind,
  language: string,
  overrides: Partial<NoticeFacts> = {},
): NoticeFacts {
  return {
    kind,
    language,
    recipientName: 'Ada Lovelace',
    visitType: 'repair_inspection',
    visitTypeLabel: 'Repair inspection',
    purpose: 'Look at the leak under the kitchen sink',
    start: '2026-11-10T10:00:00Z',
    end: '2026-11-10T11:30:00Z',
    reference: 'DS-7K3M9Q',
    link: LINK,
    ...(kind === 'invitation' ? { start: undefined, end: undefined } : {}),
    ...(kind === 'invitation' ? { replyBy: '2026-11-20T17:00:00Z' } : {}),
    ...(kind === 'reschedule' ? { previousStart: '2026-11-03T14:00:00Z' } : {}),
    ...overrides,
  };
}

const everyCase = templateLanguages.flatMap((language) =>
  visitNoticeKinds.map((kind) => ({ language, kind })),
);

/** Every key path in a template file, so two files can be compared for parity. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value)
    .filter(([key]) => key !== '_meta')
    .flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function textParts(rendered: ReturnType<typeof renderNotice>): string[] {
  return [
    rendered.subject,
    rendered.sms,
    rendered.letter.title,
    ...rendered.letter.paragraphs,
    ...rendered.letter.facts.flatMap((f) => [f.label, f.value]),
  ];
}

describe('notice templates: every kind in every language', () => {
  it('offers English and the five translated languages', () => {
    expect([...templateLanguages].sort()).toEqual(['ar', 'en', 'pl', 'ro', 'uk', 'ur']);
  });

  it.each(everyCase)(
    '$kind in $language renders fully, in the right direction',
    ({ language, kind }) => {
      const rendered = renderNotice(facts(kind, language));
      expect(rendered.language).toBe(language);
      expect(rendered.fellBackToEnglish).toBe(false);
      expect(rendered.needsTranslatorReview).toBe(language !== 'en');
      expect(rendered.direction).toBe(RTL.has(language) ? 'rtl' : 'ltr');
      for (const part of [rendered.html, rendered.text, ...textParts(rendered)]) {
        expect(part).not.toMatch(/\{\{|\}\}/);
        expect(part.trim()).not.toBe('');
      }
      expect(rendered.html).toContain(`<html lang="${language}" dir="${rendered.direction}">`);
      expect(rendered.text).toContain('0800 000 0000');
      expect(rendered.text).toContain('18001 0800 000 0000');
      expect(rendered.text).toContain('DS-7K3M9Q');
      expect(rendered.text).toContain(LINK);
      expect(rendered.sms).toContain(LINK);
      expect(rendered.sms).toContain('DS-7K3M9Q');
      expect(rendered.text).toContain(defaultCatalogue[language]?.visitTypes?.repair_inspection);
    },
  );

  it.each(templateLanguages.filter((l) => l !== 'en'))(
    '%s has exactly the English keys and awaits a translator',
    (language) => {
      const file = defaultCatalogue[language];
      expect(keyPaths(file).sort()).toEqual(keyPaths(defaultCatalogue.en).sort());
      expect(file?._meta?.reviewed).toBe(false);
      expect(file?._meta?.note).toMatch(/translator/i);
    },
  );

  it('English visit labels match the notice rules', () => {
    for (const type of appointmentTypes) {
      expect(defaultCatalogue.en.visitTypes[type]).toBe(
        defaultNoticeRules.appointments[type].label,
      );
    }
  });

  it('writes the day out and says how long the visit takes', () => {
    const rendered = renderNotice(facts('booking_confirmation', 'en'));
    expect(rendered.text).toMatch(/Tuesday,? 10 November 2026/);
    expect(rendered.text).toContain('1 hour, 30 minutes');
  });

  it('tells an invited tenant the link lets them choose a time, and until when', () => {
    const rendered = renderNotice(facts('invitation', 'en'));
    expect(rendered.text).toContain('choose a time');
    expect(rendered.text).toMatch(/Friday,? 20 November 2026 at 17:00/);
    expect(rendered.sms).toMatch(/Friday,? 20 November 2026 at 17:00/);
  });

  it('points at the phone when there is no link', () => {
    const rendered = renderNotice(facts('booking_confirmation', 'en', { link: undefined }));
    expect(rendered.text).not.toContain('https://');
    expect(rendered.sms).toContain('0800 000 0000');
  });
});

describe('notice templates: fallback', () => {
  it('falls back to English for a language without templates, and says so', () => {
    const rendered = renderNotice(facts('reminder', 'lt'));
    expect(rendered.language).toBe('en');
    expect(rendered.fellBackToEnglish).toBe(true);
    expect(rendered.needsTranslatorReview).toBe(false);
    expect(rendered.text).toContain('reminder');
  });

  it('reads a regional tag as its language', () => {
    expect(renderNotice(facts('reminder', 'en-GB')).fellBackToEnglish).toBe(false);
  });

  it('falls back to English for a kind whose translation lacks one key, and says so', () => {
    const translated = 'pl';
    const file = defaultCatalogue[translated];
    const { sms: _missing, ...reminderWithoutSms } = file?.kinds?.reminder ?? {};
    const catalogue: TemplateCatalogue = {
      ...defaultCatalogue,
      [translated]: { ...file, kinds: { ...file?.kinds, reminder: reminderWithoutSms } },
    };
    const reminder = renderNotice(facts('reminder', translated), catalogue);
    expect(reminder).toMatchObject({ language: 'en', fellBackToEnglish: true });
    expect(reminder.text).toContain('This is a reminder');
    const confirmation = renderNotice(facts('booking_confirmation', translated), catalogue);
    expect(confirmation).toMatchObject({ language: translated, fellBackToEnglish: false });
  });

  it('stops flagging a translation once a translator has approved it', () => {
    const file = defaultCatalogue.ro;
    const catalogue: TemplateCatalogue = {
      ...defaultCatalogue,
      ro: { ...file, _meta: { reviewed: true, note: 'Approved by a qualified translator.' } },
    };
    expect(renderNotice(facts('reminder', 'ro'), catalogue).needsTranslatorReview).toBe(false);
  });
});

describe('notice templates: broken templates fail loudly', () => {
  const broken = (intro: string): TemplateCatalogue => ({
    ...defaultCatalogue,
    en: {
      ...defaultCatalogue.en,
      kinds: {
        ...defaultCatalogue.en.kinds,
        reminder: { ...defaultCatalogue.en.kinds.reminder, intro },
      },
    },
  });

  it('throws on a placeholder nothing fills', () => {
    expect(() => renderNotice(facts('reminder', 'en'), broken('See you on {{whenn}}.'))).toThrow(
      /en\.kinds\.reminder\.intro uses \{\{whenn\}\}/,
    );
  });

  it('throws on a malformed placeholder', () => {
    expect(() => renderNotice(facts('reminder', 'en'), broken('See you on {{when}.'))).toThrow(
      /malformed placeholder/,
    );
  });

  it('throws when a notice lacks a fact its template needs', () => {
    expect(() => renderNotice(facts('booking_confirmation', 'en', { start: undefined }))).toThrow(
      /\{\{when\}\}/,
    );
  });

  it('throws on a link that is not a web address', () => {
    expect(() => renderNotice(facts('reminder', 'en', { link: 'javascript:alert(1)' }))).toThrow(
      /http/,
    );
  });

  it('never expands a placeholder that arrives inside a value', () => {
    const rendered = renderNotice(facts('reminder', 'en', { recipientName: '{{link}}' }));
    expect(rendered.text).toContain('Dear {{link}},');
  });
});

describe('notice templates: text messages', () => {
  it.each([
    ['160 GSM-7 characters', 'a'.repeat(160), 1],
    ['161 GSM-7 characters', 'a'.repeat(161), 2],
    ['306 GSM-7 characters', 'a'.repeat(306), 2],
    ['307 GSM-7 characters', 'a'.repeat(307), 3],
    ['80 GSM-7 extension characters (two septets each)', '€'.repeat(80), 1],
    ['81 GSM-7 extension characters', '€'.repeat(81), 2],
    ['70 UCS-2 characters', 'ł'.repeat(70), 1],
    ['71 UCS-2 characters', 'ł'.repeat(71), 2],
    ['one non-GSM character among 100 GSM ones', `${'a'.repeat(99)}ś`, 2],
    ['134 UCS-2 characters', 'ش'.repeat(134), 2],
    ['135 UCS-2 characters', 'ش'.repeat(135), 3],
  ])('counts %s as %i segment(s)', (_label, text, segments) => {
    expect(smsSegments(text)).toBe(segments);
  });

  it('never splits a two-septet character across segments', () => {
    // 306 septets would fill two 153-septet segments exactly, but the '€' (escape plus one)
    // cannot start in the last slot of the first, so the last character spills into a third.
    expect(smsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toBe(3);
  });

  it.each(everyCase.flatMap((c) => appointmentTypes.map((visitType) => ({ ...c, visitType }))))(
    '$kind in $language for $visitType fits in 3 segments with the link, reference and time',
    ({ language, kind, visitType }) => {
      const notice = facts(kind, language, { visitType, purpose: LONG_PURPOSE });
      const rendered = renderNotice(notice);
      expect(rendered.smsSegments).toBeLessThanOrEqual(3);
      expect(smsSegments(rendered.sms)).toBe(rendered.smsSegments);
      expect(rendered.sms).toContain(LINK);
      expect(rendered.sms).toContain('DS-7K3M9Q');
      const day = new Intl.DateTimeFormat(defaultCatalogue[language]?.locale, {
        day: 'numeric',
        timeZone: 'Europe/London',
      }).format(new Date(notice.start ?? notice.replyBy ?? ''));
      expect(rendered.sms).toContain(`${day} `);
    },
  );

  it('keeps as much of the purpose as fits before dropping it', () => {
    const rendered = renderNotice(facts('booking_confirmation', 'en', { purpose: LONG_PURPOSE }));
    expect(rendered.sms).toContain('About: Check the leak');
    expect(rendered.sms).toContain('...');
    expect(rendered.smsSegments).toBe(3);
  });

  it('keeps a short purpose whole', () => {
    const rendered = renderNotice(facts('booking_confirmation', 'en'));
    expect(rendered.sms).toContain('About: Look at the leak under the kitchen sink.');
  });
});

describe('notice templates: values are text, never markup or layout', () => {
  const hostile =
    'Eve\r\nBcc: x@y <script>alert(1)</script> \u202Eevil\u2066 "quoted" & \'single\'';

  it.each(everyCase)('$kind in $language keeps a hostile name inert', ({ language, kind }) => {
    const rendered = renderNotice(
      facts(kind, language, { recipientName: hostile, purpose: hostile }),
    );
    expect(rendered.html).not.toContain('<script');
    expect(rendered.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rendered.html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
    expect(rendered.html).toMatch(/<bdi>Eve Bcc: x@y &lt;script&gt;/);
    for (const part of [rendered.html, rendered.text, ...textParts(rendered)]) {
      expect(part).not.toMatch(BIDI_CONTROL);
    }
    for (const line of [rendered.subject, rendered.sms, ...textParts(rendered)]) {
      expect(line).not.toMatch(/[\r\n]/);
    }
    expect(rendered.text).not.toContain('\r');
    expect(rendered.text.split('\n')).not.toContain('Bcc: x@y');
  });

  it('builds a whole HTML document with no scripts or outside resources', () => {
    const { html } = renderNotice(facts('reminder', 'ar'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<a href="${LINK}">`);
    expect(html).not.toMatch(/<script|<img|<link|src=|url\(/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('notice templates: London time', () => {
  // British Summer Time ends at 01:00 UTC on Sunday 25 October 2026.
  it.each([
    ['2026-10-24T09:00:00Z', /Saturday,? 24 October 2026 at 10:00/],
    ['2026-10-25T00:30:00Z', /Sunday,? 25 October 2026 at 01:30/],
    ['2026-10-25T01:30:00Z', /Sunday,? 25 October 2026 at 01:30/],
    ['2026-10-26T09:00:00Z', /Monday,? 26 October 2026 at 09:00/],
  ])('shows %s as London wall-clock time', (start, expected) => {
    const end = new Date(Date.parse(start) + 60 * 60_000).toISOString();
    const rendered = renderNotice(facts('reminder', 'en', { start, end }));
    expect(rendered.text).toMatch(expected);
    expect(rendered.text).toContain('1 hour.');
  });

  it('formats the time in the message language', () => {
    const rendered = renderNotice(
      facts('reminder', 'pl', { start: '2026-10-26T09:00:00Z', end: undefined }),
    );
    expect(rendered.text).toMatch(/poniedziałek, 26 października 2026,? 09:00/);
  });
});

describe('notice templates: letter blocks', () => {
  it('gives the letter renderer the reference, purpose, time, contact numbers and the link', () => {
    const { letter } = renderNotice(facts('booking_confirmation', 'en'));
    expect(letter.title).toBe('Your visit is booked');
    const values = Object.fromEntries(letter.facts.map((f) => [f.label, f.value]));
    expect(values).toMatchObject({
      Reference: 'DS-7K3M9Q',
      Purpose: 'Look at the leak under the kitchen sink',
      Phone: '0800 000 0000',
      'Relay UK': '18001 0800 000 0000',
      'Your booking link': LINK,
    });
    expect(values.When).toMatch(/Tuesday,? 10 November 2026 at 10:00/);
    const body = letter.paragraphs.join('\n');
    expect(body).toContain('photo ID');
    expect(body).toContain('To change or cancel it');
  });
});
