import { StatusMessage } from '@doorstep/ui';
import { useEffect, useRef } from 'react';

/**
 * The result of a change, where the closed form was. It takes focus, so keyboard users are
 * not left on a button that has gone and screen readers say what happened.
 */
export function Outcome({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div tabIndex={-1} ref={ref} className="dc-outcome">
      <StatusMessage kind="info">{message}</StatusMessage>
    </div>
  );
}
