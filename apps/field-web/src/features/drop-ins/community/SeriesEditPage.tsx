import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTRPC } from '../../../trpc';
import { useCanEdit } from './access';
import { EditFrame } from './EditFrame';
import { NotLoaded } from './NotLoaded';
import { SeriesForm } from './SeriesForm';
import './community.css';

/** Set up a series (/community/series/new) or change one (/community/series/:seriesId/edit). */
export function SeriesEditPage() {
  const { seriesId } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const series = useQuery(
    trpc.dropIns.series.byId.queryOptions(
      { id: seriesId ?? '' },
      { enabled: Boolean(seriesId), retry: false },
    ),
  );
  const title = seriesId ? `Change ${series.data?.title ?? 'the series'}` : 'Set up a new series';
  usePageTitle(title);
  const saved = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.dropIns.pathKey() });
    void navigate(`/community/series/${id}`, { state: { saved: true } });
  };
  const create = useMutation(
    trpc.dropIns.series.create.mutationOptions({ onSuccess: (r) => saved(r.id) }),
  );
  const update = useMutation(
    trpc.dropIns.series.update.mutationOptions({ onSuccess: (r) => saved(r.id) }),
  );
  const back = (
    <Link className="ds-back-link" to={seriesId ? `/community/series/${seriesId}` : '/community'}>
      {seriesId ? 'Back to the series' : 'Back to all sessions'}
    </Link>
  );

  const frame = (children: ReactNode) => (
    <EditFrame
      back={back}
      title={title}
      canEdit={canEdit}
      readOnly="Only the community team and managers can set up or change sessions."
    >
      {children}
    </EditFrame>
  );
  if (!seriesId) {
    return frame(
      <SeriesForm
        series={null}
        saving={create.isPending}
        error={create.error}
        onSave={(input) => create.mutate(input)}
        submitLabel="Save the series"
      />,
    );
  }
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
  const current = series.data;
  return frame(
    <>
      <p>
        Tenants who subscribed to a calendar feed get the changed dates the next time their calendar
        checks.
      </p>
      <SeriesForm
        series={current}
        saving={update.isPending}
        error={update.error}
        onSave={(input) => update.mutate({ ...input, id: current.id })}
        submitLabel="Save the changes"
      />
    </>,
  );
}
