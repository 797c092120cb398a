import { SummaryList } from '@doorstep/ui';
import { useTranslation } from 'react-i18next';
import { googleCalendarUrl, outlookCalendarUrl } from '../booking/calendarLinks';
import { FromApi, useLocale, usePageTitle } from '../booking/parts';
import { PHONE, RELAY } from '../booking/types';
import { type DropInsApi, useRemote } from './api';
import { formatSessionDate } from './format';
import { Link } from './navigation';
import {
  FactList,
  IconText,
  PageHeading,
  StatusNote,
  useTopics,
  useWhen,
  venueAddress,
} from './parts';
import { inLanguage, LIST_PATH, type Route, sessionIcsPath } from './routes';
import { Loaded, NotFoundPage } from './states';
import type { PublicSessionDetail } from './types';

export function SessionPage({
  api,
  lang,
  route,
}: {
  api: DropInsApi;
  lang: string;
  route: Extract<Route, { page: 'session' }>;
}) {
  const { t } = useTranslation();
  const { seriesId, originalDate } = route;
  const session = useRemote(
    () => api.session({ seriesId, originalDate }),
    `${seriesId}/${originalDate}`,
  );
  return (
    <Loaded
      remote={session}
      notFound={
        <NotFoundPage
          title={t('session.notFoundTitle')}
          body={t('session.notFoundBody')}
          lang={lang}
        />
      }
    >
      {(data) => <SessionDetails session={data} lang={lang} />}
    </Loaded>
  );
}

function BackLink({ lang }: { lang: string }) {
  const { t } = useTranslation();
  return (
    <Link className="ds-back-link dp-no-print" href={inLanguage(LIST_PATH, lang)}>
      {t('common.allSessions')}
    </Link>
  );
}

function SessionDetails({ session, lang }: { session: PublicSessionDetail; lang: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = useWhen();
  const topics = useTopics();
  usePageTitle(session.title);
  const { venue } = session;
  const place = `${venue.latitude},${venue.longitude}`;
  const cancelled = session.status === 'cancelled';

  return (
    <>
      <BackLink lang={lang} />
      <PageHeading>
        <FromApi>{session.title}</FromApi>
      </PageHeading>
      <StatusNote session={session} heading={<h2>{t(`session.${session.status}`)}</h2>}>
        {session.status === 'moved' && session.originalDate !== session.date ? (
          <p>{t('session.movedFrom', { date: formatSessionDate(session.originalDate, locale) })}</p>
        ) : null}
      </StatusNote>
      <SummaryList
        rows={[
          {
            key: t('session.when'),
            value: (
              <span className={cancelled ? 'dp-struck' : undefined}>
                <IconText icon="calendar">{when(session)}</IconText>
              </span>
            ),
          },
          {
            key: t('session.where'),
            value: (
              <IconText icon="venue">
                <strong>{venue.name}</strong>
                <br />
                {venueAddress(venue)}
              </IconText>
            ),
          },
          ...(session.topics.length > 0
            ? [
                {
                  key: t('session.topics'),
                  value: <IconText icon="topics">{topics(session.topics)}</IconText>,
                },
              ]
            : []),
          {
            key: t('session.about'),
            value: <FromApi>{session.description}</FromApi>,
          },
        ]}
      />

      <h2>{t('session.directions')}</h2>
      <ul className="ds-list ds-list--links">
        <li>
          <a
            href={`https://www.openstreetmap.org/?mlat=${venue.latitude}&mlon=${venue.longitude}#map=17/${venue.latitude}/${venue.longitude}`}
            rel="noopener noreferrer"
          >
            {t('session.mapLink')}
          </a>
        </li>
        <li>
          <a
            href={`https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(place)}`}
            rel="noopener noreferrer"
          >
            {t('session.directionsLink')}
          </a>
        </li>
      </ul>
      {venue.busRoutes ? (
        <p>
          <IconText icon="bus">{t('session.bus', { routes: venue.busRoutes })}</IconText>
        </p>
      ) : null}
      {venue.nearestStop ? (
        <p>
          <IconText icon="bus">{t('session.stop', { stop: venue.nearestStop })}</IconText>
        </p>
      ) : null}

      <h2>{t('session.accessibility')}</h2>
      {venue.facts.length > 0 ? (
        <FactList facts={venue.facts} label={t('session.accessibility')} />
      ) : (
        <p>{t('session.noFacts', { phone: PHONE })}</p>
      )}
      {venue.openingNotes ? (
        <>
          <h3>{t('session.openingNotes')}</h3>
          <FromApi as="p">{venue.openingNotes}</FromApi>
        </>
      ) : null}

      {cancelled ? null : <AddToCalendar session={session} />}
    </>
  );
}

function AddToCalendar({ session }: { session: PublicSessionDetail }) {
  const { t } = useTranslation();
  const event = {
    title: t('session.calendarTitle', { title: session.title }),
    start: session.startsAt,
    end: session.endsAt,
    details: t('session.calendarDetails', {
      venue: session.venue.name,
      address: venueAddress(session.venue),
      phone: PHONE,
      relay: RELAY,
    }),
  };
  return (
    <>
      <h2>{t('session.calendar')}</h2>
      <ul className="ds-list ds-list--links">
        <li>
          <a href={sessionIcsPath(session)} download="drop-in.ics">
            {t('session.ics')}
          </a>
        </li>
        <li>
          <a href={googleCalendarUrl(event)} rel="noopener noreferrer">
            {t('session.google')}
          </a>
        </li>
        <li>
          <a href={outlookCalendarUrl(event)} rel="noopener noreferrer">
            {t('session.outlook')}
          </a>
        </li>
      </ul>
    </>
  );
}
