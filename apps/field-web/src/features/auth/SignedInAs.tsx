import { Button } from '@doorstep/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../trpc';
import { roleNames, useSession } from './useSession';

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
      <Button variant="secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        Sign out
      </Button>
    </div>
  );
}
