import type { DropInTopic, VenueFact } from '@doorstep/domain';
import { type ReactNode, useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatTime } from '../booking/format';
import { FromApi, useLocale } from '../booking/parts';
import { formatSessionDate } from './format';
import { Icon, type IconName } from './icons';
import { takeHeadingFocus } from './navigation';
import type { PublicSession } from './types';

/** The page's heading; after a link within the pages it takes focus, as a new page would. */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocus()) heading.current?.focus();
  }, []);
  return (
    <h1 tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}

/** "Tuesday 8 December 2026, 10:00 to 12:00", UK time, in the page's language. */
export function useWhen() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (session: Pick<PublicSession, 'date' | 'startsAt' | 'endsAt'>) =>
    t('dates.when', {
      date: formatSessionDate(session.date, locale),
      time: t('dates.range', {
        start: formatTime(session.startsAt, locale),
        end: formatTime(session.endsAt, locale),
      }),
    });
}

export const venueAddress = (venue: PublicSession['venue']) =>
  `${venue.addressLine1}, ${venue.town} ${venue.postcode}`;

/** A fact as words with an icon beside it: never the icon alone. */
export function IconText({ icon, children }: { icon: IconName; children: ReactNode }) {
  return (
    <span className="dp-icon-text">
      <Icon name={icon} />
      <span>{children}</span>
    </span>
  );
}

export function FactList({ facts, label }: { facts: readonly VenueFact[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="dp-facts" aria-label={label}>
      {facts.map((fact) => (
        <li key={fact}>
          <IconText icon={fact}>{t(`facts.${fact}`)}</IconText>
        </li>
      ))}
    </ul>
  );
}

/** "Rent, Repairs, Money advice": a list of labels, separated the page language's way. */
export function useTopics() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (topics: readonly DropInTopic[]) =>
    new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(
      topics.map((topic) => t(`topics.${topic}`)),
    );
}

/** Cancelled or moved, with staff's reason (in English, from the API). */
export function StatusNote({
  session,
  heading,
  children,
}: {
  session: Pick<PublicSession, 'status' | 'reason'>;
  heading?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (session.status === 'scheduled') return null;
  return (
    <div className={`dp-status dp-status--${session.status}`}>
      {heading ?? (
        <p>
          <IconText icon="alert">
            <strong>{t(`status.${session.status}`)}</strong>
          </IconText>
        </p>
      )}
      {session.reason ? (
        <p>
          <Trans
            i18nKey="session.reason"
            values={{ reason: session.reason }}
            components={{ reason: <FromApi>{session.reason}</FromApi> }}
          />
        </p>
      ) : null}
      {children}
    </div>
  );
}
