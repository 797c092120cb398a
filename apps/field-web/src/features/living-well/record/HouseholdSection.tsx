import { Button, FormField } from '@doorstep/ui';
import { useEffect, useRef, useState } from 'react';
import { type HouseholdRow, newHouseholdRow } from './draft';
import { errorFor, fieldId } from './problems';
import { RecordSection, type SectionProps, sectionErrorId } from './RecordSection';

const ADD_ID = 'lw-household-add';
// The first person's name is where an error about the household as a whole takes you.
const nameId = (key: number, index: number) =>
  index === 0 ? fieldId('household') : `lw-household-${key}-name`;

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

/**
 * Who else lives there, one row per person. Adding moves focus to the new person's name;
 * removing moves it to "Add a person" and says how many are left, so keyboard and screen
 * reader users never lose their place.
 */
export function HouseholdSection({ draft, update, problems }: SectionProps) {
  const rows = draft.household;
  const [announcement, setAnnouncement] = useState('');
  const focusTarget = useRef<string | null>(null);
  const error = errorFor(problems, 'household');

  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of rows is the trigger.
  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target) document.getElementById(target)?.focus();
  }, [rows]);

  const change = (key: number, patch: Partial<HouseholdRow>) =>
    update({ household: rows.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
  function add() {
    const row = newHouseholdRow();
    focusTarget.current = nameId(row.key, rows.length);
    update({ household: [...rows, row] });
    setAnnouncement(`Person ${rows.length + 1} added.`);
  }
  function remove(key: number, index: number) {
    focusTarget.current = rows.length === 1 ? fieldId('household') : ADD_ID;
    update({ household: rows.filter((row) => row.key !== key) });
    setAnnouncement(`Person ${index + 1} removed. ${people(rows.length - 1)} listed.`);
  }

  return (
    <RecordSection id="household-section" title="Household" error={error}>
      <p>Everyone else who lives in the home. Check each person with the tenant.</p>
      {rows.length === 0 ? <p>Nobody else is listed.</p> : null}
      {rows.map((row, index) => {
        const prefix = `lw-household-${row.key}`;
        const birthError = errorFor(problems, `household-${row.key}-birthYear`);
        return (
          <fieldset className="ds-fieldset lw-person" key={row.key}>
            <legend className="ds-fieldset__legend ds-fieldset__legend--medium">
              Person {index + 1}
            </legend>
            <FormField label="Name">
              <input
                id={nameId(row.key, index)}
                name={`${prefix}-name`}
                type="text"
                autoComplete="off"
                value={row.name}
                onChange={(event) => change(row.key, { name: event.target.value })}
                aria-describedby={error ? sectionErrorId('household-section') : undefined}
              />
            </FormField>
            <FormField label="Relationship to the tenant" hint="For example partner, son, lodger">
              <input
                id={`${prefix}-relationship`}
                name={`${prefix}-relationship`}
                type="text"
                autoComplete="off"
                value={row.relationship}
                onChange={(event) => change(row.key, { relationship: event.target.value })}
              />
            </FormField>
            <FormField label="Year of birth (optional)" hint="For example 1984" error={birthError}>
              <input
                id={fieldId(`household-${row.key}-birthYear`)}
                name={`${prefix}-birthYear`}
                className="lw-input--year"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
                value={row.birthYear}
                onChange={(event) => change(row.key, { birthYear: event.target.value })}
              />
            </FormField>
            <Button variant="secondary" onClick={() => remove(row.key, index)}>
              Remove person {index + 1}
            </Button>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        id={rows.length === 0 ? fieldId('household') : ADD_ID}
        onClick={add}
      >
        Add a person
      </Button>
      <p className="ds-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </RecordSection>
  );
}
