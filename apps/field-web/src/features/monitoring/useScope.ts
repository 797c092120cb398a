import { useSearchParams } from 'react-router';

/** The patch in the address, so a view can be bookmarked and the report opened for it. */
export function useScope() {
  const [params, setParams] = useSearchParams();
  const patchId = params.get('patch') ?? undefined;
  const setPatchId = (next: string | undefined) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('patch', next);
        else updated.delete('patch');
        return updated;
      },
      { replace: true },
    );
  return [patchId, setPatchId] as const;
}
