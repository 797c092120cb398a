import { dropInTextLimits, type VenueFact, venueFacts } from '@doorstep/domain';
import { Button, ErrorSummary, FormField } from '@doorstep/ui';
import { type FormEvent, lazy, type ReactNode, Suspense, useState } from 'react';
import { fieldError, problemsOf } from '../../appointments/useFieldErrors';
import { answerOf, type FactAnswer, factValueOf } from './Answer';
import { FactRadios } from './FactRadios';
import { type HoursForm, hoursForm, hoursInput, OpeningHoursFields } from './OpeningHoursFields';
import type { Venue, VenueInput } from './types';

const MapPicker = lazy(() => import('./MapPicker'));

export const ID = 'venue';
const FIELDS = [
  'name',
  'area',
  'addressLine1',
  'town',
  'postcode',
  'latitude',
  'longitude',
  'openingNotes',
  'facts',
  'busRoutes',
  'nearestStop',
  'openingHours',
] as const;

type TextField =
  | 'name'
  | 'area'
  | 'addressLine1'
  | 'town'
  | 'postcode'
  | 'openingNotes'
  | 'busRoutes'
  | 'nearestStop'
  | 'latitude'
  | 'longitude';
type FormState = Record<TextField, string> & {
  facts: Record<VenueFact, FactAnswer>;
  hours: HoursForm;
};

