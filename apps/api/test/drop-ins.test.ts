import { customers, dropInFollowUps, dropInInterest, invitations, notices } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { seededIds } from './drop-in-helpers';
import { contextAs, customersInPatch, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;

/** The seed's series (see packages/db/src/seed/drop-ins.ts), as of its day, 23 November 2026. */
const RENT = 'Rent and money advice drop-in'; // second Tuesday, Page Moss Library; 8 Dec cancelled
const REPAIRS = 'Repairs surgery'; // first Wednesday, Huyton Library; 2 Dec moved to 3 Dec

describe.each(testDrivers())('drop-in series and occurrences on %s', (kind) => {
  let database: TestDatabase;
  let community: Caller;
  let advisor: Caller;
  let otherAdvisor: Caller;
  let manager: Caller;
  let anonymous: Caller;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    community = createCaller(await contextAs(database, 'community@doorstep.example'));
    advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example'));
    otherAdvisor = createCaller(await contextAs(database, 'advisor.kirkby@doorstep.example'));
    manager = createCaller(await contextAs(database, 'manager@doorstep.example'));
    anonymous = createCaller(await contextAs(database, null));
    const seeded = await seededIds(database);
    ids.rent = seeded.series(RENT);
    ids.repairs = seeded.series(REPAIRS);
    ids.pageMoss = seeded.venue('Page Moss Library');
    ids.huytonLibrary = seeded.venue('Huyton Library');
    ids.museum = seeded.venue('Prescot Museum Community Room');
    ids.whiston = seeded.venue('Whiston Town Hall');
  });
  afterAll(() => database?.close());

  it('lists series with a plain-English description and the next date that is really on', async () => {
    const list = await advisor.dropIns.series.list();
    expect(list).toHaveLength(11);
    expect(list.filter((s) => s.published)).toHaveLength(10);
    const rent = list.find((s) => s.id === ids.rent);
    expect(rent).toMatchObject({
      venueName: 'Page Moss Library',
      area: 'Huyton',
      endsOn: '2027-12-14',
      // 8 December is cancelled, so the next is January's.
      nextDate: '2027-01-12',
    });
    expect(rent?.description).toMatch(/second Tuesday of every month/i);
    expect(rent?.description).toMatch(/10:00/);
  });

  it('shows a series with its next 12 sessions, changes marked, and its attendance trend', async () => {
    const series = await advisor.dropIns.series.byId({ id: ids.repairs ?? '' });
    expect(series.upcoming).toHaveLength(12);
    expect(series.upcoming[0]).toMatchObject({
      originalDate: '2026-12-02',
      date: '2026-12-03',
      status: 'moved',
      changeCount: 1,
      venueName: 'Huyton Library',
      title: REPAIRS,
    });
    expect(series.attendance.points.length).toBeGreaterThanOrEqual(5);
    expect(series.attendance.points.every((p) => p.date < '2026-11-23')).toBe(true);
    expect(series.sequence).toBe(0);
  });

  it('previews a first-Monday series around the May bank holidays before it is saved', async () => {
    const preview = await community.dropIns.series.preview({
      rrule: 'FREQ=MONTHLY;BYDAY=+1MO;UNTIL=20271231',
      startsOn: '2026-12-01',
      startTime: '10:00',
      endTime: '12:00',
      venueId: ids.huytonLibrary ?? '',
      clashRule: 'next_working_day',
    });
    // December to December: 13 in the busiest 365 days.
    expect(preview.perYear).toBe(13);
    expect(preview.endsOn).toBe('2027-12-06');
    expect(preview.occurrences).toHaveLength(12);
    const may = preview.occurrences.find((o) => o.originalDate === '2027-05-03');
    expect(may).toMatchObject({
      date: '2027-05-04',
      status: 'moved',
      clash: { kind: 'bank_holiday' },
      venueName: 'Huyton Library',
    });
  });

  it('refuses schedules that cannot work, saying why', async () => {
    const base = {
      startsOn: '2026-12-01',
      startTime: '10:00',
      endTime: '12:00',
      venueId: ids.pageMoss ?? '',
      clashRule: 'skip' as const,
    };
    const refusal = (rrule: string, overrides: Partial<typeof base> = {}) =>
      community.dropIns.series
        .preview({ ...base, ...overrides, rrule })
        .then(() => 'accepted')
        .catch((error: { code: string; message: string }) => `${error.code}: ${error.message}`);
    expect(await refusal('FREQ=MONTHLY;BYDAY=+2TU')).toMatch(/^BAD_REQUEST: .*(forever|end)/i);
    expect(await refusal('FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2;COUNT=3')).toMatch(/^BAD_REQUEST/);
    expect(await refusal('FREQ=HOURLY;COUNT=1000')).toMatch(/^BAD_REQUEST: .*400/);
    expect(await refusal('NOT A RULE')).toMatch(/^BAD_REQUEST/);
    expect(
      await refusal('FREQ=MONTHLY;BYDAY=+2TU;COUNT=6', { startTime: '18:00', endTime: '19:30' }),
    ).toMatch(/^BAD_REQUEST: .*Tuesday/);
  });

  it('lets the community team create, edit and publish a series; publishing needs an accessible venue', async () => {
    const fields = {
      title: 'Whiston evening drop-in',
      team: 'Communities Team',
      topics: ['rent', 'repairs'] as ('rent' | 'repairs')[],
      rrule: 'FREQ=MONTHLY;BYDAY=+1TH;UNTIL=20271231',
      startsOn: '2026-12-01',
      startTime: '14:00',
      endTime: '16:00',
      venueId: ids.whiston ?? '',
      clashRule: 'skip' as const,
    };
    const { id } = await community.dropIns.series.create(fields);
    expect((await advisor.dropIns.series.byId({ id })).published).toBe(false);
    await community.dropIns.series.update({ id, title: 'Whiston afternoon drop-in' });
    const updated = await advisor.dropIns.series.byId({ id });
    expect(updated).toMatchObject({ title: 'Whiston afternoon drop-in', sequence: 1 });
    expect(await community.dropIns.series.publish({ id })).toEqual({ id, published: true });

    const { id: prescot } = await manager.dropIns.series.create({
      ...fields,
      title: 'Prescot Friday drop-in',
      rrule: 'FREQ=MONTHLY;BYDAY=+1FR;UNTIL=20271231',
      startTime: '11:00',
      endTime: '13:00',
      venueId: ids.museum ?? '',
    });
    await expect(community.dropIns.series.publish({ id: prescot })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/Prescot Museum Community Room cannot be published: .*step/i),
    });
    // A published series cannot be moved to a venue that could not be published.
    await expect(
      community.dropIns.series.update({
        id,
        venueId: ids.museum ?? '',
        startTime: '11:00',
        endTime: '13:00',
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('lets an advisor read series but not change them', async () => {
    await expect(
      advisor.dropIns.series.create({
        title: 'Advisor drop-in',
        team: 'Housing Advisors',
        topics: ['rent'],
        rrule: 'FREQ=MONTHLY;BYDAY=+1TH;COUNT=3',
        startsOn: '2026-12-01',
        startTime: '10:00',
        endTime: '12:00',
        venueId: ids.pageMoss ?? '',
        clashRule: 'skip',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      advisor.dropIns.series.update({ id: ids.rent ?? '', title: 'Mine now' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      advisor.dropIns.occurrences.cancel({
        seriesId: ids.rent ?? '',
        originalDate: '2027-02-09',
        reason: 'I would rather not',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(advisor.dropIns.series.publish({ id: ids.rent ?? '' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(anonymous.dropIns.series.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('cancels an occurrence and queues a notice to each interested tenant who can be reached', async () => {
    const interested = await database.db
      .select({ customerId: dropInInterest.customerId })
      .from(dropInInterest)
      .where(
        and(
          eq(dropInInterest.seriesId, ids.rent ?? ''),
          eq(dropInInterest.originalDate, '2027-01-12'),
        ),
      )
      .orderBy(asc(dropInInterest.customerId));
    expect(interested.length).toBe(3);
    // One has asked for email but we hold no address for them.
    await database.db
      .update(customers)
      .set({ preferredChannel: 'email', preferredFormat: 'standard', email: null })
      .where(eq(customers.id, interested[0]?.customerId ?? ''));

    const result = await community.dropIns.occurrences.cancel({
      seriesId: ids.rent ?? '',
      originalDate: '2027-01-12',
      reason: '  The library is closed for repairs.  ',
    });
    expect(result).toMatchObject({
      notified: 2,
      unreachable: 1,
      occurrence: {
        status: 'cancelled',
        changeCount: 1,
        reason: 'The library is closed for repairs.',
      },
    });
    const queued = await database.db
      .select()
      .from(notices)
      .where(and(eq(notices.kind, 'drop_in_change'), eq(notices.dropInDate, '2027-01-12')));
    const own = queued.filter((n) => n.representativeId === null);
    expect(own.map((n) => n.customerId).sort()).toEqual(
      interested.slice(1).map((i) => i.customerId),
    );
    expect(own.every((n) => n.dropInSeriesId === ids.rent && n.status === 'pending')).toBe(true);

    await expect(
      community.dropIns.occurrences.cancel({
        seriesId: ids.rent ?? '',
        originalDate: '2027-01-12',
        reason: 'Again',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const back = await community.dropIns.occurrences.reinstate({
      seriesId: ids.rent ?? '',
      originalDate: '2027-01-12',
      reason: 'The repairs are finished early.',
    });
    expect(back.occurrence).toMatchObject({ status: 'scheduled', changeCount: 2 });
    expect(back.notified).toBe(2);
    // Changes made at the same clock time still apply in the order they were made.
    const again = await community.dropIns.occurrences.cancel({
      seriesId: ids.rent ?? '',
      originalDate: '2027-01-12',
      reason: 'The repairs were not finished after all.',
    });
    expect(again.occurrence).toMatchObject({ status: 'cancelled', changeCount: 3 });
  });

  it('moves an occurrence only to a time the venue is open and not closed', async () => {
    const move = (date: string, startTime: string, endTime: string) =>
      community.dropIns.occurrences.move({
        seriesId: ids.rent ?? '',
        originalDate: '2027-02-09',
        date,
        startTime,
        endTime,
        reason: 'The room is needed for a council meeting.',
      });
    await expect(move('2027-02-10', '18:00', '19:00')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/Page Moss Library/),
    });
    await expect(move('2026-11-01', '10:00', '12:00')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await community.venues.addClosure({
      venueId: ids.pageMoss ?? '',
      date: '2027-02-11',
      reason: 'Electrical testing',
    });
    await expect(move('2027-02-11', '10:00', '12:00')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/closed on 2027-02-11 \(Electrical testing\)/),
    });
    const moved = await move('2027-02-10', '14:00', '16:00');
    expect(moved.occurrence).toMatchObject({
      originalDate: '2027-02-09',
      date: '2027-02-10',
      startTime: '14:00',
      startsAt: '2027-02-10T14:00:00Z',
      status: 'moved',
      changeCount: 1,
    });
  });

  it('changes an occurrence’s venue, refusing one that could not be published', async () => {
    const change = (venue: string) =>
      community.dropIns.occurrences.changeVenue({
        seriesId: ids.rent ?? '',
        originalDate: '2027-03-09',
        venueId: venue,
        reason: 'Page Moss Library is being decorated.',
      });
    await expect(change(ids.museum ?? '')).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    await expect(change(ids.pageMoss ?? '')).rejects.toMatchObject({ code: 'CONFLICT' });
    const changed = await change(ids.huytonLibrary ?? '');
    expect(changed.occurrence).toMatchObject({
      venueId: ids.huytonLibrary,
      venueName: 'Huyton Library',
      date: '2027-03-09',
    });
  });

  it('lists occurrences in a range with the attendance recorded for each', async () => {
    const list = await advisor.dropIns.occurrences.list({ from: '2026-10-01', to: '2026-12-31' });
    // The seed records attendance for its published series; the Prescot draft has never run.
    const past = list.filter(
      (o) => o.date < '2026-11-23' && o.status !== 'skipped' && o.title !== 'Prescot drop-in',
    );
    expect(past.length).toBeGreaterThan(10);
    expect(past.every((o) => o.attendance !== null)).toBe(true);
    const future = list.filter((o) => o.date > '2026-11-23');
    expect(future.every((o) => o.attendance === null)).toBe(true);
    expect(list.map((o) => o.startsAt)).toEqual(list.map((o) => o.startsAt).sort());
    await expect(
      advisor.dropIns.occurrences.list({ from: '2026-01-01', to: '2027-12-31' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      advisor.dropIns.occurrences.list({ from: '2026-12-31', to: '2026-01-01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('lets an advisor record attendance for a session that has happened, replacing earlier figures', async () => {
    const key = { seriesId: ids.rent ?? '', originalDate: '2026-11-10' };
    const first = await advisor.dropIns.occurrences.recordAttendance({
      ...key,
      count: 12,
      topics: ['rent', 'money_advice'],
      notes: 'Busy: several people asked about the rent increase.',
    });
    expect(first).toMatchObject({ ...key, count: 12 });
    await community.dropIns.occurrences.recordAttendance({ ...key, count: 14, topics: ['rent'] });
    const list = await advisor.dropIns.occurrences.list({
      from: '2026-11-10',
      to: '2026-11-10',
      seriesId: key.seriesId,
    });
    expect(list[0]?.attendance).toBe(14);
    await expect(
      advisor.dropIns.occurrences.recordAttendance({
        seriesId: key.seriesId,
        originalDate: '2027-04-13',
        count: 3,
        topics: [],
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await expect(
      advisor.dropIns.occurrences.recordAttendance({ ...key, count: -1, topics: [] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      advisor.dropIns.occurrences.recordAttendance({
        ...key,
        count: 3,
        topics: ['gossip' as 'rent'],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('records interest and links an attendee to a task for their advisor or a booking invitation', async () => {
    const [huytonCustomer] = await customersInPatch(database, 'Huyton');
    const [kirkbyCustomer] = await customersInPatch(database, 'Kirkby');
    const key = { seriesId: ids.rent ?? '', originalDate: '2026-11-10' };
    const upcoming = { seriesId: ids.rent ?? '', originalDate: '2027-04-13' };

    expect(
      await advisor.dropIns.occurrences.addInterest({
        ...upcoming,
        customerId: huytonCustomer ?? '',
      }),
    ).toEqual({ added: true });
    expect(
      await advisor.dropIns.occurrences.addInterest({
        ...upcoming,
        customerId: huytonCustomer ?? '',
      }),
    ).toEqual({ added: false });
    await expect(
      otherAdvisor.dropIns.occurrences.addInterest({
        ...upcoming,
        customerId: huytonCustomer ?? '',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const task = await advisor.dropIns.occurrences.linkAttendee({
      ...key,
      customerId: huytonCustomer ?? '',
      followUp: 'task',
      note: 'Asked for help with a damp bedroom wall.',
    });
    expect(task).toMatchObject({ followUp: 'task', invitationId: null, link: null });
    expect(task.ownerName).toEqual(expect.any(String));

    const invited = await community.dropIns.occurrences.linkAttendee({
      ...key,
      customerId: kirkbyCustomer ?? '',
      followUp: 'invitation',
      note: 'A tenancy visit to talk through the rent arrears plan.',
    });
    expect(invited.link).toMatch(/\/b\/[A-Za-z0-9_-]{43}$/);
    const [invitation] = await database.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, invited.invitationId ?? ''));
    expect(invitation).toMatchObject({
      customerId: kirkbyCustomer,
      type: 'tenancy_visit',
      purpose: 'A tenancy visit to talk through the rent arrears plan.',
    });
    const [invitationNotice] = await database.db
      .select()
      .from(notices)
      .where(eq(notices.invitationId, invited.invitationId ?? ''));
    expect(invitationNotice?.kind).toBe('invitation');
    const followUps = await database.db
      .select()
      .from(dropInFollowUps)
      .where(eq(dropInFollowUps.seriesId, key.seriesId));
    expect(followUps).toHaveLength(2);

    await expect(
      otherAdvisor.dropIns.occurrences.linkAttendee({
        ...key,
        customerId: huytonCustomer ?? '',
        followUp: 'task',
        note: 'Not my patch, but I tried.',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      advisor.dropIns.occurrences.linkAttendee({
        ...key,
        customerId: huytonCustomer ?? '',
        followUp: 'invitation',
        note: 'x'.repeat(400),
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/300/) });
  });

  it('refuses bad input with the field named', async () => {
    const refused = (call: Promise<unknown>) =>
      call.then(
        () => 'accepted',
        (error: { code: string; message: string }) => `${error.code}: ${error.message}`,
      );
    const key = { seriesId: ids.rent ?? '', originalDate: '2027-05-11' };
    expect(await refused(community.dropIns.occurrences.cancel({ ...key, reason: '' }))).toMatch(
      /BAD_REQUEST: .*Give the reason/s,
    );
    expect(
      await refused(community.dropIns.occurrences.cancel({ ...key, reason: 'x'.repeat(201) })),
    ).toMatch(/200 characters/);
    expect(
      await refused(
        community.dropIns.occurrences.cancel({ ...key, originalDate: '11/05/2027', reason: 'x' }),
      ),
    ).toMatch(/YYYY-MM-DD/);
    expect(
      await refused(
        community.dropIns.occurrences.cancel({ ...key, reason: 'x', extra: 1 } as typeof key & {
          reason: string;
        }),
      ),
    ).toMatch(/extra/);
    expect(
      await refused(
        community.dropIns.occurrences.move({
          ...key,
          date: '2027-05-12',
          startTime: '25:00',
          endTime: '26:00',
          reason: 'Late start',
        }),
      ),
    ).toMatch(/HH:MM/);
    expect(
      await refused(
        community.dropIns.occurrences.cancel({ ...key, originalDate: '2027-05-12', reason: 'x' }),
      ),
    ).toMatch(/NOT_FOUND: .*no session on 2027-05-12/);
    expect(
      await refused(
        community.dropIns.series.create({
          title: 'T'.repeat(81),
          team: 'Communities Team',
          topics: ['rent', 'rent'],
          rrule: 'FREQ=MONTHLY;BYDAY=+1TH;COUNT=3',
          startsOn: '2026-12-01',
          startTime: '10:00',
          endTime: '12:00',
          venueId: ids.pageMoss ?? '',
          clashRule: 'skip',
        }),
      ),
    ).toMatch(/80 characters[\s\S]*List each topic once|List each topic once[\s\S]*80 characters/);
  });
});
