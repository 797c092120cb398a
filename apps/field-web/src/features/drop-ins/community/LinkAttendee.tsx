import { dropInTextLimits } from '@doorstep/domain';
import { FormField, Radios } from '@doorstep/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../trpc';
import { fieldError, problemsOf } from '../../appointments/useFieldErrors';
import { FindCustomer, useCustomerSearch } from './FindCustomer';
import { longDate } from './format';
import { PanelForm } from './PanelForm';

type FollowUp = 'task' | 'invitation';

/**
 * Someone at a session wants more help: find their customer record (by name and postcode, or
 * tenancy reference) and either give their advisor a task or send them an invitation to book
 * a visit.
 */
export function LinkAttendee({
  seriesId,
  originalDate,
  onDone,
  onClose,
}: {
  seriesId: string;
  originalDate: string;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const id = `link-${originalDate}`;
  const search = useCustomerSearch();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const [note, setNote] = useState('');
  const link = useMutation(
    trpc.dropIns.occurrences.linkAttendee.mutationOptions({
      onSuccess: (result) =>
        onDone(
          result.followUp === 'task'
            ? `Linked to the session on ${longDate(originalDate)}. A task has been given to ${result.ownerName ?? 'the advisors’ team (their patch has no advisor)'}.`
            : `Linked to the session on ${longDate(originalDate)}. An invitation to book a visit will be sent to them in their own format.${result.link ? ` Link: ${result.link}` : ''}`,
        ),
    }),
  );
  // The API's "Customer id must be a UUID" means nobody was chosen: say what to do instead.
  // It links to the search, which is always there; the message itself is shown on the people
  // found when there are some, else on the search.
  const problems = problemsOf(link.error, ['customerId', 'followUp', 'note'], id).map(
    (problem: { text: string; href?: string }) =>
      problem.href === `#${id}-customerId`
        ? {
            text: 'Choose who it is: find them by name and postcode, or tenancy reference',
            href: `#${id}-query`,
          }
        : problem,
  );
  function submit() {
    link.mutate({
      seriesId,
      originalDate,
      customerId: customerId ?? '',
      followUp: followUp ?? ('' as FollowUp),
      note,
    });
  }

  return (
    <PanelForm
      id={id}
      heading={`Link someone who came on ${longDate(originalDate)}`}
      problems={problems}
      onSubmit={submit}
      submitLabel="Link them"
      busy={link.isPending}
      onClose={onClose}
    >
      <FindCustomer
        id={id}
        search={search}
        chosen={customerId}
        onChoose={setCustomerId}
        error={fieldError(problems, id, 'query')}
      />
      <Radios
        legend="What should happen next?"
        name={`${id}-followUp`}
        firstId={`${id}-followUp`}
        value={followUp}
        error={fieldError(problems, id, 'followUp')}
        onChange={(value) => setFollowUp(value as FollowUp)}
        options={[
          { value: 'task', label: 'A task for their Housing Advisor' },
          { value: 'invitation', label: 'Invite them to book a visit' },
        ]}
      />
      <FormField label="What they need help with" error={fieldError(problems, id, 'note')}>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={dropInTextLimits.notes}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </FormField>
    </PanelForm>
  );
}
