import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, loadConfig, type Server } from '@doorstep/api';
import {
  appointments,
  createDatabase,
  customers,
  type DatabaseHandle,
  homes,
  livingWellMeetings,
  patches,
  staff,
  tenancies,
  visitOutcomesTable,
} from '@doorstep/db';
import { endOfLondonDay, londonDate, startOfLondonDay } from '@doorstep/domain';
import { and, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { untilFiguresComputed } from './monitoring-ready';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support';

const chromiumPath = inject('chromiumPath');
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

const ADVISOR = 'advisor.huyton@doorstep.example';
const PASSWORD = 'doorstep-demo';
/** The figure: 20 outcomes recorded with no signal, each applied once. */
const OFFLINE_OUTCOMES = 20;

/**
 * A server and database of this file's own (the demo data, as the suite's shared server has),
 * so the test can give the advisor a full day and then count what reached the database.
 */
let server: Server;
let database: DatabaseHandle;
let baseUrl: string;
let advisorId: string;

const today = () => londonDate(new Date());

/** The advisor's visits today still waiting for an outcome. */
async function openVisitsToday() {
  const { db } = database;
  const rows = await db
    .select({ id: appointments.id, status: appointments.status })
    .from(appointments)
    .leftJoin(visitOutcomesTable, eq(visitOutcomesTable.appointmentId, appointments.id))
    .where(
      and(
        eq(appointments.staffId, advisorId),
        gte(appointments.startsAt, new Date(startOfLondonDay(today()).epochMilliseconds)),
        lt(appointments.startsAt, new Date(endOfLondonDay(today()).epochMilliseconds)),
      ),
    );
  return rows.filter((row) => row.status === 'booked');
}

/**
 * The demo day has about eight visits: more are booked for the advisor today, short ones in
 * the gaps, to other customers of theirs, the way the office books them.
 */
async function fillTheDay(wanted: number) {
  const { db } = database;
  const start = new Date(startOfLondonDay(today()).epochMilliseconds);
  const end = new Date(endOfLondonDay(today()).epochMilliseconds);
  const taken = await db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.staffId, advisorId),
        gte(appointments.startsAt, start),
        lt(appointments.startsAt, end),
      ),
    );
  const template = taken[0];
  if (!template) throw new Error('The demo data has no visits today for the Huyton advisor');
  const missing = wanted - (await openVisitsToday()).length;
  const rows: (typeof appointments.$inferInsert)[] = [];
  for (let at = start.getTime(); rows.length < missing && at < end.getTime(); at += 20 * 60_000) {
    const [from, to] = [at, at + 15 * 60_000];
    const clash = taken.some((a) => a.startsAt.getTime() < to && a.endsAt.getTime() > from);
    if (clash) continue;
    const model = taken[rows.length % taken.length] ?? template;
    rows.push({
      type: 'tenancy_visit',
      customerId: model.customerId,
      homeId: model.homeId,
      staffId: advisorId,
      startsAt: new Date(from),
      endsAt: new Date(to),
      bookedVia: 'staff',
      purpose: 'A tenancy visit: checking how things are going in your home.',
      reference: `DS-OFF${String(rows.length).padStart(3, '0')}`,
    });
  }
  if (rows.length > 0) await db.insert(appointments).values(rows);
}

async function outcomesFor(appointmentIds: string[]) {
  return database.db
    .select()
    .from(visitOutcomesTable)
    .where(inArray(visitOutcomesTable.appointmentId, appointmentIds));
}

/** What the offline store holds, read in the page: by default the days kept. */
const keptDays = (page: Page, store: 'days' | 'recordForms' = 'days') =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('doorstep-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve(0);
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
    store,
  );

/**
 * A Living Well visit booked for the advisor late today (after the day filled above), with a
 * tenant of their patch who has none booked today: the office booking one more.
 */
