import { Button, StatusMessage } from '@doorstep/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../booking/parts';
import { PHONE } from '../booking/types';
import { isRefusal, type Remote } from './api';
import { Link } from './navigation';
import { PageHeading } from './parts';
import { inLanguage, LIST_PATH } from './routes';

/** Shown when the API cannot answer even after quiet retries. */
export function ServiceProblem({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('common.serviceProblemTitle'));
  return (
    <>
      <PageHeading>{t('common.serviceProblemTitle')}</PageHeading>
      <p>{t('common.serviceProblem', { phone: PHONE })}</p>
      <div className="ds-button-group">
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </div>
    </>
  );
}

/** An address that leads nowhere (no such page, session or area), with the way back. */
export function NotFoundPage({ title, body, lang }: { title: string; body: string; lang: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{body}</p>
      <p>
        <Link href={inLanguage(LIST_PATH, lang)}>{t('common.allSessions')}</Link>
      </p>
    </>
  );
}

/** Loading, then the page, its "not found", or the service problem. */
export function Loaded<T>({
  remote,
  notFound,
  children,
}: {
  remote: Remote<T>;
  notFound: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (remote.isPending) return <StatusMessage kind="loading">{t('common.loading')}</StatusMessage>;
  // The API refuses an address it cannot read (an unknown area, say) as it does a missing one.
  if (remote.isError && isRefusal(remote.error)) return notFound;
  if (!remote.data) return <ServiceProblem onRetry={remote.retry} />;
  return children(remote.data);
}
