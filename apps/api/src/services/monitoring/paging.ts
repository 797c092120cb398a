/** Rows read per query: enough to keep round trips few, small enough to keep memory flat. */
export const PAGE_SIZE = 10_000;

/** Counts records as they are read and stops the work when the server is stopping. */
export class Progress {
  records = 0;
  constructor(private readonly signal?: AbortSignal) {}

  check(): void {
    this.signal?.throwIfAborted();
  }
}

/** The id to read after, or null when the page was the last. */
export const nextAfter = <T extends { id: string }>(rows: readonly T[]): string | null =>
  rows.length < PAGE_SIZE ? null : (rows.at(-1)?.id ?? null);