async function bookLivingWellToday() {
  const { db } = database;
  const start = new Date(startOfLondonDay(today()).epochMilliseconds);
  const end = new Date(endOfLondonDay(today()).epochMilliseconds);
  const booked = await db
    .select({ customerId: appointments.customerId, startsAt: appointments.startsAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.staffId, advisorId),
        gte(appointments.startsAt, start),
        lt(appointments.startsAt, end),
      ),
    );
  const busy = new Set(booked.map((row) => row.customerId));
  const candidates = await db
    .select({ customerId: customers.id, homeId: homes.id, tenancyId: tenancies.id })
    .from(tenancies)
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(patches, and(eq(patches.id, homes.patchId), eq(patches.advisorId, advisorId)))
    .innerJoin(
      customers,
      and(eq(customers.tenancyId, tenancies.id), eq(customers.isLeadTenant, true)),
    )
    .where(and(eq(tenancies.tenure, 'low_cost_rental'), isNull(tenancies.endDate)));
  const tenant = candidates.find((row) => !busy.has(row.customerId));
  if (!tenant) throw new Error('No tenant of the Huyton patch free for a Living Well visit');
  // 22:00 London: after the visits the first test fitted in from midnight, and the seed's.
  const startsAt = new Date(end.getTime() - 2 * 60 * 60_000);
  const [visit] = await db
    .insert(appointments)
    .values({
      type: 'living_well',
      customerId: tenant.customerId,
      homeId: tenant.homeId,
      staffId: advisorId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 60 * 60_000),
      bookedVia: 'staff',
      purpose: 'Your Living Well meeting: how things are going in your home.',
      reference: 'DS-OFFLW1',
    })
    .returning({ id: appointments.id });
  if (!visit) throw new Error('The Living Well visit was not booked');
  return { ...tenant, appointmentId: visit.id };
}

const meetingsRecordedToday = (tenancyId: string) =>
  database.db
    .select()
    .from(livingWellMeetings)
    .where(
      and(eq(livingWellMeetings.tenancyId, tenancyId), eq(livingWellMeetings.heldOn, today())),
    );

