import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { customers, dropInInterest, dropInSeries, notices } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createDelivery } from '../src/services/notices/deliver';
import {
  type DropInChange,
  defaultCatalogue,
  type NoticeFacts,
  renderNotice,
  templateLanguages,
} from '../src/services/notices/templates';
import { TEST_LINK_SECRET } from '../src/trpc/context';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, customersInPatch, seededTestDatabase } from './helpers';

const LINK =
  'https://doorstep.example.org/drop-ins/sessions/0b6f3c4e-3f0a-4c1e-9a55-6f1f2a3b4c5d/2027-01-12';
const changes: DropInChange[] = ['cancelled', 'reinstated', 'moved', 'venue'];

function facts(language: string, change: DropInChange, session = 'Rent and money advice drop-in') {
  return {
    kind: 'drop_in_change',
    language,
    recipientName: 'Ada Lovelace',
    purpose: '',
    start: change === 'moved' ? '2027-01-13T14:00:00Z' : '2027-01-12T10:00:00Z',
    end: change === 'moved' ? '2027-01-13T16:00:00Z' : '2027-01-12T12:00:00Z',
    link: LINK,
    dropIn: {
      change,
      session,
      venue: 'Page Moss Library',
      address: 'Stockbridge Lane, Huyton L36 3SA',
      originalStart: '2027-01-12T10:00:00Z',
      reason: 'The library is closed for repairs.',
    },
  } satisfies NoticeFacts;
}

describe('drop-in change notices: every change in every language', () => {
  const cases = templateLanguages.flatMap((language) =>
    changes.map((change) => ({ language, change })),
  );

  it.each(cases)(
    '$change in $language renders fully and its text fits in 3 segments',
    ({ language, change }) => {
      const rendered = renderNotice(facts(language, change));
      expect(rendered).toMatchObject({ language, fellBackToEnglish: false });
      expect(rendered.needsTranslatorReview).toBe(language !== 'en');
      for (const part of [rendered.subject, rendered.text, rendered.html, rendered.sms]) {
        expect(part).not.toMatch(/\{\{|\}\}/);
      }
      expect(rendered.text).toContain('Rent and money advice drop-in');
      expect(rendered.text).toContain(LINK);
      expect(rendered.text).toContain('The library is closed for repairs.');
      expect(rendered.text).toContain('0800 000 0000');
      expect(rendered.sms).toContain(LINK);
      expect(rendered.smsSegments).toBeLessThanOrEqual(3);
      if (change === 'venue' || change === 'reinstated') {
        expect(rendered.text).toContain('Page Moss Library');
      }
      // Nothing about home visits: no photo ID, no booking link.
      expect(rendered.text).not.toMatch(/photo ID/);
      expect(rendered.letter.facts.map((f) => f.label)).toContain(
        defaultCatalogue[language]?.common?.labelSessionLink,
      );
    },
  );

  it('says plainly in English what happened', () => {
    const cancelled = renderNotice(facts('en', 'cancelled'));
    expect(cancelled.subject).toMatch(
      /^Change to your drop-in session on Tuesday,? 12 January 2027/,
    );
    expect(cancelled.text).toMatch(
      /You told us you would come to the drop-in session "Rent and money advice drop-in" on Tuesday,? 12 January 2027 at 10:00\. It is cancelled\./,
    );
    expect(cancelled.text).toContain('The reason: The library is closed for repairs.');
    const moved = renderNotice(facts('en', 'moved'));
    expect(moved.text).toMatch(/It has moved to Wednesday,? 13 January 2027 at 14:00\./);
  });

  it('keeps a hostile session title inert', () => {
    const rendered = renderNotice(
      facts('ar', 'cancelled', 'Drop-in\r\nBcc: x@y <script>alert(1)</script> \u202Eevil'),
    );
    expect(rendered.html).not.toContain('<script');
    expect(rendered.html).toContain('&lt;script&gt;');
    expect(rendered.subject).not.toMatch(/[\r\n]/);
    expect(rendered.text.split('\n')).not.toContain('Bcc: x@y');
    expect(rendered.text).not.toMatch(/\u202E/);
  });
});

describe.each(testDrivers())('drop-in change notices through the outbox on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await seededTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it('emails an interested tenant about a cancellation in their language, with the session page', async () => {
    const community = createCallerFactory(appRouter)(
      await contextAs(database, 'community@doorstep.example'),
    );
    const [series] = await database.db
      .select()
      .from(dropInSeries)
      .where(eq(dropInSeries.title, 'Halewood Saturday drop-in'));
    const [customerId] = await customersInPatch(database, 'Huyton');
    await database.db
      .update(customers)
      .set({
        preferredChannel: 'email',
        preferredFormat: 'standard',
        preferredLanguage: 'pl',
        email: 'tenant@example.org',
      })
      .where(eq(customers.id, customerId ?? ''));
    await database.db.insert(dropInInterest).values({
      seriesId: series?.id ?? '',
      originalDate: '2027-01-02',
      customerId: customerId ?? '',
    });

    const result = await community.dropIns.occurrences.cancel({
      seriesId: series?.id ?? '',
      originalDate: '2027-01-02',
      reason: 'Sala jest zamknięta.',
    });
    expect(result).toMatchObject({ notified: 1, unreachable: 0 });
    const [notice] = await database.db
      .select()
      .from(notices)
      .where(and(eq(notices.customerId, customerId ?? ''), eq(notices.kind, 'drop_in_change')));
    expect(notice).toMatchObject({ channel: 'email', format: 'standard', language: 'pl' });
    // Due before the session starts: 10:00 London on Saturday 2 January 2027.
    expect(notice?.sendBy?.toISOString()).toBe('2027-01-02T10:00:00.000Z');

    // Staff see what it will say before it goes.
    const manager = createCallerFactory(appRouter)(
      await contextAs(database, 'manager@doorstep.example'),
    );
    const preview = await manager.notices.preview({ noticeId: notice?.id ?? '' });
    expect(preview).toMatchObject({ language: 'pl', fellBackToEnglish: false });
    expect(preview.email.text).toContain('Halewood Saturday drop-in');

    const outboxDir = mkdtempSync(path.join(tmpdir(), 'doorstep-drop-in-outbox-'));
    const deliver = createDelivery({
      db: database.db,
      links: { publicUrl: 'https://doorstep.example.org', secret: TEST_LINK_SECRET },
      outboxDir,
    });
    if (!notice) throw new Error('no notice queued');
    expect(await deliver(notice)).toBeUndefined();
    const [file] = readdirSync(outboxDir);
    const email = readFileSync(path.join(outboxDir, file ?? ''), 'utf8');
    expect(email).toContain('To: tenant@example.org');
    expect(email).toContain('Subject: Zmiana dotycząca spotkania otwartego');
    expect(email).toContain('Spotkanie zostało odwołane.');
    expect(email).toContain('Powód: Sala jest zamknięta.');
    expect(email).toContain(
      `https://doorstep.example.org/drop-ins/sessions/${series?.id}/2027-01-02`,
    );
  });
});
