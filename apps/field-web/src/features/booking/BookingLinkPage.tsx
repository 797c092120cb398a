import { Button, PageLayout, StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import type { i18n as I18n } from 'i18next';
import { type FormEvent, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useTRPC } from '../../trpc';
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
 * The page a tenant's personal link opens, in their language: its own bundle, so a tenant's
 * phone downloads neither staff code nor any language but the one it shows.
 */
export function BookingLinkPage({ i18n: given }: { i18n?: I18n } = {}) {
  const [i18n] = useState(() => given ?? createTenantI18n());
  return (
    <I18nextProvider i18n={i18n}>
      <TenantPage />
    </I18nextProvider>
  );
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

function TenantPage() {
  const { token = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const view = useQuery({ ...trpc.booking.view.queryOptions({ token }), staleTime: 0 });

  const recorded = view.data ? (view.data as { language?: string }).language : undefined;
  const settled = !view.isPending;
  const wanted = pickLanguage(params.get('lang'), recorded, settled ? navigator.languages : []);
  const [shown, setShown] = useState<LanguageCode | null>(null);
  useEffect(() => {
    // Wait for the recorded language unless the tenant asked for one, to avoid a flash of English.
    if (!settled && !params.get('lang')) return;
    let current = true;
    void loadLanguage(i18n, wanted).then(() => {
      if (current) setShown(wanted);
    });
    return () => {
      current = false;
    };
  }, [i18n, wanted, settled, params]);
  useDocumentLanguage(shown ?? 'en');

  function changeLanguage(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const lang = String(new FormData(event.currentTarget).get('lang') ?? 'en');
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('lang', lang);
        return next;
      },
      { replace: true },
    );
  }

  let content: React.ReactNode;
  if (!shown || view.isPending)
    content = <StatusMessage kind="loading">{t('common.loading')}</StatusMessage>;
  else if (view.isError) {
    const notFound = view.error instanceof TRPCClientError && view.error.data?.code === 'NOT_FOUND';
    content = notFound ? <LinkNotValid /> : <ServiceProblem onRetry={() => void view.refetch()} />;
  } else content = <BookingFlow key={token} token={token} view={view.data} />;

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
