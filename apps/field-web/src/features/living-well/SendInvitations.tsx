import { Button } from '@doorstep/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../trpc';
import { Announcer } from './Announcer';
import { plural } from './format';

const describe = ({ sent, notYet }: { sent: number; notYet: number }) => {
  const sentText =
    sent === 0 ? 'No invitations were due today.' : `${plural(sent, 'invitation')} sent.`;
  const later =
    notYet === 0
      ? ''
      : ` ${plural(notYet, 'more meeting')} will be sent ${notYet === 1 ? 'its invitation' : 'theirs'} later, so that the notice arrives in time.`;
  return `${sentText}${later}`;
};

/**
 * Sends the invitations whose moment has come: each tenant's notice must arrive in their
 * format in time, so some go out weeks before the meeting and some days before.
 */
export function SendInvitations({ patchId }: { patchId: string }) {
  const livingWell = useTRPC().livingWell;
  const queryClient = useQueryClient();
  const [result, setResult] = useState<string | null>(null);
  const send = useMutation(
    livingWell.sendInvitations.mutationOptions({
      onSuccess: async (counts) => {
        setResult(describe(counts));
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: livingWell.planView.queryKey({ patchId }) }),
          queryClient.invalidateQueries({ queryKey: livingWell.callOrKnock.queryKey({ patchId }) }),
        ]);
      },
    }),
  );
  return (
    <section className="lw-panel" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      <p>
        Each tenant is invited in time for the notice to reach them in their format, with a booking
        link that offers the planned time first.
      </p>
      <Button
        variant="secondary"
        aria-disabled={send.isPending || undefined}
        onClick={() => {
          if (send.isPending) return;
          setResult(null);
          send.mutate({ patchId });
        }}
      >
        {send.isPending ? 'Sending…' : 'Send invitations due today'}
      </Button>
      <Announcer message={result} />
      {send.error ? (
        <p className="ds-field__error" role="alert">
          {send.error.message}
        </p>
      ) : null}
    </section>
  );
}
