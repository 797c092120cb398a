import { Button } from '@doorstep/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../trpc';
import { roleNames, useSession } from './useSession';

/**
 * Signing out deletes what is waiting on this phone (it may hold special-category data), so
 * the advisor is told how much first and may stay signed in until there is signal.
 */
async function confirmUnsentLost(): Promise<boolean> {
  const waiting = await import('../appointments/offline/runtime')
    .then(async ({ outbox }) => (await outbox.load()).length)
    .catch(() => 0);
  if (waiting === 0) return true;
  return window.confirm(
    `${waiting} ${waiting === 1 ? 'change has' : 'changes have'} not been sent yet. Signing out deletes ${waiting === 1 ? 'it' : 'them'} from this phone. Sign out anyway?`,
  );
}

export function SignedInAs() {
  const session = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        // Nothing kept on the phone for offline use stays for the next person (this finishes
        // on the sign-in page), nor anything in memory to find with the back button.
        void import('../appointments/offline/runtime')
          .then((offline) => offline.clearOfflineData())
          .catch(() => {});
        queryClient.clear();
        void navigate('/sign-in?signedOut=1', { replace: true });
      },
    }),
  );
  const principal = session.data;
  if (!principal) return null;
  const patches = principal.patches.map((p) => (p.covering ? `${p.name} (covering)` : p.name));
  return (
    <div className="ds-signed-in">
      <p className="ds-signed-in__who">
        Signed in as <strong>{principal.name}</strong> ({roleNames[principal.role]}
        {patches.length > 0 ? `, ${patches.join(', ')}` : ''})
      </p>
      <Button
        variant="secondary"
        onClick={async () => {
          if (await confirmUnsentLost()) signOut.mutate();
        }}
        disabled={signOut.isPending}
      >
        Sign out
      </Button>
    </div>
  );
}
