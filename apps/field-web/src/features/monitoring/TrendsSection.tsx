import { type MeasureId, measureDefinitions } from '@doorstep/domain';
import { StatusMessage } from '@doorstep/ui';
import { useQueries } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { scopeInput } from './access';
import { DownloadCsv } from './DownloadCsv';
import { stockMeasures } from './format';
import { TrendChart } from './TrendChart';

/** A chart (with its table and CSV) for each measure, 52 weeks to the figures' date. */
export function TrendsSection({
  measures,
  patchId,
}: {
  measures: readonly MeasureId[];
  patchId: string | undefined;
}) {
  const trpc = useTRPC();
  const trends = useQueries({
    queries: measures.map((measure) =>
      trpc.monitoring.trend.queryOptions({ measure, ...scopeInput(patchId) }),
    ),
  });
  return (
    <div className="mon-trends">
      {measures.map((measure, index) => {
        const trend = trends[index];
        const { label, kind } = measureDefinitions[measure];
        if (!trend || trend.isPending)
          return (
            <StatusMessage key={measure} kind="loading">
              Loading the weekly figures for {label.toLowerCase()}…
            </StatusMessage>
          );
        if (trend.isError)
          return (
            <StatusMessage key={measure} kind="error">
              The weekly figures for {label.toLowerCase()} could not be loaded:{' '}
              {trend.error.message}
            </StatusMessage>
          );
        return (
          <TrendChart
            key={measure}
            label={label}
            kind={kind}
            weeks={trend.data.weeks}
            stock={stockMeasures.includes(measure)}
            download={
              <DownloadCsv
                input={{ table: 'trend', measure, ...scopeInput(patchId) }}
                what={`${label}, each week`}
              />
            }
          />
        );
      })}
    </div>
  );
}
