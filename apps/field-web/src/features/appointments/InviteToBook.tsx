import { Button, ErrorSummary, FormField, StatusMessage } from '@doorstep/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../trpc';
import { fieldError, problemsOf } from './useFieldErrors';
import { type VisitType, VisitTypeSelect } from './VisitTypeSelect';
import { describeTime } from './visitTypes';

const FIELDS = ['type', 'purpose', 'windowStartsOn', 'windowEndsOn'] as const;
const ID = 'invite';

/** A personal link the customer chooses a time through; it goes to them in their own format. */
export function InviteToBook({ customerId }: { customerId: string }) {
  const trpc = useTRPC();
  const [form, setForm] = useState({ type: '', purpose: '', windowStartsOn: '', windowEndsOn: '' });
  const [times, setTimes] = useState<('morning' | 'afternoon')[]>([]);
  const invite = useMutation(trpc.invitations.create.mutationOptions());
  const problems = problemsOf(invite.error, FIELDS, ID);

  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate({
      customerId,
      ...form,
      type: form.type as VisitType,
    });
  }
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite them to choose a time</h2>
      {invite.data ? (
        <StatusMessage kind="info">
          <p>
            Invitation created. It will be sent to them in their own format and language. The link
            works until {describeTime(invite.data.expiresAt)}.
          </p>
          <p>
            Link: <code className="ds-break">{invite.data.link}</code>
          </p>
        </StatusMessage>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary title="There is a problem" errors={problems} />
          <FormField label="Type of visit" error={fieldError(problems, ID, 'type')}>
            <VisitTypeSelect
              id={`${ID}-type`}
              value={form.type as VisitType | ''}
              onChange={(type) => setForm((f) => ({ ...f, type }))}
            />
          </FormField>
          <FormField
            label="Purpose, in plain words"
            hint="The customer reads this. For example: look at the leak under the kitchen sink."
            error={fieldError(problems, ID, 'purpose')}
          >
            <textarea
              id={`${ID}-purpose`}
              rows={3}
              maxLength={300}
              value={form.purpose}
              onChange={set('purpose')}
            />
          </FormField>
          <FormField
            label="First day they can choose"
            error={fieldError(problems, ID, 'windowStartsOn')}
          >
            <input
              id={`${ID}-windowStartsOn`}
              type="date"
              value={form.windowStartsOn}
              onChange={set('windowStartsOn')}
            />
          </FormField>
          <FormField
            label="Last day they can choose"
            error={fieldError(problems, ID, 'windowEndsOn')}
          >
            <input
              id={`${ID}-windowEndsOn`}
              type="date"
              value={form.windowEndsOn}
              onChange={set('windowEndsOn')}
            />
          </FormField>
          <fieldset className="ds-fieldset">
            <legend className="ds-fieldset__legend">What times suit them? (optional)</legend>
            <div className="ds-field__hint">
              They will see these first; no other time is hidden.
            </div>
            {(['morning', 'afternoon'] as const).map((time) => (
              <div className="ds-checkbox" key={time}>
                <input
                  id={`${ID}-${time}`}
                  type="checkbox"
                  checked={times.includes(time)}
                  onChange={(e) =>
                    setTimes((current) =>
                      e.target.checked ? [...current, time] : current.filter((t) => t !== time),
                    )
                  }
                />
                <label htmlFor={`${ID}-${time}`}>
                  {time === 'morning' ? 'Mornings' : 'Afternoons'}
                </label>
              </div>
            ))}
          </fieldset>
          <Button type="submit" disabled={invite.isPending}>
            Create the invitation
          </Button>
        </form>
      )}
    </section>
  );
}
