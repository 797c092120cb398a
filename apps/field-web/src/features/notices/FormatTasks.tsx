import { Button, StatusMessage } from '@doorstep/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/**
 * Braille and audio go to the alternative-format supplier; each stays on this list until
 * someone records that it has reached the customer (due in 5 working days, 000 §2.15).
 */
export function FormatTasks() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tasks = useQuery(trpc.notices.formatTasks.queryOptions());
  const complete = useMutation(
    trpc.notices.completeFormatTask.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.notices.formatTasks.queryKey() }),
    }),
  );
  if (tasks.isPending) return <StatusMessage kind="loading">Loading supplier tasks…</StatusMessage>;
  if (tasks.isError) return <StatusMessage kind="error">{tasks.error.message}</StatusMessage>;
  return (
    <section aria-labelledby="format-tasks-heading">
      <h2 id="format-tasks-heading">With the alternative-format supplier</h2>
      {tasks.data.length === 0 ? (
        <p>No braille or audio is waiting.</p>
      ) : (
        <ul className="ds-task-list">
          {tasks.data.map((task) => (
            <li key={task.id} className="ds-card">
              <p>
                <strong>{task.customerName}</strong>: {task.format} ({task.language}), due by{' '}
                {dateFormat.format(new Date(`${task.dueOn}T12:00:00Z`))}
              </p>
              <Button
                variant="secondary"
                disabled={complete.isPending}
                onClick={() => complete.mutate({ id: task.id })}
              >
                Mark as sent to {task.customerName}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
