import { Button, StatusMessage } from '@doorstep/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';

/**
 * Publishing puts the series on the public pages, feeds and posters. The API refuses a
 * venue that is not accessible and says which facts are missing; that is shown as it is.
 */
export function PublishControls({ id, published }: { id: string; published: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.dropIns.pathKey() });
  const publish = useMutation(trpc.dropIns.series.publish.mutationOptions({ onSuccess: refresh }));
  const unpublish = useMutation(
    trpc.dropIns.series.unpublish.mutationOptions({ onSuccess: refresh }),
  );
  const error = publish.error ?? unpublish.error;
  const busy = publish.isPending || unpublish.isPending;
  return (
    <div>
      {error ? (
        <StatusMessage kind="error">
          <p>
            {published
              ? 'The series could not be unpublished.'
              : 'The series could not be published.'}
          </p>
          <p>{error.message}</p>
        </StatusMessage>
      ) : null}
      {publish.isSuccess && published ? (
        <StatusMessage kind="info">Published: tenants can now see these sessions.</StatusMessage>
      ) : null}
      {unpublish.isSuccess && !published ? (
        <StatusMessage kind="info">
          Unpublished: tenants can no longer see these sessions.
        </StatusMessage>
      ) : null}
      {published ? (
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => {
            publish.reset();
            unpublish.mutate({ id });
          }}
        >
          Unpublish
        </Button>
      ) : (
        <Button
          disabled={busy}
          onClick={() => {
            unpublish.reset();
            publish.mutate({ id });
          }}
        >
          Publish
        </Button>
      )}
    </div>
  );
}
