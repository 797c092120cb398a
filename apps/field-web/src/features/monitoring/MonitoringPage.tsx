import { type MeasureId, rateMeasures } from '@doorstep/domain';
import { StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { isForbidden, scopeInput, useMonitoringAccess } from './access';
import { Computed } from './Computed';
import { DownloadCsv } from './DownloadCsv';
import { FairnessSection } from './FairnessSection';
import { FigureCard } from './FigureCard';
import { ScopePicker } from './ScopePicker';
import {
  ChannelsTable,
  DropInAreasTable,
  DropInTopicsTable,
  SafetyTable,
  safetyMeasures,
} from './SummaryTables';
import { TrendsSection } from './TrendsSection';
import type { Summary } from './types';
import { useScope } from './useScope';
import './monitoring.css';

const channelTrends: MeasureId[] = ['bookings_by_channel', 'contacts_by_channel'];
const dropInTrends: MeasureId[] = ['drop_in_sessions', 'drop_in_attendance'];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="mon-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Dashboard({ summary, patchId }: { summary: Summary; patchId: string | undefined }) {
  const { canSeeFairness } = useMonitoringAccess();
  const measure = (id: string) => summary.measures.find((m) => m.id === id);
  const rates = summary.measures.filter((m) => m.kind === 'rate' && !safetyMeasures.includes(m.id));
  const summaryCsv = (what: string) => (
    <DownloadCsv input={{ table: 'summary', ...scopeInput(patchId) }} what={what} />
  );
  return (
    <>
      <Section id="figures-heading" title="Figures for the last 12 months">
        <ul className="mon-cards">
          {rates.map((m) => (
            <FigureCard key={m.id} measure={m} />
          ))}
        </ul>
        <div className="mon-actions">{summaryCsv('every figure for the last 12 months')}</div>
      </Section>

      <Section id="trends-heading" title="Week by week">
        <p>Each measure for the 52 weeks to the date of the figures.</p>
        <TrendsSection
          measures={rateMeasures.filter((id) => !safetyMeasures.includes(id))}
          patchId={patchId}
        />
      </Section>

      <Section id="channels-heading" title="How customers reach us">
        <ChannelsTable measure={measure} />
        <div className="mon-actions">{summaryCsv('bookings and contacts by channel')}</div>
        <TrendsSection measures={channelTrends} patchId={patchId} />
      </Section>

      <Section id="drop-ins-heading" title="Drop-in sessions">
        <DropInAreasTable measure={measure} />
        <DropInTopicsTable measure={measure} />
        <div className="mon-actions">{summaryCsv('drop-ins by area and topic')}</div>
        <TrendsSection measures={dropInTrends} patchId={patchId} />
      </Section>

      <Section id="safety-heading" title="Safety deadlines">
        <SafetyTable measure={measure} download={summaryCsv('safety deadlines')} />
        <ul className="mon-cards">
          {safetyMeasures.map((id) => {
            const m = measure(id);
            return m ? <FigureCard key={id} measure={m} /> : null;
          })}
        </ul>
        <TrendsSection
          measures={rateMeasures.filter((id) => safetyMeasures.includes(id))}
          patchId={patchId}
        />
      </Section>

      {canSeeFairness ? (
        <Section id="fairness-heading" title="Fairness across customer groups">
          <p>
            Each rate for every customer group, with a 95% interval. A group is flagged when its
            whole interval lies below the overall rate: it may be getting worse service and needs a
            closer look. Ethnicity, religion, sex and sexual orientation are counted only where the
            customer agreed to record them.
          </p>
          <FairnessSection patchId={patchId} />
        </Section>
      ) : null}
    </>
  );
}

/**
 * The managers' monitoring dashboard: figures with their definitions, week-by-week charts
 * (each also a table), channels, drop-ins, safety deadlines and, for managers, fairness
 * across customer groups.
 */
export function MonitoringPage() {
  usePageTitle('Monitoring');
  const trpc = useTRPC();
  const [patchId, setPatchId] = useScope();
  const summary = useQuery(
    trpc.monitoring.summary.queryOptions(scopeInput(patchId), { retry: false }),
  );
  return (
    <div className="mon-page">
      <h1>Monitoring</h1>
      <p className="ds-lead">
        How well we reach customers and keep our promises, and whether any group gets worse service.
      </p>
      <ScopePicker patchId={patchId} onChange={setPatchId} />
      <p>
        <Link className="mon-link" to={`/monitoring/report${patchId ? `?patch=${patchId}` : ''}`}>
          Quarterly board report
        </Link>
      </p>
      {summary.isPending ? (
        <StatusMessage kind="loading">Loading the figures…</StatusMessage>
      ) : summary.isError ? (
        <StatusMessage kind={isForbidden(summary.error) ? 'info' : 'error'}>
          {isForbidden(summary.error)
            ? 'You can see the figures for the whole organisation and for your own patches only.'
            : `The figures could not be loaded: ${summary.error.message}`}
        </StatusMessage>
      ) : (
        <>
          <Computed asOf={summary.data.asOf} computedAt={summary.data.computedAt} />
          {summary.data.computedAt ? <Dashboard summary={summary.data} patchId={patchId} /> : null}
        </>
      )}
    </div>
  );
}
