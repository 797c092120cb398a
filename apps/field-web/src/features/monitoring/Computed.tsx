import { Button } from '@doorstep/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { useMonitoringAccess } from './access';
import { count, describeInstant, longDay } from './format';

/**
 * When the figures were computed (they are worked out once a day, not on each visit) and, for
 * managers, "Recompute now" for figures that include today's records.
 */
export function Computed({ asOf, computedAt }: { asOf: string; computedAt: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { canRefresh } = useMonitoringAccess();
  const refresh = useMutation(
    trpc.monitoring.refresh.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.monitoring.pathKey() }),
    }),
  );
  return (
    <div className="mon-computed">
      <p>
        {computedAt
          ? `Figures to ${longDay(asOf)}, computed ${describeInstant(computedAt)}.`
          : 'No figures have been computed yet.'}{' '}
        They are worked out every morning at 05:00.
      </p>
      {canRefresh ? (
        <div className="mon-actions">
          <Button variant="secondary" onClick={() => refresh.mutate()} disabled={refresh.isPending}>
            {refresh.isPending ? 'Recomputing…' : 'Recompute now'}
          </Button>
          <span role="status">
            {refresh.isSuccess
              ? `Recomputed from ${count(refresh.data.records)} records.`
              : refresh.isError
                ? `The figures could not be recomputed: ${refresh.error.message}`
                : ''}
          </span>
        </div>
      ) : null}
    </div>
  );
}
