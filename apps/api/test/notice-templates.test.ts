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
import { noticeKinds } from '../src/services/notices/templates/types';

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
  noticeKinds.map((kind) => ({ language, kind })),
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

  it('falls back to English for a kind whose translation has a gap, and says so', () => {
    const [translated] = templateLanguages.filter((l) => l !== 'en');
    if (!translated) throw new Error('no translated language');
    const file = defaultCatalogue[translated];
    const { reminder: _dropped, ...otherKinds } = file?.kinds ?? {};
    const catalogue: TemplateCatalogue = {
      ...defaultCatalogue,
      [translated]: { ...file, kinds: otherKinds },
    };
    const reminder = renderNotice(facts('reminder', translated), catalogue);
    expect(reminder).toMatchObject({ language: 'en', fellBackToEnglish: true });
    const confirmation = renderNotice(facts('booking_confirmation', translated), catalogue);
    expect(confirmation).toMatchObject({ language: translated, fellBackToEnglish: false });
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