const visitIdOf = async (card: ReturnType<Page['locator']>) => {
  const href = (await card.getByRole('heading').getByRole('link').getAttribute('href')) ?? '';
  return href.replace(/^\/advisor\/visits\//, '').replace(/\?.*$/, '');
};

describe.runIf(chromiumPath)('the advisor app with no signal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    database = await createDatabase({ dataDir: 'memory://' });
    const config = {
      ...loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        LINK_SECRET: 'doorstep-e2e-link-secret-0123456789abcdef',
        OUTBOX_WORKER: 'false',
      }),
      webDist,
      demoData: true,
    };
    server = await createServer(config, { database });
    baseUrl = await server.start();
    await untilFiguresComputed(database.db);
    const [advisor] = await database.db
      .select({ id: staff.id })
      .from(staff)
      .where(eq(staff.email, ADVISOR));
    if (!advisor) throw new Error(`No ${ADVISOR} in the demo data`);
    advisorId = advisor.id;
    await fillTheDay(OFFLINE_OUTCOMES + 2);

    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-GB',
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill(ADVISOR);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('list', { name: 'Patches' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.close();
  });

  it('opens My day from the phone with no signal, records 20 outcomes, and sends each once when the signal is back, through an interrupted sync', async () => {
    await page.goto(`${baseUrl}/advisor/day`);
    const visits = page.locator('.fd-visit');
    await visits.first().waitFor();
    // The app is installed (the service worker controls the page) and the day is kept.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
      .toBe(true);
    await expect.poll(() => keptDays(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const online = await visits.count();
    expect(online).toBeGreaterThanOrEqual(OFFLINE_OUTCOMES + 1);

    // No signal: a reload comes from the service worker, the visits from the phone.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^My day: today, / }).waitFor();
    await page.getByText(/^No connection: showing the copy saved on this phone/).waitFor();
    await expect(visits.count()).resolves.toBe(online);

    const recorded: string[] = [];
    for (let index = 0; index < OFFLINE_OUTCOMES; index += 1) {
      const card = visits.filter({ hasNot: page.locator('.fd-state') }).first();
      recorded.push(await visitIdOf(card));
      await card.getByRole('heading').getByRole('link').click();
      await page.getByRole('radio', { name: 'Cancelled by the tenant' }).check();
      await page.getByRole('button', { name: 'Save outcome' }).click();
      await page.getByText('Saved on this phone, waiting to send.').first().waitFor();
      await page.getByRole('link', { name: /^Back to / }).click();
      await visits.first().waitFor();
    }
    expect(new Set(recorded).size).toBe(OFFLINE_OUTCOMES);
    const status = page.getByRole('status').filter({ hasText: /waiting to send|changes sent/ });
    await status
      .filter({ hasText: `${OFFLINE_OUTCOMES} changes waiting to send` })
      .first()
      .waitFor();
    await expect(
      visits.filter({ hasText: 'Saved on this phone, waiting to send' }).count(),
    ).resolves.toBe(OFFLINE_OUTCOMES);
    await expect(outcomesFor(recorded)).resolves.toEqual([]);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // Signal again, but the first answers are lost on the way back: the server has applied
    // those outcomes, the phone does not know, and sends them again with the same keys.
    const interrupted: string[] = [];
    await page.route('**/trpc/**', async (route) => {
      if (
        !route.request().url().includes('appointments.recordOutcome') ||
        interrupted.length >= 3
      ) {
        return route.fallback();
      }
      const response = await route.fetch();
      interrupted.push(`${response.status()}`);
      return route.abort('connectionreset');
    });
    await context.setOffline(false);
    await status.filter({ hasText: 'All changes sent' }).first().waitFor({ timeout: 60_000 });
    expect(interrupted).toEqual(['200', '200', '200']);

    const stored = await outcomesFor(recorded);
    expect(stored).toHaveLength(OFFLINE_OUTCOMES);
    expect(new Set(stored.map((row) => row.appointmentId))).toEqual(new Set(recorded));
    expect(new Set(stored.map((row) => row.idempotencyKey)).size).toBe(OFFLINE_OUTCOMES);
    expect(stored.every((row) => row.outcome === 'cancelled_by_tenant')).toBe(true);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  }, 240_000);

  it('shows a conflict, in the office’s words, when a visit is cancelled there while its outcome waits', async () => {
    await context.setOffline(true);
    const visits = page.locator('.fd-visit');
    const card = visits.filter({ hasNot: page.locator('.fd-state') }).first();
    const id = await visitIdOf(card);
    await card.getByRole('heading').getByRole('link').click();
    await page.getByRole('radio', { name: 'No access' }).check();
    await page
      .getByRole('group', { name: 'Did you leave a calling card?' })
      .getByRole('radio', { name: 'No' })
      .check();
    const noFollowUp = page.getByRole('radio', { name: /^No follow-up|^Nothing more/ });
    if ((await noFollowUp.count()) > 0) await noFollowUp.first().check();
    else
      await page
        .getByRole('radio', { name: /rebook/i })
        .first()
        .check();
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await page.getByText('Saved on this phone, waiting to send.').first().waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: '1 change waiting to send' })
      .first()
      .waitFor();

    // Meanwhile the office cancels the visit.
    const [before] = await database.db.select().from(appointments).where(eq(appointments.id, id));
    await database.db
      .update(appointments)
      .set({ status: 'cancelled', sequence: (before?.sequence ?? 0) + 1 })
      .where(eq(appointments.id, id));

    await context.setOffline(false);
    await page
      .getByRole('status')
      .filter({ hasText: '1 visit was changed in the office' })
      .first()
      .waitFor({ timeout: 30_000 });
    // Not a crash: the page is still there, says why in the server's words, and nothing was
    // written over the office's change.
    await page.getByRole('link', { name: /^Back to / }).waitFor();
    const refused = page.locator('.ds-status--error', { hasText: 'Not recorded.' }).first();
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toMatch(/in the office/);
    await expect(outcomesFor([id])).resolves.toEqual([]);
    const [after] = await database.db.select().from(appointments).where(eq(appointments.id, id));
    expect(after?.status).toBe('cancelled');
    await expectNoAxeViolations(page);

    // The advisor, having read it, removes it from the phone.
    await page.getByRole('button', { name: 'Remove it and record again' }).click();
    await page.getByRole('status').filter({ hasText: 'All changes sent' }).first().waitFor();
  }, 90_000);

  it('records a Living Well meeting with no signal from My day, and the server has it once after a lost answer', async () => {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.setOffline(false);
    const lw = await bookLivingWellToday();
    // With signal the app keeps the day and the record form of its Living Well visit.
    await page.goto(`${baseUrl}/advisor/day`);
    const visits = page.locator('.fd-visit');
    await visits.first().waitFor();
    await expect.poll(() => keptDays(page, 'recordForms'), { timeout: 15_000 }).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.reload();
    await page.getByText(/^No connection: showing the copy saved on this phone/).waitFor();
    await page.locator(`a[href^="/advisor/visits/${lw.appointmentId}"]`).first().click();
    await page.getByRole('radio', { name: 'Met the customer' }).check();
    await page.getByRole('button', { name: 'Save outcome' }).click();

    // The visit's outcome opens the record, read from the phone.
    await page.getByRole('heading', { level: 1, name: /^Living Well meeting / }).waitFor();
    await page.getByText(/^No signal: this is their record as kept on this phone/).waitFor();
    await page.getByRole('radio', { name: 'We met' }).check();
    await page
      .getByLabel('Anything else from the meeting')
      .fill('Went through the new heating controls together.');
    await page.getByRole('button', { name: 'Save record' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Saved on this phone, waiting to send' })
      .waitFor();
    await expect(meetingsRecordedToday(lw.tenancyId)).resolves.toEqual([]);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // Signal again; the first answer to the record is lost after the server has acted on it.
    const interrupted: string[] = [];
    await page.route('**/trpc/**', async (route) => {
      if (!route.request().url().includes('livingWell.record') || interrupted.length >= 1) {
        return route.fallback();
      }
      const response = await route.fetch();
      interrupted.push(`${response.status()}`);
      return route.abort('connectionreset');
    });
    await context.setOffline(false);
    // The page turns into the server's own answer once the outbox has it.
    await page
      .getByRole('heading', { level: 1, name: 'Living Well meeting recorded' })
      .waitFor({ timeout: 60_000 });
    expect(interrupted).toEqual(['200']);

    const meetings = await meetingsRecordedToday(lw.tenancyId);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      outcome: 'met',
      recordedById: advisorId,
      notes: 'Went through the new heating controls together.',
    });
    expect(meetings[0]?.idempotencyKey).toBeTruthy();
    await expect(outcomesFor([lw.appointmentId])).resolves.toMatchObject([{ outcome: 'met' }]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  }, 120_000);

  it('asks before signing out deletes a change that has not been sent, and keeps it when the advisor stays', async () => {
    await page.goto(`${baseUrl}/advisor/day`);
    const visits = page.locator('.fd-visit');
    await visits.first().waitFor();
    await context.setOffline(true);
    const card = visits.filter({ hasNot: page.locator('.fd-state') }).first();
    const id = await visitIdOf(card);
    await card.getByRole('heading').getByRole('link').click();
    await page.getByRole('radio', { name: 'Cancelled by the tenant' }).check();
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '1 change waiting to send' })
      .first()
      .waitFor();

    const asked: string[] = [];
    page.once('dialog', async (dialog) => {
      asked.push(dialog.message());
      await dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toBe(
      '1 change has not been sent yet. Signing out deletes it from this phone. Sign out anyway?',
    );
    // Staying signed in keeps the change, and it goes when the signal is back.
    await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true);
    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: 'All changes sent' }).first().waitFor({
      timeout: 30_000,
    });
    await expect(outcomesFor([id])).resolves.toMatchObject([{ outcome: 'cancelled_by_tenant' }]);
  }, 90_000);
});
