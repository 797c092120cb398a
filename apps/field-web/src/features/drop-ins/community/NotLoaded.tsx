import { StatusMessage } from '@doorstep/ui';
import type { ReactNode } from 'react';

/** A page whose record is still loading, or could not be: what happened, and the way back. */
export function NotLoaded({
  query,
  loading,
  title,
  back,
}: {
  query: { isPending: boolean; error: { message: string } | null };
  /** "Loading the venue…" */
  loading: string;
  /** "Venue not found" */
  title: string;
  back: ReactNode;
}) {
  if (query.isPending) return <StatusMessage kind="loading">{loading}</StatusMessage>;
  return (
    <>
      {back}
      <h1>{title}</h1>
      <StatusMessage kind="error">
        {query.error?.message ?? 'It could not be loaded.'}
      </StatusMessage>
    </>
  );
}
