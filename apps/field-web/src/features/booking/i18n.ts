import i18next, { type i18n as I18n, type PostProcessorModule } from 'i18next';
import en from './locales/en.json';

export type Translations = typeof en;

/** The languages the tenant pages are written in; names are each language's own name for itself. */
export const languages = [
  { code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB' },
  { code: 'pl', name: 'Polski', dir: 'ltr', intl: 'pl-PL' },
  { code: 'ro', name: 'Română', dir: 'ltr', intl: 'ro-RO' },
  { code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar-GB-u-nu-latn' },
  { code: 'ur', name: 'اردو', dir: 'rtl', intl: 'ur-PK-u-nu-latn' },
  { code: 'uk', name: 'Українська', dir: 'ltr', intl: 'uk-UA' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

export const isLanguage = (code: string | null | undefined): code is LanguageCode =>
  languages.some((language) => language.code === code);

export const languageOf = (code: string) =>
  languages.find((language) => language.code === code) ?? languages[0];

/** Each non-English file is its own small chunk, fetched only when that language is chosen. */
const loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ default: Translations }>> = {
  pl: () => import('./locales/pl.json'),
  ro: () => import('./locales/ro.json'),
  ar: () => import('./locales/ar.json'),
  ur: () => import('./locales/ur.json'),
  uk: () => import('./locales/uk.json'),
};

/**
 * The language to open in: the one the tenant chose (`?lang=`), else the customer's recorded
 * language, else the browser's, else English.
 */
export function pickLanguage(
  requested: string | null,
  recorded: string | null | undefined,
  browser: readonly string[],
): LanguageCode {
  const base = (code: string | null | undefined) => code?.toLowerCase().split(/[-_]/)[0];
  for (const candidate of [requested, recorded, ...browser]) {
    const code = base(candidate);
    if (isLanguage(code)) return code;
  }
  return 'en';
}

export function createTenantI18n(options: { postProcessor?: PostProcessorModule } = {}): I18n {
  const instance = i18next.createInstance();
  if (options.postProcessor) instance.use(options.postProcessor);
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: languages.map((language) => language.code),
    resources: { en: { translation: en } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    ...(options.postProcessor ? { postProcess: [options.postProcessor.name] } : {}),
  });
  return instance;
}

export async function loadLanguage(instance: I18n, code: LanguageCode) {
  if (code !== 'en' && !instance.hasResourceBundle(code, 'translation')) {
    const { default: translations } = await loaders[code]();
    instance.addResourceBundle(code, 'translation', translations);
  }
  await instance.changeLanguage(code);
}
