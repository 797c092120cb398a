import { StatusMessage, SummaryList } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTRPC } from '../../../trpc';
import { AttendanceTrend } from './AttendanceTrend';
import { useCanEdit } from './access';
import { longDate, timeSpan } from './format';
import { clashRuleLabels, topicLabel } from './labels';
import { NotLoaded } from './NotLoaded';
import { PastOccurrences } from './PastOccurrences';
import { PublishControls } from './PublishControls';
import { UpcomingOccurrences } from './UpcomingOccurrences';
import './community.css';

/** One series: its schedule, its next sessions and their changes, and how well it is attended. */
export function SeriesPage() {
  const { seriesId = '' } = useParams();
  const trpc = useTRPC();
  const canEdit = useCanEdit();
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  const series = useQuery(
    trpc.dropIns.series.byId.queryOptions({ id: seriesId }, { retry: false }),
  );
  usePageTitle(series.data ? series.data.title : 'Drop-in series');

  const back = (
    <Link className="ds-back-link" to="/community">
      Back to all sessions
    </Link>
  );
  if (!series.data) {
    return (
      <NotLoaded
        query={series}
        loading="Loading the series…"
        title="Series not found"
        back={back}
      />
    );
  }
  const { data } = series;
  return (
    <>
      {back}
      <h1>{data.title}</h1>
      {saved ? <StatusMessage kind="info">The series has been saved.</StatusMessage> : null}
      <p className="ds-lead">{data.description}</p>
      <SummaryList
        rows={[
          {
            key: 'Published',
            value: data.published ? 'Yes: tenants can see it' : 'No: only staff can see it',
          },
          { key: 'Team', value: data.team },
          {
            key: 'Venue',
            value: <Link to={`/community/venues/${data.venueId}`}>{data.venueName}</Link>,
          },
          { key: 'Area', value: data.area },
          { key: 'Times', value: timeSpan(data.startTime, data.endTime) },
          { key: 'Runs', value: `${longDate(data.startsOn)} to ${longDate(data.endsOn)}` },
          { key: 'On a bank holiday or closure', value: clashRuleLabels[data.clashRule] },
          { key: 'Topics', value: data.topics.map(topicLabel).join(', ') || 'None given' },
        ]}
      />
      {canEdit ? (
        <>
          <p>
            <Link
              className="ds-button ds-button--secondary"
              to={`/community/series/${data.id}/edit`}
            >
              Change the series
            </Link>
          </p>
          <PublishControls id={data.id} published={data.published} />
        </>
      ) : null}
      <UpcomingOccurrences
        upcoming={data.upcoming}
        seriesVenueId={data.venueId}
        canEdit={canEdit}
      />
      <PastOccurrences seriesId={data.id} />
      <AttendanceTrend trend={data.attendance} />
    </>
  );
}
