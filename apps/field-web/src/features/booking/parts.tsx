import { SummaryList, type SummaryRow } from '@doorstep/ui';
import { type ReactNode, useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { googleCalendarUrl, outlookCalendarUrl } from './calendarLinks';
import { formatDate, formatDuration, formatTime } from './format';
import { languageOf } from './i18n';
import { type BookingView, PHONE, PHONE_HREF, RELAY, RELAY_HREF } from './types';

/** The Intl locale for the page's language, e.g. "en-GB". */
export function useLocale() {
  const { i18n } = useTranslation();
  return languageOf(i18n.language).intl;
}

/** Names the page in the browser tab, in the page's language (WCAG 2.4.2). */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  const full = t('service.pageTitle', { title });
  useEffect(() => {
    document.title = full;
  }, [full]);
}

/**
 * Text from the API that is not translated yet (purpose, arranged adjustments, reasons): marked
 * as English so screen readers pronounce it correctly inside a page in another language.
 */
export function FromApi({ children, as = 'span' }: { children: string; as?: 'span' | 'p' | 'li' }) {
  const { i18n } = useTranslation();
  const Tag = as;
  return <Tag lang={i18n.language === 'en' ? undefined : 'en'}>{children}</Tag>;
}

const phoneLink = <a href={PHONE_HREF}>{PHONE}</a>;
const relayLink = <a href={RELAY_HREF}>{RELAY}</a>;

export function CallUs() {
  return (
    <>
      <p>
        <Trans
          i18nKey="common.callUs"
          values={{ phone: PHONE }}
          components={{ phone: phoneLink }}
        />
      </p>
      <p>
        <Trans i18nKey="common.relay" values={{ relay: RELAY }} components={{ relay: relayLink }} />
      </p>
    </>
  );
}

export function Footer() {
  return (
    <p>
      <Trans
        i18nKey="service.footer"
        values={{ phone: PHONE, relay: RELAY }}
        components={{ phone: phoneLink, relay: relayLink }}
      />
    </p>
  );
}

/** "Bob, your Housing Advisor" from the API, in the page's language. */
export function useVisitor(view: BookingView) {
  const { t } = useTranslation();
  const named = /^(.+), your Housing Advisor$/.exec(view.visitor);
  return named?.[1] ? t('visit.whoNamed', { name: named[1] }) : t('visit.whoUnnamed');
}

export function useWhen() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (start: string, end: string) =>
    t('dates.when', {
      date: formatDate(start, locale),
      time: t('dates.range', { start: formatTime(start, locale), end: formatTime(end, locale) }),
    });
}

/** What the visit is, who comes, how long and what is arranged: no needs detail, street only. */
export function VisitDetails({ view, extra = [] }: { view: BookingView; extra?: SummaryRow[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const visitor = useVisitor(view);
  const rows: SummaryRow[] = [
    ...extra,
    { key: t('visit.what'), value: t(`types.${view.type}`) },
    { key: t('visit.purpose'), value: <FromApi>{view.purpose}</FromApi> },
    {
      key: t('visit.who'),
      value: (
        <>
          {visitor}
          {view.twoPeople ? (
            <>
              <br />
              {t('visit.twoPeople')}
            </>
          ) : null}
        </>
      ),
    },
  ];
  if (view.durationMinutes > 0)
    rows.push({
      key: t('visit.howLong'),
      value: t('visit.duration', { duration: formatDuration(view.durationMinutes, locale) }),
    });
  rows.push({ key: t('visit.address'), value: view.street });
  if (view.adjustments.length > 0)
    rows.push({
      key: t('visit.adjustments'),
      value: (
        <ul className="ds-list">
          {view.adjustments.map((adjustment) => (
            <FromApi as="li" key={adjustment}>
              {adjustment}
            </FromApi>
          ))}
        </ul>
      ),
    });
  return <SummaryList rows={rows} />;
}

export function CalendarLinks({
  token,
  view,
  booking,
}: {
  token: string;
  view: BookingView;
  booking: { reference: string; start: string; end: string };
}) {
  const { t } = useTranslation();
  const event = {
    title: t('done.calendarTitle', { type: t(`types.${view.type}`) }),
    start: booking.start,
    end: booking.end,
    details: t('done.calendarDetails', {
      reference: booking.reference,
      phone: PHONE,
      relay: RELAY,
    }),
  };
  return (
    <>
      <h2>{t('done.calendar')}</h2>
      <ul className="ds-list ds-list--links">
        <li>
          <a href={`/ics/booking/${encodeURIComponent(token)}.ics`} download="doorstep-visit.ics">
            {t('done.ics')}
          </a>
        </li>
        <li>
          <a href={googleCalendarUrl(event)} rel="noopener noreferrer">
            {t('done.google')}
          </a>
        </li>
        <li>
          <a href={outlookCalendarUrl(event)} rel="noopener noreferrer">
            {t('done.outlook')}
          </a>
        </li>
      </ul>
    </>
  );
}

export function Heading({ children }: { children: ReactNode }) {
  return <h1 tabIndex={-1}>{children}</h1>;
}
