import { FormField, Radios } from '@doorstep/ui';
import { monthOrdinals, type PatternForm, ruleWeekdays } from './pattern';

/**
 * How often the series meets, as everyday choices that build the recurrence rule, with the
 * raw rule for anything they cannot say ("advanced").
 */
export function PatternFields({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: PatternForm;
  onChange: (next: PatternForm) => void;
  error?: string | undefined;
}) {
  const set = <K extends keyof PatternForm>(field: K, to: PatternForm[K]) =>
    onChange({ ...value, [field]: to });
  const weekday = (
    <FormField label="Day of the week">
      <select
        id={`${id}-weekday`}
        value={value.weekday}
        onChange={(e) => set('weekday', e.target.value as PatternForm['weekday'])}
      >
        {ruleWeekdays.map((day) => (
          <option key={day.code} value={day.code}>
            {day.label}
          </option>
        ))}
      </select>
    </FormField>
  );
  return (
    <>
      <Radios
        legend="How often does it meet?"
        name={`${id}-kind`}
        firstId={id}
        value={value.kind}
        error={error}
        onChange={(kind) => set('kind', kind as PatternForm['kind'])}
        options={[
          {
            value: 'monthly',
            label: 'On one weekday of every month',
            hint: 'For example, the second Tuesday.',
          },
          {
            value: 'weekly',
            label: 'Every few weeks on one weekday',
            hint: 'For example, every 2 weeks on a Thursday.',
          },
          {
            value: 'advanced',
            label: 'Write the recurrence rule myself',
            hint: 'For anything else, as an RFC 5545 RRULE.',
          },
        ]}
      />
      {value.kind === 'monthly' ? (
        <div className="dc-inline-fields">
          <FormField label="Which one in the month">
            <select
              id={`${id}-ordinal`}
              value={value.ordinal}
              onChange={(e) => set('ordinal', e.target.value as PatternForm['ordinal'])}
            >
              {monthOrdinals.map((ordinal) => (
                <option key={ordinal.value} value={ordinal.value}>
                  {ordinal.label}
                </option>
              ))}
            </select>
          </FormField>
          {weekday}
        </div>
      ) : null}
      {value.kind === 'weekly' ? (
        <div className="dc-inline-fields">
          <FormField label="Every how many weeks">
            <input
              id={`${id}-interval`}
              type="text"
              inputMode="numeric"
              value={value.interval}
              onChange={(e) => set('interval', e.target.value)}
            />
          </FormField>
          {weekday}
        </div>
      ) : null}
      {value.kind === 'advanced' ? (
        <FormField
          label="Recurrence rule"
          hint="It must end: give UNTIL=YYYYMMDD or COUNT=number. For example: FREQ=MONTHLY;BYDAY=+1MO;UNTIL=20271231"
        >
          <input
            id={`${id}-advanced`}
            type="text"
            spellCheck={false}
            autoCapitalize="characters"
            value={value.advanced}
            onChange={(e) => set('advanced', e.target.value)}
          />
        </FormField>
      ) : (
        <>
          <Radios
            legend="When does the series end?"
            name={`${id}-ends`}
            firstId={`${id}-ends`}
            value={value.ends}
            onChange={(ends) => set('ends', ends as PatternForm['ends'])}
            options={[
              { value: 'on', label: 'On a date' },
              { value: 'after', label: 'After a number of sessions' },
            ]}
          />
          {value.ends === 'on' ? (
            <FormField label="Last possible date">
              <input
                id={`${id}-endsOn`}
                type="date"
                value={value.endsOn}
                onChange={(e) => set('endsOn', e.target.value)}
              />
            </FormField>
          ) : (
            <FormField label="Number of sessions">
              <input
                id={`${id}-count`}
                type="text"
                inputMode="numeric"
                value={value.count}
                onChange={(e) => set('count', e.target.value)}
              />
            </FormField>
          )}
        </>
      )}
    </>
  );
}
