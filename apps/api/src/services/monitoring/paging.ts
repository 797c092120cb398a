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

/**
 * Reads a table a page at a time in id order (keyset: each page starts after the last id
 * seen, so a page costs the same at the end of the table as at the start).
 */
export async function eachPage<T extends { id: string }>(
  progress: Progress,
  read: (after: string | null) => Promise<T[]>,
  handle: (rows: T[]) => void,
): Promise<void> {
  let after: string | null = null;
  do {
    progress.check();
    const rows = await read(after);
    handle(rows);
    after = nextAfter(rows);
  } while (after !== null);
}
