import { Button, PageLayout, StatusMessage } from '@doorstep/ui';
import { TRPCClientError } from '@trpc/client';
import type { i18n as I18n } from 'i18next';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import {
  BookingApiProvider,
  type BookingClient,
  DEFAULT_RETRY_DELAYS_MS,
  makeBookingClient,
  useBookingView,
} from './api';
import { BookingFlow } from './BookingFlow';
import {
  createTenantI18n,
  type LanguageCode,
  languageOf,
  languages,
  loadLanguage,
  pickLanguage,
} from './i18n';
import { CallUs, Footer, Heading, usePageTitle } from './parts';

/**
 * The page a tenant's personal link opens, in their language: its own HTML entry and bundle
 * (booking.html), so a tenant's phone downloads neither staff code nor any language but the
 * one it shows.
 */
export function BookingLinkPage({
  token,
  i18n: givenI18n,
  client: givenClient,
  retryDelaysMs = DEFAULT_RETRY_DELAYS_MS,
}: {
  token: string;
  i18n?: I18n;
  client?: BookingClient;
  /** Waits before each retry when the page cannot load; tests pass none. */
  retryDelaysMs?: readonly number[];
}) {
  const [i18n] = useState(() => givenI18n ?? createTenantI18n());
  const [client] = useState(() => givenClient ?? makeBookingClient());
  return (
    <I18nextProvider i18n={i18n}>
      <TenantPage token={token} client={client} retryDelaysMs={retryDelaysMs} />
    </I18nextProvider>
  );
}

/** The `?lang=` the tenant chose; changing it replaces the address, as a form would. */
function useRequestedLanguage() {
  const [requested, setRequested] = useState(() =>
    new URLSearchParams(window.location.search).get('lang'),
  );
  const change = (lang: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(window.history.state, '', url);
    setRequested(lang);
  };
  return [requested, change] as const;
}

/** `lang` and `dir` on <html>, so screen readers, fonts and the layout follow the language. */
function useDocumentLanguage(code: string) {
  useEffect(() => {
    const { dir, intl } = languageOf(code);
    const html = document.documentElement;
    html.lang = code === 'en' ? 'en-GB' : (intl.split('-u-')[0] ?? code);
    html.dir = dir;
    return () => {
      html.lang = 'en-GB';
      html.dir = 'ltr';
    };
  }, [code]);
}

function TenantPage({
  token,
  client,
  retryDelaysMs,
}: {
  token: string;
  client: BookingClient;
  retryDelaysMs: readonly number[];
}) {
  const [requested, setRequested] = useRequestedLanguage();
  const { t, i18n } = useTranslation();
  const view = useBookingView(client, token, retryDelaysMs);
  const { refetch } = view;
  const api = useMemo(() => ({ client, refreshView: refetch }), [client, refetch]);

  const recorded = view.data ? (view.data as { language?: string }).language : undefined;
  const settled = !view.isPending;
  const wanted = pickLanguage(requested, recorded, settled ? navigator.languages : []);
  const [shown, setShown] = useState<LanguageCode | null>(null);
  useEffect(() => {
    // Wait for the recorded language unless the tenant asked for one, to avoid a flash of English.
    if (!settled && !requested) return;
    let current = true;
    void loadLanguage(i18n, wanted).then(() => {
      if (current) setShown(wanted);
    });
    return () => {
      current = false;
    };
  }, [i18n, wanted, settled, requested]);
  useDocumentLanguage(shown ?? 'en');

  function changeLanguage(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRequested(String(new FormData(event.currentTarget).get('lang') ?? 'en'));
  }

  let content: React.ReactNode;
  if (!shown || view.isPending)
    content = <StatusMessage kind="loading">{t('common.loading')}</StatusMessage>;
  else if (view.isError) {
    const notFound = view.error instanceof TRPCClientError && view.error.data?.code === 'NOT_FOUND';
    content = notFound ? <LinkNotValid /> : <ServiceProblem onRetry={() => void view.refetch()} />;
  } else if (view.data)
    content = (
      <BookingApiProvider value={api}>
        <BookingFlow key={token} token={token} view={view.data} />
      </BookingApiProvider>
    );

  return (
    <PageLayout
      serviceName={t('service.name')}
      homeHref={`/b/${encodeURIComponent(token)}${shown && shown !== 'en' ? `?lang=${shown}` : ''}`}
      skipLinkText={t('service.skipLink')}
      footer={<Footer />}
    >
      <form className="ds-language-switcher" onSubmit={changeLanguage} method="get">
        <div>
          <label htmlFor="tenant-language">{t('language.label')}</label>
          <select id="tenant-language" name="lang" defaultValue={shown ?? 'en'} key={shown}>
            {languages.map((language) => (
              <option key={language.code} value={language.code} lang={language.code} translate="no">
                {language.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t('language.change')}
        </Button>
      </form>
      {content}
    </PageLayout>
  );
}

function LinkNotValid() {
  const { t } = useTranslation();
  usePageTitle(t('invalid.title'));
  return (
    <>
      <Heading>{t('invalid.title')}</Heading>
      <p>{t('invalid.body')}</p>
      <CallUs />
      <p>{t('common.formats')}</p>
    </>
  );
}

function ServiceProblem({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('common.serviceProblemTitle'));
  return (
    <>
      <Heading>{t('common.serviceProblemTitle')}</Heading>
      <p>{t('common.serviceProblem')}</p>
      <div className="ds-button-group">
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </div>
      <CallUs />
    </>
  );
}
