import type { Database } from '@doorstep/db';
import type { Progress } from './paging';
import type { Profiles } from './profiles';
import type { RunTallies } from './tallies';

/** What every source loader of one run shares. */
export interface RunContext {
  db: Database;
  asOf: string;
  /** The run's clock, as an ISO instant, for "still inside its time" rules. */
  now: string;
  /** Records older than this cannot fall in the 52 weeks: a day's margin for London time. */
  since: Date;
  tallies: RunTallies;
  profiles: Profiles;
  progress: Progress;
}
