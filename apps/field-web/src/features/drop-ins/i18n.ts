import i18next, { type i18n as I18n } from 'i18next';
import type { LanguageCode } from '../booking/i18n';
import en from './locales/en.json';

/** The drop-in pages offer the tenant pages' languages (booking/i18n.ts), with their own words. */
export type DropInsTranslations = typeof en;

/** Each other language is its own small chunk, fetched only when it is chosen. */
const loaders: Record<
  Exclude<LanguageCode, 'en'>,
  () => Promise<{ default: DropInsTranslations }>
> = {
  pl: () => import('./locales/pl.json'),
  ro: () => import('./locales/ro.json'),
  ar: () => import('./locales/ar.json'),
  ur: () => import('./locales/ur.json'),
  uk: () => import('./locales/uk.json'),
};

export function createDropInsI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export async function showLanguage(instance: I18n, code: LanguageCode) {
  if (code !== 'en' && !instance.hasResourceBundle(code, 'translation')) {
    const { default: translations } = await loaders[code]();
    instance.addResourceBundle(code, 'translation', translations);
  }
  await instance.changeLanguage(code);
}
