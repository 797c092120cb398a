import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTRPC } from '../../../trpc';
import { useCanEdit } from './access';
import { ConflictMessage } from './ConflictMessage';
import { EditFrame } from './EditFrame';
import { londonToday } from './format';
import { NotLoaded } from './NotLoaded';
import type { Venue } from './types';
import { VenueForm } from './VenueForm';
import './community.css';

const isConflict = (error: unknown) =>
  error instanceof TRPCClientError && error.data?.code === 'CONFLICT';

/**
 * The areas a venue can be in: the public pages' area filter lists them all (asked for one
 * day only, so no sessions need working out), with those venues are already in as a fallback.
 */
function useAreas(current: string | undefined) {
  const trpc = useTRPC();
  const today = londonToday();
  const listed = useQuery(
    trpc.dropIns.public.list.queryOptions({ from: today, to: today }, { staleTime: Infinity }),
  );
  const venues = useQuery(trpc.venues.list.queryOptions());
  const areas = new Set([
    ...(listed.data?.areas ?? []).map((area) => area.name),
    ...(venues.data ?? []).map((venue) => venue.area),
  ]);
  if (current) areas.add(current);
  return [...areas].sort();
}

/** Add a venue (/community/venues/new) or edit one (/community/venues/:venueId/edit). */
export function VenueEditPage() {
  const { venueId } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const venue = useQuery(
    trpc.venues.byId.queryOptions(
      { id: venueId ?? '' },
      { enabled: Boolean(venueId), retry: false },
    ),
  );
  const title = venueId ? `Edit ${venue.data?.name ?? 'venue'}` : 'Add a venue';
  usePageTitle(title);
  const areas = useAreas(venue.data?.area);
  const saved = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.venues.pathKey() });
    void navigate(`/community/venues/${id}`, { state: { saved: true } });
  };
  const create = useMutation(trpc.venues.create.mutationOptions({ onSuccess: (r) => saved(r.id) }));
  const update = useMutation(trpc.venues.update.mutationOptions({ onSuccess: (r) => saved(r.id) }));

  const back = (
    <Link
      className="ds-back-link"
      to={venueId ? `/community/venues/${venueId}` : '/community/venues'}
    >
      {venueId ? 'Back to the venue' : 'Back to all venues'}
    </Link>
  );
  const frame = (children: ReactNode) => (
    <EditFrame
      back={back}
      title={title}
      canEdit={canEdit}
      readOnly="Only the community team and managers can change venues."
    >
      {children}
    </EditFrame>
  );
  if (!venueId) {
    return frame(
      <VenueForm
        venue={null}
        areas={areas}
        saving={create.isPending}
        error={create.error}
        onSave={(input) => create.mutate(input)}
        submitLabel="Add the venue"
      />,
    );
  }
  if (!venue.data) {
    return (
      <NotLoaded query={venue} loading="Loading the venue…" title="Venue not found" back={back} />
    );
  }
  const current: Venue = venue.data;
  const conflict = isConflict(update.error);
  return frame(
    <VenueForm
      // A reload brings a new version: the form starts again from what is saved now.
      key={current.version}
      venue={current}
      areas={areas}
      saving={update.isPending}
      error={conflict ? null : update.error}
      onSave={(input) => update.mutate({ ...input, id: current.id, version: current.version })}
      submitLabel="Save the venue"
      before={
        conflict ? (
          <ConflictMessage
            what="venue"
            onReload={async () => {
              await venue.refetch();
              update.reset();
            }}
          />
        ) : null
      }
    />,
  );
}
