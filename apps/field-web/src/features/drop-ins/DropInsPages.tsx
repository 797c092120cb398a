import { LanguageSwitcher, PageLayout, useDocumentLanguage } from '@doorstep/ui';
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { type LanguageCode, languageOf, languages, pickLanguage } from '../booking/i18n';
import { Footer } from '../booking/parts';
import { type DropInsApi, makeDropInsApi } from './api';
import { createDropInsI18n, showLanguage } from './i18n';
import { ListPage } from './ListPage';
import { NavigationProvider, useNavigation } from './navigation';
import { LIST_PATH, parseRoute } from './routes';
import { SessionPage } from './SessionPage';
import { NotFoundPage } from './states';

/** The poster brings the QR code library; only someone printing a poster downloads either. */
const PosterPage = lazy(() => import('./PosterPage'));

/**
 * The public drop-in pages (drop-ins.html, served for /drop-ins and /drop-ins/*): no sign-in,
 * in the tenant pages' languages, with no staff code, router or query cache in the download.
 */
export function DropInsPages({
  i18n: givenI18n,
  api: givenApi,
}: {
  i18n?: I18n;
  api?: DropInsApi;
}) {
  const [i18n] = useState(() => givenI18n ?? createDropInsI18n());
  const [api] = useState(() => givenApi ?? makeDropInsApi());
  return (
    <I18nextProvider i18n={i18n}>
      <NavigationProvider>
        <Pages api={api} />
      </NavigationProvider>
    </I18nextProvider>
  );
}

function Pages({ api }: { api: DropInsApi }) {
  const { t, i18n } = useTranslation();
  const { pathname, search, navigate } = useNavigation();
  const wanted = pickLanguage(search.get('lang'), null, navigator.languages);
  const [shown, setShown] = useState<LanguageCode | null>(null);
  useEffect(() => {
    let current = true;
    void showLanguage(i18n, wanted).then(() => {
      if (current) setShown(wanted);
    });
    return () => {
      current = false;
    };
  }, [i18n, wanted]);
  const language = languageOf(shown ?? 'en');
  useDocumentLanguage(
    language.code === 'en' ? 'en-GB' : (language.intl.split('-u-')[0] ?? language.code),
    language.dir,
  );

  function changeLanguage(code: string) {
    const url = new URL(window.location.href);
    if (code === 'en') url.searchParams.delete('lang');
    else url.searchParams.set('lang', code);
    navigate(`${url.pathname}${url.search}`, { replace: true });
  }

  const lang = shown ?? 'en';
  const route = parseRoute(pathname);
  let content: React.ReactNode = null;
  // Until the chosen language has loaded, show nothing rather than a flash of English.
  if (shown)
    switch (route.page) {
      case 'list':
        content = <ListPage api={api} lang={lang} />;
        break;
      case 'session':
        content = <SessionPage key={pathname} api={api} lang={lang} route={route} />;
        break;
      case 'poster':
        content = (
          <Suspense fallback={null}>
            <PosterPage key={pathname} api={api} lang={lang} route={route} />
          </Suspense>
        );
        break;
      default:
        content = (
          <NotFoundPage title={t('notFound.title')} body={t('notFound.body')} lang={lang} />
        );
    }

  return (
    <PageLayout
      serviceName={t('service.name')}
      homeHref={lang === 'en' ? LIST_PATH : `${LIST_PATH}?lang=${lang}`}
      skipLinkText={t('service.skipLink')}
      footer={<Footer />}
    >
      <div className="dp-no-print dp-language">
        <LanguageSwitcher
          id="drop-ins-language"
          label={t('language.label')}
          buttonText={t('language.change')}
          languages={languages}
          current={lang}
          onChange={changeLanguage}
        />
      </div>
      {content}
    </PageLayout>
  );
}
