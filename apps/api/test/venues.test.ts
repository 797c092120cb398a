import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { venueFacts } from '@doorstep/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;

const unchecked = Object.fromEntries(venueFacts.map((fact) => [fact, null])) as Record<
  (typeof venueFacts)[number],
  null
>;

const newVenue = {
  name: 'Bluebell Lane Community Hub',
  area: 'Huyton' as const,
  addressLine1: '2 Bluebell Lane',
  town: 'Huyton',
  postcode: 'l36 4jt',
  latitude: 53.405,
  longitude: -2.85,
  openingNotes: '  Ring the bell at the side door.  ',
  busRoutes: '',
  nearestStop: null,
  facts: unchecked,
  openingHours: { tuesday: [{ opens: '09:00', closes: '15:00' }] },
};

describe.each(testDrivers())('venues on %s', (kind) => {
  let database: TestDatabase;
  let community: Caller;
  let advisor: Caller;
  let manager: Caller;

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    community = createCaller(await contextAs(database, 'community@doorstep.example'));
    advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example'));
    manager = createCaller(await contextAs(database, 'manager@doorstep.example'));
  });
  afterAll(() => database?.close());

  it('lists the seeded venues, each with an area, opening hours and what stops it being published', async () => {
    const venues = await advisor.venues.list();
    expect(venues).toHaveLength(8);
    for (const venue of venues) {
      expect(venue.area).toMatch(/^(Halewood|Huyton|Kirkby|Prescot|Stockbridge Village|Whiston)$/);
      expect(Object.keys(venue.openingHours).length).toBeGreaterThan(0);
    }
    const museum = venues.find((v) => v.name === 'Prescot Museum Community Room');
    expect(museum?.problems.join(' ')).toMatch(/step-free/i);
    expect(venues.find((v) => v.name === 'Page Moss Library')?.problems).toEqual([]);
  });

  it('lets the community team create a venue, cleaning the text it is given', async () => {
    const { id } = await community.venues.create(newVenue);
    const venue = await advisor.venues.byId({ id });
    expect(venue).toMatchObject({
      name: 'Bluebell Lane Community Hub',
      postcode: 'L36 4JT',
      openingNotes: 'Ring the bell at the side door.',
      busRoutes: null,
      version: 1,
      closures: [],
    });
    expect(venue.facts.hearingLoop).toBeNull();
    // Nothing checked yet: every fact, and the buses, are listed as missing.
    expect(venue.problems.length).toBeGreaterThanOrEqual(3);
    const history = await advisor.venues.history({ id });
    expect(history).toHaveLength(1);
    expect(history[0]?.changes.map((c) => c.field)).toContain('hearingLoop');
    await expect(community.venues.create(newVenue)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'There is already a venue with that name.',
    });
  });

  it('keeps every edit with who made it, and refuses an edit made from a stale version', async () => {
    const { id } = await community.venues.create({ ...newVenue, name: 'Edit History Hall' });
    const first = await community.venues.update({
      id,
      version: 1,
      facts: { hearingLoop: true, stepFreeEntrance: true },
      busRoutes: '10, 10A',
    });
    expect(first).toEqual({ id, version: 2 });
    // A manager who opened version 1 before that save must reload rather than overwrite it.
    await expect(
      manager.venues.update({ id, version: 1, facts: { hearingLoop: false } }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Reload/) });
    await manager.venues.update({ id, version: 2, nearestStop: 'Bluebell Lane shops' });
    // Saving what is already there writes no revision.
    expect(await community.venues.update({ id, version: 3, busRoutes: '10, 10A' })).toEqual({
      id,
      version: 3,
    });

    const history = await advisor.venues.history({ id });
    expect(history.map((h) => h.version)).toEqual([3, 2, 1]);
    expect(history[1]).toMatchObject({
      changedBy: expect.any(String),
      changes: expect.arrayContaining([
        { field: 'hearingLoop', from: null, to: true },
        { field: 'busRoutes', from: null, to: '10, 10A' },
      ]),
    });
    expect(history[0]?.changes).toEqual([
      { field: 'nearestStop', from: null, to: 'Bluebell Lane shops' },
    ]);
    const venue = await advisor.venues.byId({ id });
    expect(venue.facts).toMatchObject({ hearingLoop: true, stepFreeEntrance: true });
  });

  it('refuses an edit that would leave a venue with published sessions failing the policy', async () => {
    const library = (await advisor.venues.list()).find((v) => v.name === 'Page Moss Library');
    const id = library?.id ?? '';
    const version = library?.version ?? 1;
    await expect(
      community.venues.update({ id, version, facts: { stepFreeEntrance: false } }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(
        /^Page Moss Library has published drop-in sessions \(.+\), so it must stay publishable, but after this change no step-free entrance, which every drop-in venue needs\. Unpublish those series first/,
      ),
    });
    const after = await advisor.venues.byId({ id });
    expect(after.version).toBe(version);
    expect(after.facts.stepFreeEntrance).toBe(true);
  });

  it('records and removes closures', async () => {
    const [library] = (await advisor.venues.list()).filter((v) => v.name === 'Huyton Library');
    const venueId = library?.id ?? '';
    await community.venues.addClosure({ venueId, date: '2027-01-05', reason: 'New carpets' });
    await expect(
      community.venues.addClosure({ venueId, date: '2027-01-05', reason: 'Again' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await advisor.venues.byId({ id: venueId })).closures).toEqual([
      { date: '2027-01-05', reason: 'New carpets' },
    ]);
    expect(await community.venues.removeClosure({ venueId, date: '2027-01-05' })).toEqual({
      removed: true,
    });
    expect(await community.venues.removeClosure({ venueId, date: '2027-01-05' })).toEqual({
      removed: false,
    });
  });

  it('lets the community team edit venues and an advisor only read them', async () => {
    const [venue] = await advisor.venues.list();
    const id = venue?.id ?? '';
    await expect(
      advisor.venues.create({ ...newVenue, name: 'Advisor Hall' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      advisor.venues.update({ id, version: venue?.version ?? 1, openingNotes: 'x' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      advisor.venues.addClosure({ venueId: id, date: '2027-02-01', reason: 'Works' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const edited = await community.venues.update({
      id,
      version: venue?.version ?? 1,
      openingNotes: 'Use the main entrance.',
    });
    expect(edited.version).toBe((venue?.version ?? 1) + 1);
  });

  it('refuses bad input in plain words', async () => {
    const bad = async (input: unknown) =>
      community.venues.create(input as typeof newVenue).catch((error: { message: string }) => {
        expect(error).toMatchObject({ code: 'BAD_REQUEST' });
        return error.message;
      });
    expect(await bad({ ...newVenue, name: '   ' })).toMatch(/Give the venue name/);
    expect(await bad({ ...newVenue, name: 'x'.repeat(81) })).toMatch(/80 characters/);
    expect(await bad({ ...newVenue, area: 'Liverpool' })).toMatch(/Choose one of the areas/);
    expect(await bad({ ...newVenue, postcode: '12345' })).toMatch(/UK postcode/);
    expect(await bad({ ...newVenue, latitude: 40 })).toMatch(/in the UK/);
    expect(await bad({ ...newVenue, facts: { ...unchecked, lift: true } })).toMatch(/lift/);
    expect(
      await bad({ ...newVenue, openingHours: { tuesday: [{ opens: '15:00', closes: '09:00' }] } }),
    ).toMatch(/close after it opens/);
    expect(
      await bad({ ...newVenue, openingHours: { funday: [{ opens: '09:00', closes: '15:00' }] } }),
    ).toMatch(/funday/);
    expect(await bad({ ...newVenue, surprise: 1 })).toMatch(/surprise/);
    await expect(
      community.venues.byId({ id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'There is no venue with that id.' });
  });
});
