import { dropInSeries } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { interestedNames } from './drop-in-helpers';
import { contextAs, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;

describe.each(testDrivers())('public drop-in procedures on %s', (kind) => {
  let database: TestDatabase;
  let anonymous: Caller;
  let rentId: string;
  let draftId: string;

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    anonymous = createCaller(await contextAs(database, null));
    const rows = await database.db.select().from(dropInSeries);
    rentId = rows.find((s) => s.title === 'Rent and money advice drop-in')?.id ?? '';
    draftId = rows.find((s) => !s.published)?.id ?? '';
  });
  afterAll(() => database?.close());

  it('lists the next three months of published sessions, soonest first, for anyone', async () => {
    const { areas, sessions } = await anonymous.dropIns.public.list();
    expect(areas).toContainEqual({ slug: 'stockbridge-village', name: 'Stockbridge Village' });
    expect(areas).toHaveLength(6);
    expect(sessions.length).toBeGreaterThan(20);
    expect(sessions.every((s) => s.date >= '2026-11-23' && s.date <= '2027-02-23')).toBe(true);
    expect(sessions.map((s) => s.startsAt)).toEqual(sessions.map((s) => s.startsAt).sort());
    expect(sessions.some((s) => s.seriesId === draftId)).toBe(false);
    const cancelled = sessions.find(
      (s) => s.seriesId === rentId && s.originalDate === '2026-12-08',
    );
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      reason: 'The library is closed for staff training that morning.',
      venue: { name: 'Page Moss Library', areaSlug: 'huyton' },
    });
    const moved = sessions.find(
      (s) => s.title === 'Repairs surgery' && s.originalDate === '2026-12-02',
    );
    expect(moved).toMatchObject({ status: 'moved', date: '2026-12-03' });
    expect(cancelled?.venue.facts).toContain('hearingLoop');
  });

  it('filters by area, dates and accessibility needs', async () => {
    const kirkby = await anonymous.dropIns.public.list({ area: 'kirkby' });
    expect(kirkby.sessions.length).toBeGreaterThan(0);
    expect(kirkby.sessions.every((s) => s.venue.area === 'Kirkby')).toBe(true);

    const loop = await anonymous.dropIns.public.list({ needs: ['hearingLoop', 'quietRoom'] });
    expect(loop.sessions.length).toBeGreaterThan(0);
    for (const session of loop.sessions) {
      expect(session.venue.facts).toEqual(expect.arrayContaining(['hearingLoop', 'quietRoom']));
    }
    // Northwood has no hearing loop and Whiston Town Hall neither.
    expect(loop.sessions.some((s) => s.venue.name === 'Northwood Community Centre')).toBe(false);

    const january = await anonymous.dropIns.public.list({ from: '2027-01-01', to: '2027-01-31' });
    expect(january.sessions.every((s) => s.date.startsWith('2027-01'))).toBe(true);
    const year = await anonymous.dropIns.public.list({ from: '2026-12-01', to: '2027-11-30' });
    expect(year.sessions.length).toBeGreaterThan(january.sessions.length * 10);

    await expect(
      anonymous.dropIns.public.list({ from: '2026-12-01', to: '2028-01-01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/12 months/) });
    await expect(
      anonymous.dropIns.public.list({ area: 'atlantis' as 'kirkby' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      anonymous.dropIns.public.list({ needs: ['lift' as 'quietRoom'] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('shows one session with the series description, and nothing for a draft or a made-up date', async () => {
    const session = await anonymous.dropIns.public.session({
      seriesId: rentId,
      originalDate: '2027-01-12',
    });
    expect(session).toMatchObject({ title: 'Rent and money advice drop-in', status: 'scheduled' });
    expect(session.description).toMatch(/second Tuesday/i);
    const hidden = await anonymous.dropIns.series.list().catch((error: { code: string }) => error);
    expect(hidden).toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(
      anonymous.dropIns.public.session({ seriesId: draftId, originalDate: '2026-12-11' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      anonymous.dropIns.public.session({ seriesId: rentId, originalDate: '2027-01-13' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a month of an area’s sessions for a poster', async () => {
    const poster = await anonymous.dropIns.public.poster({ area: 'huyton', month: '2026-12' });
    expect(poster.area).toEqual({ slug: 'huyton', name: 'Huyton' });
    // The rent drop-in (cancelled, still shown) and the moved repairs surgery; the fourth
    // Monday is 28 December, a bank holiday, so that session is skipped and not shown.
    expect(poster.sessions.map((s) => s.status).sort()).toEqual(['cancelled', 'moved']);
    expect(poster.sessions.every((s) => s.date.startsWith('2026-12'))).toBe(true);
    expect(poster.sessions.every((s) => s.venue.area === 'Huyton')).toBe(true);
    await expect(
      anonymous.dropIns.public.poster({ area: 'huyton', month: '2026-13' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/YYYY-MM/) });
  });

  it('says where map tiles come from', async () => {
    expect(await anonymous.dropIns.public.config()).toEqual({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
    });
  });

  it('never shows who said they would come', async () => {
    const names = await interestedNames(database);
    const everything = JSON.stringify([
      await anonymous.dropIns.public.list({ from: '2026-11-23', to: '2027-11-22' }),
      await anonymous.dropIns.public.session({ seriesId: rentId, originalDate: '2026-12-08' }),
    ]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(everything).not.toContain(name);
    expect(everything).not.toMatch(/customerId/);
    const [series] = await database.db
      .select()
      .from(dropInSeries)
      .where(eq(dropInSeries.id, rentId));
    expect(series?.published).toBe(true);
  });
});
