import { FormField } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { useMonitoringAccess } from './access';

/**
 * Organisation-wide or one patch. Managers choose from every patch; others from the patches
 * they work on, which is all the API lets them see.
 */
export function usePatchOptions() {
  const trpc = useTRPC();
  const { principal, seesAll } = useMonitoringAccess();
  const all = useQuery(trpc.patches.list.queryOptions(undefined, { enabled: seesAll }));
  return seesAll
    ? (all.data ?? []).map((patch) => ({ id: patch.id, name: patch.name }))
    : (principal?.patches ?? []);
}

/** "The whole organisation" or "Huyton patch", for headings and the printed report. */
export function useScopeName(patchId: string | undefined) {
  const patches = usePatchOptions();
  if (!patchId) return 'The whole organisation';
  const name = patches.find((patch) => patch.id === patchId)?.name;
  return name ? `${name} patch` : 'One patch';
}

export function ScopePicker({
  patchId,
  onChange,
}: {
  patchId: string | undefined;
  onChange: (patchId: string | undefined) => void;
}) {
  const patches = usePatchOptions();
  return (
    <FormField label="Figures for">
      <select value={patchId ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">The whole organisation</option>
        {patches.map((patch) => (
          <option key={patch.id} value={patch.id}>
            {patch.name} patch
          </option>
        ))}
      </select>
    </FormField>
  );
}
