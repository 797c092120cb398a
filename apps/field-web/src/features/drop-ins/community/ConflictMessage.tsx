import { Button } from '@doorstep/ui';
import { useEffect, useRef } from 'react';

/**
 * Someone saved first. The message takes focus, as an error summary does, so a person at the
 * foot of a long form hears it and can reload without losing their place in the page.
 */
export function ConflictMessage({ what, onReload }: { what: string; onReload: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="ds-error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>Someone else changed this {what}</h2>
      <p>
        They saved their changes after you opened it, so yours have not been saved. Reload it to see
        what they changed, then make your changes again.
      </p>
      <Button variant="secondary" onClick={onReload}>
        Reload the {what}
      </Button>
    </div>
  );
}
