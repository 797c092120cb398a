/**
 * A status region that is on the page from the start, so that what is put in it later (a
 * meeting moved, a day locked) is read out: a region added together with its text often is
 * not. It stays visible too, for anyone who missed the change.
 */
export function Announcer({ message }: { message: string | null }) {
  return <div role="status">{message ? <p className="ds-status">{message}</p> : null}</div>;
}
