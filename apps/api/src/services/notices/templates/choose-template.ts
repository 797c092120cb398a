import type { CommonKey, KindKey, PartialTemplateFile, TemplateCatalogue } from './template-file';
import type { NoticeFacts } from './types';

/** The strings one notice needs, all present, in one language. */
export interface ChosenTemplate {
  language: string;
  locale: string;
  direction: 'ltr' | 'rtl';
  fellBackToEnglish: boolean;
  needsTranslatorReview: boolean;
  visitLabel: string;
  common: Record<CommonKey, string>;
  kind: Record<KindKey, string>;
}

/** `pl-PL`, `PL` and `pl` all mean the Polish templates. */
function primaryLanguage(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

function complete<K extends string>(
  reference: Record<K, string>,
  candidate: Partial<Record<K, string>> | undefined,
): Record<K, string> | undefined {
  if (!candidate) return undefined;
  for (const key of Object.keys(reference) as K[]) {
    if (typeof candidate[key] !== 'string' || candidate[key] === '') return undefined;
  }
  return candidate as Record<K, string>;
}

function fromTranslation(
  language: string,
  file: PartialTemplateFile | undefined,
  catalogue: TemplateCatalogue,
  facts: NoticeFacts,
): ChosenTemplate | undefined {
  const en = catalogue.en;
  const common = complete(en.common, file?.common);
  const kind = complete(en.kinds[facts.kind], file?.kinds?.[facts.kind]);
  // A drop-in notice names no visit, so it needs no visit label.
  const visitLabel = facts.visitType ? file?.visitTypes?.[facts.visitType] : '';
  if (!file?.direction || !file.locale || !common || !kind) return undefined;
  if (visitLabel === undefined || (facts.visitType && !visitLabel)) return undefined;
  return {
    language,
    locale: file.locale,
    direction: file.direction,
    fellBackToEnglish: false,
    needsTranslatorReview: file._meta?.reviewed !== true,
    visitLabel,
    common,
    kind,
  };
}

/**
 * The customer's language when every string this kind needs has been translated, and
 * English otherwise: a message half in one language and half in another helps nobody,
 * and the flag tells staff to follow up.
 */
export function chooseTemplate(facts: NoticeFacts, catalogue: TemplateCatalogue): ChosenTemplate {
  const wanted = primaryLanguage(facts.language);
  if (wanted !== 'en') {
    const translated = fromTranslation(wanted, catalogue[wanted], catalogue, facts);
    if (translated) return translated;
  }
  const en = catalogue.en;
  return {
    language: 'en',
    locale: en.locale,
    direction: en.direction,
    fellBackToEnglish: wanted !== 'en',
    needsTranslatorReview: !en._meta.reviewed,
    // A visit type newer than the templates still gets the rules' own English label.
    visitLabel: facts.visitType
      ? (en.visitTypes[facts.visitType] ?? facts.visitTypeLabel ?? '')
      : '',
    common: en.common,
    kind: en.kinds[facts.kind],
  };
}