function formOf(venue: Venue | null): FormState {
  return {
    name: venue?.name ?? '',
    area: venue?.area ?? '',
    addressLine1: venue?.addressLine1 ?? '',
    town: venue?.town ?? '',
    postcode: venue?.postcode ?? '',
    latitude: venue ? String(venue.latitude) : '',
    longitude: venue ? String(venue.longitude) : '',
    openingNotes: venue?.openingNotes ?? '',
    busRoutes: venue?.busRoutes ?? '',
    nearestStop: venue?.nearestStop ?? '',
    facts: Object.fromEntries(
      venueFacts.map((fact) => [fact, answerOf(venue?.facts[fact])]),
    ) as Record<VenueFact, FactAnswer>,
    hours: hoursForm(venue?.openingHours),
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);
const coordinate = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** Latitude and longitude are checked here: an empty box would reach the API as no number. */
function positionProblems(form: FormState) {
  const problems: { text: string; href: string }[] = [];
  const lat = coordinate(form.latitude);
  const lng = coordinate(form.longitude);
  if (!Number.isFinite(lat) || lat < 49 || lat > 61) {
    problems.push({
      text: 'Enter the latitude as a number, for example 53.4232',
      href: `#${ID}-latitude`,
    });
  }
  if (!Number.isFinite(lng) || lng < -9 || lng > 2) {
    problems.push({
      text: 'Enter the longitude as a number, for example -2.8711',
      href: `#${ID}-longitude`,
    });
  }
  return problems;
}

/**
 * The venue's details, facts and hours. The same form adds and edits; what happens on
 * saving (create, or update with the version it was opened at) is the page's business.
 */
export function VenueForm({
  venue,
  areas,
  saving,
  error,
  onSave,
  submitLabel,
  before,
}: {
  venue: Venue | null;
  areas: string[];
  saving: boolean;
  error: unknown;
  onSave: (input: VenueInput) => void;
  submitLabel: string;
  /** Shown above the form, e.g. what to do when someone else saved first. */
  before?: ReactNode;
}) {
  const [form, setForm] = useState(() => formOf(venue));
  const [localProblems, setLocalProblems] = useState<{ text: string; href: string }[]>([]);
  const [showMap, setShowMap] = useState(false);
  const problems = localProblems.length > 0 ? localProblems : problemsOf(error, FIELDS, ID);
  const errorFor = (field: string) => fieldError(problems, ID, field);
  const set = (field: TextField) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const position = positionProblems(form);
    setLocalProblems(position);
    if (position.length > 0) return;
    onSave({
      name: form.name.trim(),
      area: form.area as VenueInput['area'],
      addressLine1: form.addressLine1.trim(),
      town: form.town.trim(),
      postcode: form.postcode.trim(),
      latitude: coordinate(form.latitude),
      longitude: coordinate(form.longitude),
      openingNotes: orNull(form.openingNotes),
      busRoutes: orNull(form.busRoutes),
      nearestStop: orNull(form.nearestStop),
      facts: Object.fromEntries(
        venueFacts.map((fact) => [fact, factValueOf(form.facts[fact])]),
      ) as VenueInput['facts'],
      openingHours: hoursInput(form.hours),
    });
  }

  const text = (field: TextField, label: string, maxLength: number, hint?: string) => (
    <FormField label={label} hint={hint} error={errorFor(field)}>
      <input
        id={`${ID}-${field}`}
        type="text"
        maxLength={maxLength}
        value={form[field]}
        onChange={set(field)}
      />
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary title="There is a problem" errors={problems} />
      {before}
      {text('name', 'Venue name', dropInTextLimits.venueName)}
      <FormField
        label="Area"
        hint="The area tenants choose on the public pages."
        error={errorFor('area')}
      >
        <select id={`${ID}-area`} value={form.area} onChange={set('area')}>
          <option value="">Choose an area</option>
          {areas.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </select>
      </FormField>
      {text('addressLine1', 'Address', dropInTextLimits.addressLine, 'Building and street')}
      {text('town', 'Town', dropInTextLimits.addressLine)}
      <FormField label="Postcode" error={errorFor('postcode')}>
        <input
          id={`${ID}-postcode`}
          type="text"
          autoComplete="off"
          maxLength={10}
          value={form.postcode}
          onChange={set('postcode')}
        />
      </FormField>
      <fieldset className="ds-fieldset dc-group">
        <legend className="ds-fieldset__legend ds-fieldset__legend--medium">Map position</legend>
        <div className="dc-inline-fields">
          <FormField label="Latitude" error={errorFor('latitude')}>
            <input
              id={`${ID}-latitude`}
              type="text"
              inputMode="decimal"
              value={form.latitude}
              onChange={set('latitude')}
            />
          </FormField>
          <FormField label="Longitude" error={errorFor('longitude')}>
            <input
              id={`${ID}-longitude`}
              type="text"
              inputMode="decimal"
              value={form.longitude}
              onChange={set('longitude')}
            />
          </FormField>
        </div>
        {showMap ? (
          <Suspense fallback={<p>Loading the map…</p>}>
            <MapPicker
              latitude={
                Number.isFinite(coordinate(form.latitude)) ? coordinate(form.latitude) : null
              }
              longitude={
                Number.isFinite(coordinate(form.longitude)) ? coordinate(form.longitude) : null
              }
              onPick={(latitude, longitude) =>
                setForm((f) => ({ ...f, latitude: String(latitude), longitude: String(longitude) }))
              }
            />
          </Suspense>
        ) : (
          <Button variant="secondary" onClick={() => setShowMap(true)}>
            Choose the position on a map
          </Button>
        )}
      </fieldset>
      <FormField
        label="Opening notes (optional)"
        hint="Where to go once inside, for example: community room on the ground floor."
        error={errorFor('openingNotes')}
      >
        <textarea
          id={`${ID}-openingNotes`}
          rows={3}
          maxLength={dropInTextLimits.openingNotes}
          value={form.openingNotes}
          onChange={set('openingNotes')}
        />
      </FormField>
      <FactRadios
        id={`${ID}-facts`}
        value={form.facts}
        error={errorFor('facts')}
        onChange={(fact, answer) =>
          setForm((f) => ({ ...f, facts: { ...f.facts, [fact]: answer } }))
        }
      />
      {text(
        'busRoutes',
        'Bus routes',
        dropInTextLimits.busRoutes,
        'For example: 10, 10A, 14. Write "none" if no bus stops nearby.',
      )}
      {text(
        'nearestStop',
        'Nearest bus stop',
        dropInTextLimits.nearestStop,
        'Write "none" if there is none.',
      )}
      <OpeningHoursFields
        id={`${ID}-openingHours`}
        value={form.hours}
        error={errorFor('openingHours')}
        onChange={(hours) => setForm((f) => ({ ...f, hours }))}
      />
      <Button type="submit" disabled={saving}>
        {saving ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}
