import { type VenueFact, venueFacts } from '@doorstep/domain';
import { Button, Checkboxes, ErrorSummary, FormField, StatusMessage } from '@doorstep/ui';
import {
  Component,
  type FormEvent,
  lazy,
  type ReactNode,
  Suspense,
  useMemo,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { FromApi, useLocale, usePageTitle } from '../booking/parts';
import { type DropInsApi, isRefusal, useRemote } from './api';
import { formatMonth, formatSessionDate, londonMonth } from './format';
import { Link, useNavigation } from './navigation';
import {
  FactList,
  IconText,
  PageHeading,
  StatusNote,
  useTopics,
  useWhen,
  venueAddress,
} from './parts';
import {
  type Filters,
  filtersSearch,
  inLanguage,
  LIST_PATH,
  listInput,
  noFilters,
  posterPath,
  readFilters,
  sessionPath,
} from './routes';
import { ServiceProblem } from './states';
import type { PublicArea, PublicSession } from './types';
import { numberVenues } from './venues';

/** Leaflet and its styles come only with the map, after the list is on screen. */
const SessionMap = lazy(() => import('./SessionMap'));

export function ListPage({ api, lang }: { api: DropInsApi; lang: string }) {
  const { t } = useTranslation();
  const { search, navigate } = useNavigation();
  usePageTitle(t('list.title'));
  const filters = readFilters(search);
  const input = listInput(filters);
  const list = useRemote(() => api.list(input), JSON.stringify(input));
  const config = useRemote(() => api.config(), 'config');
  const venues = useMemo(() => [...numberVenues(list.data?.sessions ?? []).values()], [list.data]);

  if (list.isPending) return <StatusMessage kind="loading">{t('common.loading')}</StatusMessage>;
  if (!list.data && isRefusal(list.error))
    return (
      <>
        <PageHeading>{t('list.title')}</PageHeading>
        <p>{t('list.badFilters')}</p>
        <p>
          <Link href={inLanguage(LIST_PATH, lang)}>{t('list.clear')}</Link>
        </p>
      </>
    );
  if (!list.data) return <ServiceProblem onRetry={list.retry} />;
  const { areas, sessions } = list.data;
  const numbers = new Map(venues.map((venue) => [venue.venue.id, venue.number]));
  const area = areas.find((candidate) => candidate.slug === filters.area);

  return (
    <>
      <PageHeading>{t('list.title')}</PageHeading>
      <p className="ds-lead">{t('list.intro')}</p>
      <FilterForm
        key={search.toString()}
        filters={filters}
        areas={areas}
        onApply={(chosen) => navigate(`${LIST_PATH}${filtersSearch(chosen, lang)}`)}
        clearHref={inLanguage(LIST_PATH, lang)}
      />
      <div className="dp-results">
        <section aria-labelledby="dp-results-heading" className="dp-results__list">
          <h2 id="dp-results-heading">{t('list.resultsHeading')}</h2>
          <div role="status" aria-live="polite" className="dp-count">
            {list.isLoading ? (
              t('list.updating')
            ) : list.isError ? (
              <ServiceProblemInline onRetry={list.retry} />
            ) : (
              t('list.count', { count: sessions.length })
            )}
          </div>
          {sessions.length === 0 ? <p>{t('list.none')}</p> : null}
          <ol className="dp-sessions">
            {sessions.map((session) => (
              <SessionCard
                key={`${session.seriesId}/${session.originalDate}`}
                session={session}
                number={numbers.get(session.venue.id) ?? 0}
                lang={lang}
              />
            ))}
          </ol>
        </section>
        <section aria-labelledby="dp-map-heading" className="dp-results__map">
          <h2 id="dp-map-heading">{t('list.mapHeading')}</h2>
          <p id="dp-map-hint">{t('list.mapHint')}</p>
          <MapBoundary fallback={<p>{t('list.mapFailed')}</p>}>
            <Suspense fallback={<p>{t('list.mapLoading')}</p>}>
              {config.isPending ? null : (
                <SessionMap
                  venues={venues}
                  config={config.data ?? null}
                  lang={lang}
                  describedBy="dp-map-hint"
                />
              )}
            </Suspense>
          </MapBoundary>
        </section>
      </div>
      <MoreWays areas={area ? [area] : areas} lang={lang} />
    </>
  );
}

function ServiceProblemInline({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('common.serviceProblemTitle')}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </>
  );
}

