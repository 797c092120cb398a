import {
  type InterpreterKind,
  interpreterLabels,
  type StaffGender,
  type VisitAdjustment,
} from '@doorstep/domain';
import { Checkboxes, FormField, Radios, SummaryList } from '@doorstep/ui';
import { Link } from 'react-router';
import { CheckboxRow } from './CheckboxRow';
import { adjustmentLabels, interpreterOptions, words } from './labels';
import { errorFor, fieldId } from './problems';
import { RecordSection, type SectionProps, sectionErrorId } from './RecordSection';
import type { EditableAccessNeeds } from './types';

const adjustments = Object.entries(adjustmentLabels).map(([value, label]) => ({ value, label }));
const genders = [
  { value: 'none', label: 'No preference' },
  { value: 'female', label: 'A woman' },
  { value: 'male', label: 'A man' },
];
const extraTimes = [0, 15, 30, 45, 60, 90];

function summaryRows(needs: EditableAccessNeeds) {
  return [
    {
      key: 'Interpreter',
      value: needs.interpreter ? interpreterLabels[needs.interpreter] : 'None',
    },
    { key: 'Relay UK', value: needs.relayUk ? 'Yes' : 'No' },
    {
      key: 'Extra time',
      value: needs.extraTimeMinutes ? `${needs.extraTimeMinutes} minutes` : 'None',
    },
    {
      key: 'At the door',
      value: (needs.visitAdjustments ?? []).map((a) => adjustmentLabels[a]).join(', ') || 'None',
    },
    {
      key: 'Who visits',
      value: needs.preferredStaffGender ? `A ${words(needs.preferredStaffGender)}` : 'Anyone',
    },
  ];
}

/**
 * The everyday access needs a visit is arranged around (000 §2.12), read back and changed
 * only when the tenant says something is different. Vulnerability notes are never shown
 * here, on a screen in the tenant's home, and are kept as they are.
 */
export function AccessNeedsSection({
  draft,
  update,
  problems,
  customerId,
}: SectionProps & { customerId: string }) {
  const needs = draft.accessNeeds;
  const change = (patch: Partial<EditableAccessNeeds>) =>
    update({ accessNeeds: { ...needs, ...patch } });
  const error = errorFor(problems, 'accessNeeds');
  return (
    <RecordSection id="access-needs-section" title="Access needs" error={error}>
      <SummaryList rows={summaryRows(needs)} />
      <CheckboxRow
        id={fieldId('accessNeeds')}
        label="Something here has changed"
        checked={draft.accessChanged}
        onChange={(accessChanged) => update({ accessChanged })}
        describedBy={error ? sectionErrorId('access-needs-section') : undefined}
      />
      {draft.accessChanged ? (
        <div className="lw-reveal">
          <Radios
            legend="Interpreter"
            name="interpreter"
            options={interpreterOptions}
            value={needs.interpreter ?? 'none'}
            onChange={(value) =>
              change({ interpreter: value === 'none' ? null : (value as InterpreterKind) })
            }
          />
          <CheckboxRow
            id="lw-relay-uk"
            className="lw-gap"
            label="They call us through Relay UK"
            checked={needs.relayUk ?? false}
            onChange={(relayUk) => change({ relayUk })}
          />
          <FormField label="Extra time a visit needs">
            <select
              id="lw-extra-time"
              value={String(needs.extraTimeMinutes ?? 0)}
              onChange={(event) => change({ extraTimeMinutes: Number(event.target.value) })}
            >
              {[...new Set([...extraTimes, needs.extraTimeMinutes ?? 0])].map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes ? `${minutes} minutes` : 'None'}
                </option>
              ))}
            </select>
          </FormField>
          <Checkboxes
            legend="At the door"
            options={adjustments}
            value={needs.visitAdjustments ?? []}
            onChange={(value) => change({ visitAdjustments: value as VisitAdjustment[] })}
          />
          <Radios
            legend="Who they would like to visit"
            name="staffGender"
            options={genders}
            value={needs.preferredStaffGender ?? 'none'}
            onChange={(value) =>
              change({ preferredStaffGender: value === 'none' ? null : (value as StaffGender) })
            }
          />
        </div>
      ) : null}
      <p>Times they cannot do and other notes stay as they are.</p>
      <p className="lw-link">
        <Link to={`/advisor/customers/${customerId}`}>See their full customer record</Link>
      </p>
    </RecordSection>
  );
}
