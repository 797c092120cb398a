import { type VenueOpeningHours, type Weekday, weekdays } from '@doorstep/domain';
import { Button, FormField } from '@doorstep/ui';
import { weekdayNames } from './hours';

export type HoursForm = Record<Weekday, { opens: string; closes: string }[]>;

export const hoursForm = (hours: VenueOpeningHours | null | undefined): HoursForm =>
  Object.fromEntries(weekdays.map((day) => [day, [...(hours?.[day] ?? [])]])) as HoursForm;

/** Days with no times are closed all day; half-filled times are sent so the API can say so. */
export const hoursInput = (form: HoursForm): VenueOpeningHours =>
  Object.fromEntries(
    weekdays
      .map((day) => [day, form[day].filter((span) => span.opens || span.closes)] as const)
      .filter(([, spans]) => spans.length > 0),
  );

/**
 * One fieldset per weekday: none, one or more opening spans (a library shut for lunch has
 * two). Time inputs, not free text, so nothing has to be parsed and phones offer a picker.
 */
export function OpeningHoursFields({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: HoursForm;
  onChange: (next: HoursForm) => void;
  error?: string | undefined;
}) {
  const setDay = (day: Weekday, spans: HoursForm[Weekday]) => onChange({ ...value, [day]: spans });
  return (
    <fieldset className={error ? 'ds-fieldset dc-group ds-field--error' : 'ds-fieldset dc-group'}>
      <legend className="ds-fieldset__legend ds-fieldset__legend--medium">Opening hours</legend>
      <div className="ds-field__hint">
        Sessions must fit inside these times. Leave a day empty when the venue is closed.
      </div>
      {error ? (
        <p className="ds-field__error" id={`${id}-error`}>
          <span className="ds-visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {weekdays.map((day, dayIndex) => {
        const spans = value[day];
        const name = weekdayNames[day];
        return (
          <fieldset className="ds-fieldset dc-day" key={day}>
            <legend>{name}</legend>
            {spans.length === 0 ? <p>Closed</p> : null}
            {spans.map((span, index) => {
              const change = (field: 'opens' | 'closes', time: string) =>
                setDay(
                  day,
                  spans.map((s, i) => (i === index ? { ...s, [field]: time } : s)),
                );
              const which = spans.length > 1 ? ` (${index + 1})` : '';
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: spans have no identity but their place.
                <div className="dc-span" key={index}>
                  <FormField label={`${name} opens${which}`}>
                    <input
                      id={dayIndex === 0 && index === 0 ? id : `${id}-${day}-${index}-opens`}
                      type="time"
                      value={span.opens}
                      onChange={(e) => change('opens', e.target.value)}
                    />
                  </FormField>
                  <FormField label={`${name} closes${which}`}>
                    <input
                      id={`${id}-${day}-${index}-closes`}
                      type="time"
                      value={span.closes}
                      onChange={(e) => change('closes', e.target.value)}
                    />
                  </FormField>
                  <Button
                    variant="secondary"
                    onClick={() =>
                      setDay(
                        day,
                        spans.filter((_, i) => i !== index),
                      )
                    }
                  >
                    Remove
                    <span className="ds-visually-hidden">
                      {' '}
                      {name} times{which}
                    </span>
                  </Button>
                </div>
              );
            })}
            <Button
              variant="secondary"
              id={dayIndex === 0 && spans.length === 0 ? id : undefined}
              onClick={() => setDay(day, [...spans, { opens: '', closes: '' }])}
            >
              {spans.length === 0 ? 'Add opening times' : 'Add more times'}
              <span className="ds-visually-hidden"> for {name}</span>
            </Button>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