function FilterForm({
  filters,
  areas,
  onApply,
  clearHref,
}: {
  filters: Filters;
  areas: PublicArea[];
  onApply: (filters: Filters) => void;
  clearHref: string;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const [needs, setNeeds] = useState<VenueFact[]>(filters.needs);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '') || null;
    const chosen: Filters = { ...noFilters, needs };
    for (const name of ['area', 'from', 'to'] as const) chosen[name] = text(name);
    if (chosen.from && chosen.to && chosen.to < chosen.from) {
      setError(t('list.toBeforeFrom'));
      return;
    }
    setError(undefined);
    onApply(chosen);
  }

  return (
    <section aria-labelledby="dp-filters-heading" className="dp-filters">
      <h2 id="dp-filters-heading">{t('list.filtersHeading')}</h2>
      {error ? (
        <ErrorSummary title={t('common.problem')} errors={[{ href: '#dp-to', text: error }]} />
      ) : null}
      <form onSubmit={submit} method="get" action={LIST_PATH} noValidate>
        <div className="dp-filters__row">
          <FormField label={t('list.area')}>
            <select id="dp-area" name="area" defaultValue={filters.area ?? ''}>
              <option value="">{t('list.allAreas')}</option>
              {areas.map((area) => (
                <option key={area.slug} value={area.slug}>
                  {area.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t('list.from')}>
            <input id="dp-from" name="from" type="date" defaultValue={filters.from ?? ''} />
          </FormField>
          <FormField label={t('list.to')} error={error} errorPrefix={t('common.errorPrefix')}>
            <input id="dp-to" name="to" type="date" defaultValue={filters.to ?? ''} />
          </FormField>
        </div>
        <div className="dp-needs">
          <Checkboxes
            legend={t('list.needsLegend')}
            options={venueFacts.map((fact) => ({
              value: fact,
              label: <IconText icon={fact}>{t(`facts.${fact}`)}</IconText>,
            }))}
            value={needs}
            onChange={(chosen) => setNeeds(venueFacts.filter((fact) => chosen.includes(fact)))}
          />
        </div>
        <div className="ds-button-group">
          <Button type="submit">{t('list.apply')}</Button>
          <Link href={clearHref}>{t('list.clear')}</Link>
        </div>
      </form>
    </section>
  );
}

function SessionCard({
  session,
  number,
  lang,
}: {
  session: PublicSession;
  number: number;
  lang: string;
}) {
  const { t } = useTranslation();
  const when = useWhen();
  const topics = useTopics();
  const date = formatSessionDate(session.date, useLocale());
  return (
    <li className={`dp-session dp-session--${session.status}`}>
      <h3>
        <Link href={inLanguage(sessionPath(session), lang)}>
          <FromApi>{session.title}</FromApi>
          <span className="ds-visually-hidden">, {date}</span>
        </Link>
      </h3>
      <StatusNote session={session} />
      <p className="dp-when">
        <IconText icon="calendar">{when(session)}</IconText>
      </p>
      <p className="dp-venue">
        <span className="dp-marker-number">
          <span className="ds-visually-hidden">{t('list.mapMarker')} </span>
          {number}
        </span>
        <span>
          <strong>{session.venue.name}</strong>, {venueAddress(session.venue)}
        </span>
      </p>
      <FactList facts={session.venue.facts} label={t('session.accessibility')} />
      {session.topics.length > 0 ? (
        <p>
          <IconText icon="topics">{t('list.topics', { topics: topics(session.topics) })}</IconText>
        </p>
      ) : null}
    </li>
  );
}

/** Calendar feeds and posters: for the chosen area, or for every area. */
function MoreWays({ areas, lang }: { areas: PublicArea[]; lang: string }) {
  const { t } = useTranslation();
  const month = londonMonth();
  const monthName = formatMonth(month, useLocale());
  const only = areas.length === 1 ? areas[0] : undefined;
  return (
    <>
      <h2>{t('list.calendarHeading')}</h2>
      <ul className="ds-list ds-list--links">
        <li>
          <a href="/ics/drop-ins.ics">{t('list.feedAll')}</a>
        </li>
        {only ? (
          <li>
            <a href={`/ics/drop-ins/areas/${encodeURIComponent(only.slug)}.ics`}>
              {t('list.feedArea', { area: only.name })}
            </a>
          </li>
        ) : null}
      </ul>
      <h2>{t('list.postersHeading')}</h2>
      <ul className="ds-list ds-list--links">
        {areas.map((area) => (
          <li key={area.slug}>
            <Link href={inLanguage(posterPath(area.slug, month), lang)}>
              {t('list.poster', { area: area.name, month: monthName })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Without the map (its code could not load), the list still has everything. */
class MapBoundary extends Component<{ fallback: ReactNode; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
