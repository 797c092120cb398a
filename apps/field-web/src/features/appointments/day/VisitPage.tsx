import { StatusMessage, SummaryList } from '@doorstep/ui';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { Briefing } from './Briefing';
import { attemptText, dayName, dayPath, londonToday, timeOfDay } from './format';
import { OutcomeForm } from './OutcomeForm';
import { Safeguarding } from './Safeguarding';
import { OutboxStatus, useDay } from './source';
import { ContactLinks, visitTime } from './VisitCard';
import '@doorstep/ui/field.css';
import './day.css';

/**
 * /advisor/visits/:id?date=: one visit from the day's list (which is saved on the phone, so
 * this page works with no signal): the briefing for the door, and the outcome form.
 */
export function VisitPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const requested = search.get('date');
  const date =
    requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : londonToday(new Date());
  const day = useDay(date, 1);
  const visit = day.data?.visits.find((each) => each.id === id);
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(visit ? `Visit: ${visit.customer.name}` : 'Visit');

  return (
    <div className="fd-page">
      <Link
        className="ds-back-link"
        to={dayPath(date === londonToday(new Date()) ? undefined : date)}
      >
        Back to {dayName(date)}
      </Link>
      <OutboxStatus />
      <div role="status" className="fd-announce">
        {message ? <p className="ds-status">{message}</p> : null}
      </div>
      {!visit ? (
        day.data || day.error ? (
          <>
            <h1>Visit not found</h1>
            <StatusMessage kind="error">
              {day.data
                ? `This visit is not on your list for ${dayName(date)}. It may have been moved or cancelled in the office.`
                : 'No connection, and this visit is not saved on this phone.'}
            </StatusMessage>
          </>
        ) : (
          <StatusMessage kind="loading">Loading the visit…</StatusMessage>
        )
      ) : (
        <>
          <h1>
            {timeOfDay(visit.start)} {visit.customer.name}
          </h1>
          <SummaryList
            rows={[
              { key: 'When', value: visitTime(visit) },
              {
                key: 'Visit',
                value: [visit.typeLabel, attemptText(visit.attempt)].filter(Boolean).join(', '),
              },
              { key: 'Purpose', value: visit.purpose },
              { key: 'Address', value: `${visit.home.addressLine1}, ${visit.home.postcode}` },
              ...(visit.reference ? [{ key: 'Reference', value: visit.reference }] : []),
            ]}
          />
          <ContactLinks visit={visit} />
          <section aria-labelledby="briefing-heading">
            <h2 id="briefing-heading">Before you knock</h2>
            {visit.briefing.length === 0 ? (
              <p>Nothing to know before you knock: no access needs recorded.</p>
            ) : (
              <Briefing chips={visit.briefing} label="Access briefing" />
            )}
          </section>
          {visit.hasSafeguardingDetail ? <Safeguarding appointmentId={visit.id} /> : null}
          <section aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">What happened</h2>
            <OutcomeForm
              visit={visit}
              onSaved={(text) => {
                setMessage(text);
                void day.refetch();
              }}
            />
          </section>
        </>
      )}
    </div>
  );
}
