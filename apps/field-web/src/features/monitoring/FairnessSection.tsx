import { fairnessMeasures, measureDefinitions } from '@doorstep/domain';
import { StatusMessage } from '@doorstep/ui';
import { useQueries } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { isForbidden, scopeInput } from './access';
import { DownloadCsv } from './DownloadCsv';
import { FairnessTable } from './FairnessTable';

/** One table per rate measure split by customer group; managers and administrators only. */
export function FairnessSection({ patchId }: { patchId: string | undefined }) {
  const trpc = useTRPC();
  const tables = useQueries({
    queries: fairnessMeasures.map((measure) =>
      trpc.monitoring.fairness.queryOptions({ measure, ...scopeInput(patchId) }, { retry: false }),
    ),
  });
  // The API is the judge: if it refuses, say so once rather than six times.
  if (tables.some((table) => isForbidden(table.error))) {
    return (
      <StatusMessage kind="info">
        Only managers and administrators can see how figures differ between customer groups.
      </StatusMessage>
    );
  }
  return (
    <>
      {fairnessMeasures.map((measure, index) => {
        const table = tables[index];
        const label = measureDefinitions[measure].label;
        if (!table || table.isPending)
          return (
            <StatusMessage key={measure} kind="loading">
              Loading {label.toLowerCase()} by group…
            </StatusMessage>
          );
        if (table.isError)
          return (
            <StatusMessage key={measure} kind="error">
              {label} by group could not be loaded: {table.error.message}
            </StatusMessage>
          );
        return (
          <FairnessTable
            key={measure}
            label={label}
            fairness={table.data}
            download={
              <DownloadCsv
                input={{ table: 'fairness', measure, ...scopeInput(patchId) }}
                what={`${label} by customer group`}
              />
            }
          />
        );
      })}
    </>
  );
}
