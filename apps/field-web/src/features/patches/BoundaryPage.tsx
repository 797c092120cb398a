import { Button, ErrorSummary, StatusMessage } from '@doorstep/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { useSession } from '../auth/useSession';
import { Announcer } from '../living-well/Announcer';
import { BoundaryMoves } from './BoundaryMoves';
import { CornerList } from './CornerList';
import { type Corner, type CornerProblem, cornersOf, type Polygon, polygonOf } from './corners';
import type { HomeMove } from './types';
import './patches.css';

const BoundaryMap = lazy(() => import('./BoundaryMap'));

/** The preview takes focus when it comes, so the result is read out and in view. */
function Preview({ name, moves }: { name: string; moves: HomeMove[] }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="preview-heading" className="pb-preview">
      <h2 id="preview-heading">Preview: {name} with this boundary</h2>
      <BoundaryMoves moves={moves} />
    </section>
  );
}

/**
 * A manager redraws a patch: corners dragged on the map or typed in the list, a preview of
 * the homes that would move to or from the patch, then save. The API checks the shape (a
 * valid polygon, inside the borough, overlapping no other patch) and says why it refuses.
 */
function BoundaryEditor({ id, name, boundary }: { id: string; name: string; boundary: Polygon }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [corners, setCorners] = useState<Corner[]>(() => cornersOf(boundary));
  const [local, setLocal] = useState<CornerProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  // A mutation, not a query: a boundary of many corners is too long for a URL.
  const preview = useMutation(trpc.patches.previewBoundary.mutationOptions({ retry: false }));
  const save = useMutation(
    trpc.patches.updateBoundary.mutationOptions({
      onSuccess: async ({ moved }) => {
        setMessage(
          `The boundary has been saved. ${moved === 0 ? 'No homes moved' : `${moved.toLocaleString('en-GB')} ${moved === 1 ? 'home' : 'homes'} moved to or from the patch`}.`,
        );
        await queryClient.invalidateQueries({ queryKey: trpc.patches.pathKey() });
      },
    }),
  );
  const previewing = preview.isPending;
  const refusal = preview.error ?? save.error;
  const problems =
    local.length > 0
      ? local.map((problem) => ({ text: problem.text, href: `#${problem.field}` }))
      : refusal
        ? [{ text: refusal.message, href: '#corners-heading' }]
        : [];
  const moves = preview.data?.moves ?? null;

  const edit = (next: Corner[]) => {
    setCorners(next);
    // What was previewed is no longer what would be saved.
    preview.reset();
    setMessage(null);
    save.reset();
  };

  /** The boundary as GeoJSON, or null after showing what is wrong with the fields. */
  function checked() {
    setMessage(null);
    const result = polygonOf(corners, boundary.coordinates.slice(1));
    setLocal(result.problems);
    preview.reset();
    save.reset();
    return result.polygon;
  }

  return (
    <>
      <ErrorSummary title="There is a problem" errors={problems} />
      <Announcer message={message} />
      <p>
        Drag a corner on the map, or change its latitude and longitude in the list below. Where
        corners are close together, some show on the map only when you zoom in.
      </p>
      <Suspense fallback={<p role="status">Loading the map…</p>}>
        <BoundaryMap
          corners={corners}
          onMove={(index, latitude, longitude) =>
            edit(
              corners.map((corner, i) =>
                i === index
                  ? { ...corner, latitude: String(latitude), longitude: String(longitude) }
                  : corner,
              ),
            )
          }
        />
      </Suspense>
      <CornerList
        corners={corners}
        errorFor={(field) => local.find((problem) => problem.field === field)?.text}
        onChange={edit}
        onAnnounce={setMessage}
      />
      <div className="ds-button-group">
        <Button
          variant="secondary"
          aria-disabled={previewing || undefined}
          onClick={() => {
            if (previewing) return;
            const polygon = checked();
            if (polygon) preview.mutate({ id, boundary: polygon });
          }}
        >
          {previewing ? 'Previewing…' : 'Preview changes'}
        </Button>
        <Button
          aria-disabled={save.isPending || undefined}
          onClick={() => {
            if (save.isPending) return;
            const polygon = checked();
            if (polygon) save.mutate({ id, boundary: polygon });
          }}
        >
          {save.isPending ? 'Saving…' : 'Save the boundary'}
        </Button>
      </div>
      {moves ? <Preview name={name} moves={moves} /> : null}
    </>
  );
}

export function BoundaryPage() {
  const { patchId = '' } = useParams();
  const trpc = useTRPC();
  const session = useSession();
  const patch = useQuery(trpc.patches.byId.queryOptions({ id: patchId }, { retry: false }));
  usePageTitle(patch.data ? `Boundary of ${patch.data.name}` : 'Patch boundary');
  const back = (
    <Link className="ds-back-link" to={`/advisor/patches/${patchId}`}>
      Back to {patch.data?.name ?? 'the patch'}
    </Link>
  );
  if (patch.isPending || session.isPending) {
    return <StatusMessage kind="loading">Loading the patch…</StatusMessage>;
  }
  if (patch.isError) {
    return (
      <>
        {back}
        <h1>Patch not found</h1>
        <StatusMessage kind="error">{patch.error.message}</StatusMessage>
      </>
    );
  }
  return (
    <>
      {back}
      <h1>Boundary of {patch.data.name}</h1>
      {session.data?.role === 'manager' ? (
        <BoundaryEditor id={patch.data.id} name={patch.data.name} boundary={patch.data.boundary} />
      ) : (
        <StatusMessage kind="info">Only a manager can change a patch’s boundary.</StatusMessage>
      )}
    </>
  );
}
