import { type ClashRule, clashRules, dropInTextLimits, dropInTopics } from '@doorstep/domain';
import { Button, Checkboxes, ErrorSummary, FormField, Radios } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTRPC } from '../../../trpc';
import { fieldError, problemsOf } from '../../appointments/useFieldErrors';
import { clashRuleLabels, topicLabel } from './labels';
import { PatternFields } from './PatternFields';
import { buildRule, emptyPattern, type PatternForm, parseRule } from './pattern';
import { SchedulePreview } from './SchedulePreview';
import type { PreviewInput, Series, SeriesInput } from './types';

const ID = 'series';
const FIELDS = [
  'title',
  'team',
  'topics',
  'venueId',
  'rrule',
  'startsOn',
  'startTime',
  'endTime',
  'clashRule',
] as const;

interface FormState {
  title: string;
  team: string;
  topics: string[];
  venueId: string;
  pattern: PatternForm;
  startsOn: string;
  startTime: string;
  endTime: string;
  clashRule: ClashRule | null;
}

const formOf = (series: Series | null): FormState => ({
  title: series?.title ?? '',
  team: series?.team ?? 'Communities Team',
  topics: series ? [...series.topics] : [],
  venueId: series?.venueId ?? '',
  pattern: series ? parseRule(series.rrule) : emptyPattern,
  startsOn: series?.startsOn ?? '',
  startTime: series?.startTime ?? '',
  endTime: series?.endTime ?? '',
  clashRule: series?.clashRule ?? null,
});

function previewOf(form: FormState, seriesId: string | undefined): PreviewInput | null {
  const rrule = buildRule(form.pattern);
  if (!rrule || !form.venueId || !form.startsOn || !form.startTime || !form.endTime) return null;
  if (!form.clashRule) return null;
  return {
    rrule,
    venueId: form.venueId,
    startsOn: form.startsOn,
    startTime: form.startTime,
    endTime: form.endTime,
    clashRule: form.clashRule,
    ...(seriesId ? { seriesId } : {}),
  };
}

/** A series' details and schedule, with a live preview of the dates it gives. */
export function SeriesForm({
  series,
  saving,
  error,
  onSave,
  submitLabel,
}: {
  series: Series | null;
  saving: boolean;
  error: unknown;
  onSave: (input: SeriesInput) => void;
  submitLabel: string;
}) {
  const trpc = useTRPC();
  const venues = useQuery(trpc.venues.list.queryOptions());
  const [form, setForm] = useState(() => formOf(series));
  const problems = problemsOf(error, FIELDS, ID);
  const errorFor = (field: string) => fieldError(problems, ID, field);
  const set =
    (field: 'title' | 'team' | 'venueId' | 'startsOn' | 'startTime' | 'endTime') =>
    (e: { target: { value: string } }) =>
      setForm((f) => ({ ...f, [field]: e.target.value }));
  const preview = useMemo(() => previewOf(form, series?.id), [form, series?.id]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({
      title: form.title.trim(),
      team: form.team.trim(),
      topics: form.topics as SeriesInput['topics'],
      venueId: form.venueId,
      rrule: buildRule(form.pattern),
      startsOn: form.startsOn,
      startTime: form.startTime,
      endTime: form.endTime,
      clashRule: form.clashRule ?? ('' as ClashRule),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary title="There is a problem" errors={problems} />
      <FormField
        label="Title"
        hint="Tenants see this, for example: Housing drop-in."
        error={errorFor('title')}
      >
        <input
          id={`${ID}-title`}
          type="text"
          maxLength={dropInTextLimits.title}
          value={form.title}
          onChange={set('title')}
        />
      </FormField>
      <FormField label="Team running it" error={errorFor('team')}>
        <input
          id={`${ID}-team`}
          type="text"
          maxLength={dropInTextLimits.team}
          value={form.team}
          onChange={set('team')}
        />
      </FormField>
      <Checkboxes
        legend="Topics tenants can come to talk about"
        firstId={`${ID}-topics`}
        error={errorFor('topics')}
        value={form.topics}
        onChange={(topics) => setForm((f) => ({ ...f, topics }))}
        options={dropInTopics.map((topic) => ({ value: topic, label: topicLabel(topic) }))}
      />
      <FormField
        label="Venue"
        hint="A series can only be published at a venue whose accessibility has been checked."
        error={errorFor('venueId')}
      >
        <select id={`${ID}-venueId`} value={form.venueId} onChange={set('venueId')}>
          <option value="">Choose a venue</option>
          {(venues.data ?? []).map((venue) => (
            <option key={venue.id} value={venue.id}>
              {venue.name}, {venue.area}
              {venue.problems.length > 0 ? ' (cannot be published yet)' : ''}
            </option>
          ))}
        </select>
      </FormField>
      <h2>When it meets</h2>
      <PatternFields
        id={`${ID}-rrule`}
        value={form.pattern}
        error={errorFor('rrule')}
        onChange={(pattern) => setForm((f) => ({ ...f, pattern }))}
      />
      <FormField
        label="First date"
        hint="The series starts on or after this date."
        error={errorFor('startsOn')}
      >
        <input id={`${ID}-startsOn`} type="date" value={form.startsOn} onChange={set('startsOn')} />
      </FormField>
      <div className="dc-inline-fields">
        <FormField label="Starts at" error={errorFor('startTime')}>
          <input
            id={`${ID}-startTime`}
            type="time"
            value={form.startTime}
            onChange={set('startTime')}
          />
        </FormField>
        <FormField label="Ends at" error={errorFor('endTime')}>
          <input id={`${ID}-endTime`} type="time" value={form.endTime} onChange={set('endTime')} />
        </FormField>
      </div>
      <Radios
        legend="When a date falls on a bank holiday or the venue is closed"
        name={`${ID}-clashRule`}
        firstId={`${ID}-clashRule`}
        value={form.clashRule}
        error={errorFor('clashRule')}
        onChange={(rule) => setForm((f) => ({ ...f, clashRule: rule as ClashRule }))}
        options={clashRules.map((rule) => ({ value: rule, label: clashRuleLabels[rule] }))}
      />
      <SchedulePreview input={preview} />
      <Button type="submit" disabled={saving}>
        {saving ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}
