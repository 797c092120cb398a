import { Button, FormField } from '@doorstep/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../trpc';
import { fieldError, problemsOf } from '../appointments/useFieldErrors';
import type { PlanView } from './types';

const ID = 'replan';

/** A whole number within bounds, or null: the API would refuse anything else anyway. */
function wholeNumber(text: string, min: number, max: number) {
  if (!/^\d{1,2}$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** A small whole number, typed: a phone shows its number pad. */
function WholeNumberField(props: {
  field: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormField label={props.label} hint={props.hint} error={props.error}>
      <input
        id={`${ID}-${props.field}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={2}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FormField>
  );
}

/** Weeks from the first to the last day of a plan, for the form's starting value. */
function weeksOf(plan: PlanView | undefined) {
  if (!plan) return 13;
  const days = (Date.parse(plan.to) - Date.parse(plan.from)) / 86_400_000 + 1;
  return Math.min(26, Math.max(1, Math.round(days / 7)));
}

/**
 * Re-plans the patch: locked days and booked visits stay, everything else is placed afresh.
 * Planning runs on the server's worker and can take a while, so the button says so while it
 * works (and stays focusable: a disabled button would drop keyboard focus).
 */
export function ReplanForm({
  patchId,
  plan,
  onPlanning,
  onPlanned,
}: {
  patchId: string;
  plan: PlanView | undefined;
  /** Told when planning starts, and when it stops without a plan (the form says why). */
  onPlanning: (busy: boolean) => void;
  onPlanned: (plan: PlanView) => void;
}) {
  const livingWell = useTRPC().livingWell;
  const [weeks, setWeeks] = useState(() => String(weeksOf(plan)));
  const [cap, setCap] = useState(() => String(plan?.dailyCap ?? 5));
  const [local, setLocal] = useState<{ text: string; href: string }[]>([]);
  const replan = useMutation(
    livingWell.plan.mutationOptions({ onSuccess: onPlanned, onError: () => onPlanning(false) }),
  );
  const problems =
    local.length > 0 ? local : problemsOf(replan.error, ['horizonWeeks', 'dailyCap'], ID);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (replan.isPending) return;
    const horizonWeeks = wholeNumber(weeks, 1, 26);
    const dailyCap = wholeNumber(cap, 0, 10);
    const found = [
      horizonWeeks === null
        ? { text: 'Enter a number of weeks from 1 to 26', href: `#${ID}-horizonWeeks` }
        : null,
      dailyCap === null
        ? { text: 'Enter the most meetings in a day, from 0 to 10', href: `#${ID}-dailyCap` }
        : null,
    ].filter((problem) => problem !== null);
    setLocal(found);
    if (horizonWeeks === null || dailyCap === null) {
      document.getElementById(found[0]?.href.slice(1) ?? '')?.focus();
      return;
    }
    onPlanning(true);
    replan.mutate({ patchId, horizonWeeks, dailyCap });
  }

  const unfielded = problems.filter((problem) => !('href' in problem && problem.href));
  return (
    <form className="lw-panel" onSubmit={submit} noValidate aria-labelledby={`${ID}-heading`}>
      <h2 id={`${ID}-heading`}>Re-plan</h2>
      <p>Locked days and meetings tenants have booked stay as they are.</p>
      <div className="lw-inline-fields">
        <WholeNumberField
          field="horizonWeeks"
          label="Weeks ahead"
          hint="1 to 26"
          error={fieldError(problems, ID, 'horizonWeeks')}
          value={weeks}
          onChange={setWeeks}
        />
        <WholeNumberField
          field="dailyCap"
          label="Most meetings in a day"
          hint="0 to 10"
          error={fieldError(problems, ID, 'dailyCap')}
          value={cap}
          onChange={setCap}
        />
      </div>
      {unfielded.map((problem) => (
        <p key={problem.text} className="ds-field__error" role="alert">
          {problem.text}
        </p>
      ))}
      <Button type="submit" aria-disabled={replan.isPending || undefined}>
        {replan.isPending ? 'Re-planning…' : 'Re-plan'}
      </Button>
    </form>
  );
}
