import './poster.css';
import { Button } from '@doorstep/ui';
import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../booking/format';
import { FromApi, useLocale, usePageTitle } from '../booking/parts';
import { PHONE, RELAY } from '../booking/types';
import { type DropInsApi, useRemote } from './api';
import { formatMonth, formatSessionDate } from './format';
import { Link } from './navigation';
import { FactList, PageHeading, StatusNote, venueAddress } from './parts';
import { filtersSearch, inLanguage, LIST_PATH, noFilters, type Route } from './routes';
import { Loaded, NotFoundPage } from './states';
import type { PublicPoster } from './types';

/**
 * A month's sessions in one area, to print on A4 for notice boards in venues and estates:
 * large print, black on white, with a QR code to the area's list for those who are online.
 * Its own chunk, with the QR code library, so the list page never downloads either.
 */
export default function PosterPage({
  api,
  lang,
  route,
}: {
  api: DropInsApi;
  lang: string;
  route: Extract<Route, { page: 'poster' }>;
}) {
  const { t } = useTranslation();
  const { area, month } = route;
  const poster = useRemote(() => api.poster({ area, month }), `${area}/${month}`);
  return (
    <Loaded
      remote={poster}
      notFound={
        <NotFoundPage
          title={t('poster.notFoundTitle')}
          body={t('poster.notFoundBody')}
          lang={lang}
        />
      }
    >
      {(data) => <Poster poster={data} lang={lang} />}
    </Loaded>
  );
}

/** The QR code as SVG markup (generated here from our own address, so safe to insert). */
function useQrCode(url: string) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void qrSvg(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((markup) => {
      if (current) setSvg(markup);
    });
    return () => {
      current = false;
    };
  }, [url]);
  return svg;
}

function Poster({ poster, lang }: { poster: PublicPoster; lang: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = t('poster.title', { area: poster.area.name });
  const month = formatMonth(poster.month, locale);
  usePageTitle(`${title}, ${month}`);
  const listUrl = `${window.location.origin}${LIST_PATH}${filtersSearch({ ...noFilters, area: poster.area.slug }, lang)}`;
  const qr = useQrCode(listUrl);

  return (
    <article className="dp-poster">
      <div className="dp-no-print">
        <Link className="ds-back-link" href={inLanguage(LIST_PATH, lang)}>
          {t('common.allSessions')}
        </Link>
        <div className="ds-button-group">
          <Button onClick={() => window.print()}>{t('poster.print')}</Button>
        </div>
        <p>{t('poster.printHint')}</p>
      </div>
      <PageHeading>
        {title}
        <span className="dp-poster__month">{month}</span>
      </PageHeading>
      <p className="dp-poster__intro">{t('poster.intro')}</p>
      {poster.sessions.length === 0 ? (
        <p>{t('poster.none', { area: poster.area.name })}</p>
      ) : (
        <ol className="dp-poster__sessions">
          {poster.sessions.map((session) => (
            <li
              key={`${session.seriesId}/${session.originalDate}`}
              className={`dp-poster__session dp-session--${session.status}`}
            >
              <h2 className="dp-poster__when">
                {formatSessionDate(session.date, locale)}
                <span>
                  {t('dates.range', {
                    start: formatTime(session.startsAt, locale),
                    end: formatTime(session.endsAt, locale),
                  })}
                </span>
              </h2>
              <StatusNote session={session} />
              <p>
                <strong>{session.venue.name}</strong>, {venueAddress(session.venue)}
              </p>
              <p>
                <FromApi>{session.title}</FromApi>
              </p>
              <FactList facts={session.venue.facts} label={t('session.accessibility')} />
            </li>
          ))}
        </ol>
      )}
      <div className="dp-poster__more">
        {qr ? (
          <div
            className="dp-poster__qr"
            role="img"
            aria-label={t('poster.qrLabel', { url: listUrl })}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG made by qrcode from our own URL.
            dangerouslySetInnerHTML={{ __html: qr }}
          />
        ) : null}
        <div>
          <p>{t('poster.online')}</p>
          <p className="dp-poster__url">{listUrl}</p>
          <p>{t('poster.phone', { phone: PHONE, relay: RELAY })}</p>
        </div>
      </div>
    </article>
  );
}
