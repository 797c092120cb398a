import { contacts, formatTasks } from '@doorstep/db';
import { classifyContact, classifyFormatTask, weekStart } from '@doorstep/domain';
import { and, asc, gt, gte } from 'drizzle-orm';
import type { RunContext } from './context';
import { eachPage, PAGE_SIZE } from './paging';

/** Contacts by channel, and whether each was acknowledged within 2 working days. */
export async function tallyContacts(run: RunContext): Promise<void> {
  await eachPage(
    run.progress,
    (after) =>
      run.db
        .select({
          id: contacts.id,
          customerId: contacts.customerId,
          channel: contacts.channel,
          receivedAt: contacts.receivedAt,
          acknowledgedAt: contacts.acknowledgedAt,
        })
        .from(contacts)
        .where(
          and(
            gte(contacts.receivedAt, run.since),
            after === null ? undefined : gt(contacts.id, after),
          ),
        )
        .orderBy(asc(contacts.id))
        .limit(PAGE_SIZE),
    (rows) => {
      for (const row of rows) {
        run.progress.records += 1;
        const profile = run.profiles.of(row.customerId);
        const patchId = profile?.patchId ?? null;
        const receivedAt = row.receivedAt.toISOString();
        run.tallies.count(
          'contacts_by_channel',
          patchId,
          weekStart(receivedAt),
          'channel',
          row.channel,
        );
        const tally = classifyContact(
          { receivedAt, acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null },
          run.now,
        );
        if (tally) run.tallies.add('contact_acknowledged', patchId, tally, profile?.groups);
      }
    },
  );
}

/** Braille, audio and other formats: made and sent within their 5 working days. */
export async function tallyFormatTasks(run: RunContext): Promise<void> {
  await eachPage(
    run.progress,
    (after) =>
      run.db
        .select({
          id: formatTasks.id,
          customerId: formatTasks.customerId,
          createdAt: formatTasks.createdAt,
          dueOn: formatTasks.dueOn,
          doneAt: formatTasks.doneAt,
        })
        .from(formatTasks)
        .where(
          and(
            gte(formatTasks.createdAt, run.since),
            after === null ? undefined : gt(formatTasks.id, after),
          ),
        )
        .orderBy(asc(formatTasks.id))
        .limit(PAGE_SIZE),
    (rows) => {
      for (const row of rows) {
        run.progress.records += 1;
        const profile = run.profiles.of(row.customerId);
        const tally = classifyFormatTask(
          {
            createdAt: row.createdAt.toISOString(),
            dueOn: row.dueOn,
            doneAt: row.doneAt?.toISOString() ?? null,
          },
          run.now,
        );
        if (tally)
          run.tallies.add(
            'alternative_format_met',
            profile?.patchId ?? null,
            tally,
            profile?.groups,
          );
      }
    },
  );
}
