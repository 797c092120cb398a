import ICAL from 'ical.js';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PublicSession } from '../src/features/drop-ins/types';
import { chromiumArgs } from './chromium';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

type Session = PublicSession;

/** The public API, as the pages call it: no sign-in. */
async function publicQuery<T>(procedure: string, input?: unknown): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${baseUrl}/trpc/dropIns.public.${procedure}${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

const sizes = [
  { name: 'phone', viewport: { width: 360, height: 740 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
];

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /Sessions found: \d+/ });
const countOf = async (page: Page) =>
  Number((await count(page).textContent())?.match(/\d+/)?.[0] ?? Number.NaN);
const cards = (page: Page) => page.locator('ol.dp-sessions > li');
const markers = (page: Page) => page.locator('.leaflet-marker-icon');

describe.runIf(chromiumPath)('public drop-in pages, no sign-in', () => {
  let browser: Browser;
  let sessions: Session[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    sessions = (await publicQuery<{ sessions: Session[] }>('list')).sessions;
    if (sessions.length === 0) throw new Error('the demo data has no published drop-in sessions');
  });
  afterAll(() => browser?.close());

  /** A page on the test server; anything else (map tiles, Google) fails fast, as offline. */
  const open = async (
    viewport: { width: number; height: number },
    options: Parameters<Browser['newContext']>[0] = {},
  ) => {
    const context: BrowserContext = await browser.newContext({
      viewport,
      locale: 'en-GB',
      ...options,
    });
    const blocked: string[] = [];
    await context.route(
      (url) => !url.href.startsWith(baseUrl),
      (route) => {
        blocked.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    const page = await context.newPage();
    page.on('close', () => {
      context.close().catch(() => {
        // The browser may already be closing at the end of the suite.
      });
    });
    return { page, blocked };
  };

  const openList = async (viewport: { width: number; height: number }, search = '') => {
    const opened = await open(viewport);
    await opened.page.goto(`${baseUrl}/drop-ins${search}`);
    await h1(opened.page, 'Drop-in sessions').waitFor();
    await count(opened.page).waitFor();
    return opened;
  };

  describe.each(sizes)('on a $name ($viewport.width × $viewport.height)', ({ viewport }) => {
    it('filters by hearing loop: only venues with one remain, the count changes and the link can be shared', async () => {
      const { page } = await openList(viewport);
      const before = await countOf(page);
      expect(before).toBe(await cards(page).count());
      const withoutLoop = cards(page).filter({
        hasNot: page.getByRole('listitem').filter({ hasText: /^Hearing loop$/ }),
      });
      expect(await withoutLoop.count()).toBeGreaterThan(0);

      await page.getByRole('checkbox', { name: 'Hearing loop' }).check();
      await page.getByRole('button', { name: 'Show sessions' }).click();
      await page.waitForURL(/need=hearingLoop/);
      await expect.poll(() => countOf(page)).toBeLessThan(before);
      const after = await countOf(page);
      expect(after).toBeGreaterThan(0);
      expect(await cards(page).count()).toBe(after);
      for (const card of await cards(page).all()) {
        const facts = card.getByRole('list', { name: 'Accessibility at the venue' });
        expect(await facts.getByRole('listitem').allTextContents()).toContain('Hearing loop');
      }
      expect(await withoutLoop.count()).toBe(0);
      await expectNoHorizontalScroll(page);

      // The address is the filter: opened afresh, it shows the same list, box ticked.
      const shared = page.url();
      const { page: again } = await open(viewport);
      await again.goto(shared);
      await count(again).waitFor();
      expect(await countOf(again)).toBe(after);
      expect(await again.getByRole('checkbox', { name: 'Hearing loop' }).isChecked()).toBe(true);
      await again.close();
      await page.close();
    });

    it('opens a session and adds it to a calendar with the .ics file, Google or Outlook', async () => {
      const { page } = await openList(viewport);
      const link = page.locator('.dp-session--scheduled h3 a').first();
      const title = (await link.locator('span').first().textContent()) ?? '';
      await link.click();
      await page.waitForURL(/\/drop-ins\/sessions\/[0-9a-f-]{36}\/\d{4}-\d{2}-\d{2}$/);
      await h1(page, title).waitFor();
      // After a link within the pages, the new heading has focus, as on a new page.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      const [, seriesId = '', originalDate = ''] =
        /sessions\/([^/]+)\/([^/?]+)/.exec(new URL(page.url()).pathname) ?? [];
      const session = await publicQuery<Session>('session', { seriesId, originalDate });
      const main = page.getByRole('main');
      expect(await main.textContent()).toContain(`${session.startTime} to ${session.endTime}`);
      expect(await main.textContent()).toContain(session.venue.name);
      await page.getByRole('heading', { name: 'Getting there' }).waitFor();
      expect(
        await page
          .getByRole('link', { name: 'Get directions with Google Maps' })
          .getAttribute('href'),
      ).toContain('google.com/maps/dir/');

      await page.getByRole('heading', { level: 2, name: 'Add to my calendar' }).waitFor();
      const ics = page.getByRole('link', { name: 'Download a calendar file (.ics)' });
      const href = (await ics.getAttribute('href')) ?? '';
      expect(href).toBe(`/ics/drop-ins/sessions/${seriesId}/${originalDate}.ics`);
      const response = await fetch(`${baseUrl}${href}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      const events = calendar.getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      const event = new ICAL.Event(events[0]);
      expect(event.summary).toContain(session.title);
      expect(event.startDate.toJSDate().toISOString()).toBe(
        new Date(session.startsAt).toISOString(),
      );
      expect(event.endDate.toJSDate().toISOString()).toBe(new Date(session.endsAt).toISOString());
      expect(event.uid).toBe(`${seriesId}-${originalDate.replaceAll('-', '')}@doorstep`);

      const google = new URL(
        (await page.getByRole('link', { name: 'Add to Google Calendar' }).getAttribute('href')) ??
          '',
      );
      expect(google.hostname).toBe('calendar.google.com');
      expect(google.searchParams.get('text')).toContain(session.title);
      const outlook = new URL(
        (await page.getByRole('link', { name: 'Add to Outlook calendar' }).getAttribute('href')) ??
          '',
      );
      expect(outlook.searchParams.get('startdt')).toBe(new Date(session.startsAt).toISOString());
      await expectNoHorizontalScroll(page);
      await page.close();
    });

    it('has no WCAG 2.2 A or AA violation on the list, a session page and the poster as printed', async () => {
      const { page } = await openList(viewport);
      await markers(page).first().waitFor();
      await expectNoAxeViolations(page);

      const first = sessions[0];
      if (!first) throw new Error('no sessions');
      await page.goto(`${baseUrl}/drop-ins/sessions/${first.seriesId}/${first.originalDate}`);
      await page.getByRole('heading', { level: 2, name: 'Getting there' }).waitFor();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);

      await page.emulateMedia({ media: 'print' });
      await page.goto(
        `${baseUrl}/drop-ins/posters/${first.venue.areaSlug}/${first.date.slice(0, 7)}`,
      );
      await page.getByRole('img', { name: /^QR code for http/ }).waitFor({ state: 'attached' });
      await expectNoAxeViolations(page);
      expect(await page.getByRole('button', { name: 'Print this poster' }).isVisible()).toBe(false);
      const poster = await page.locator('.dp-poster').evaluate((element) => {
        const style = getComputedStyle(element);
        const body = getComputedStyle(element.querySelector('.dp-poster__session p') ?? element);
        return { color: style.color, background: style.backgroundColor, size: body.fontSize };
      });
      // 18pt is 24px; black on white.
      expect(Number.parseFloat(poster.size)).toBeGreaterThanOrEqual(24);
      expect(poster.color).toBe('rgb(0, 0, 0)');
      expect(poster.background).toBe('rgb(255, 255, 255)');
      await page.close();
    });
  });

  it('reads at 320 px wide without sideways scrolling: the list, a session and a poster', async () => {
    const first = sessions[0];
    if (!first) throw new Error('no sessions');
    const { page } = await openList({ width: 320, height: 640 });
    await markers(page).first().waitFor();
    await expectNoHorizontalScroll(page);
    await page.goto(`${baseUrl}/drop-ins/sessions/${first.seriesId}/${first.originalDate}`);
    await page.getByRole('heading', { level: 2, name: 'Getting there' }).waitFor();
    await expectNoHorizontalScroll(page);
    await page.goto(
      `${baseUrl}/drop-ins/posters/${first.venue.areaSlug}/${first.date.slice(0, 7)}`,
    );
    await page.getByRole('img', { name: /^QR code for http/ }).waitFor();
    await expectNoHorizontalScroll(page);
    await page.close();
  });

  it('with map tiles out of reach, the list and every numbered marker still show', async () => {
    const { page, blocked } = await openList({ width: 1280, height: 800 });
    await markers(page).first().waitFor();
    const numbers = await page.locator('.dp-marker-number').allTextContents();
    const listed = [...new Set(numbers.map((text) => text.replace(/\D/g, '')))].sort();
    // Venues close together share a marker ("1: Page Moss Library; 5: …"): all are named.
    const labels = await markers(page).evaluateAll((icons) =>
      icons.map((icon) => icon.getAttribute('aria-label') ?? ''),
    );
    const named = labels.flatMap((label) => label.split('; '));
    for (const name of named) expect(name).toMatch(/^\d+: \S/);
    expect(named.map((name) => name.split(':')[0]).sort()).toEqual(listed);
    expect(blocked.some((url) => url.includes('tile'))).toBe(true);
    expect(await page.locator('.leaflet-tile-loaded').count()).toBe(0);
    expect(await cards(page).count()).toBe(await countOf(page));
    await page.close();
  });

  it('lets a keyboard user into the map, to a marker and its sessions, and out again', async () => {
    const { page } = await openList({ width: 1280, height: 800 });
    await markers(page).first().waitFor();
    const map = page.getByRole('region', { name: 'Map of the venues' });
    await map.focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    // The zoom buttons come first, then the markers.
    for (let presses = 0; presses < 5 && !/^\d+: /.test((await focused()) ?? ''); presses++)
      await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^1: /);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null))
      .toBe(true);
    await page.keyboard.press('Escape');
    expect(await focused()).toMatch(/^1: /);
    // Tab goes on past every marker and the map's links, and leaves the map.
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !document.activeElement?.closest('.dp-map'))) break;
    }
    expect(await page.evaluate(() => !document.activeElement?.closest('.dp-map'))).toBe(true);
    await page.close();
  });

  it('respects reduced motion: the map does not animate', async () => {
    const { page } = await open({ width: 360, height: 740 }, { reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/drop-ins`);
    await markers(page).first().waitFor();
    const classes = (await page.locator('.dp-map').getAttribute('class')) ?? '';
    expect(classes).toContain('leaflet-container');
    expect(classes).not.toContain('leaflet-fade-anim');
    expect(classes).not.toContain('leaflet-zoom-anim');
    await page.close();
  });

  it('speaks Arabic right to left from ?lang=ar, with UK times whatever the phone’s time zone', async () => {
    const { page } = await open(
      { width: 360, height: 740 },
      { locale: 'en-US', timezoneId: 'America/New_York' },
    );
    const first = sessions[0];
    if (!first) throw new Error('no sessions');
    await page.goto(`${baseUrl}/drop-ins/sessions/${first.seriesId}/${first.originalDate}?lang=ar`);
    await page.getByRole('heading', { level: 2, name: 'كيف تصل' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar-GB');
    // Arabic writes the hours with ص and م after them; the digits are the UK times.
    expect(await page.getByRole('main').textContent()).toMatch(
      new RegExp(`من ${first.startTime}.{0,3} إلى ${first.endTime}`),
    );
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: 'كل الجلسات بدون موعد' }).click();
    await page.waitForURL(/\/drop-ins\?lang=ar$/);
    await page.getByRole('heading', { level: 1, name: 'جلسات بدون موعد مسبق' }).waitFor();
    await expectNoHorizontalScroll(page);
    await page.close();
  });

  it('says why a session was cancelled or moved, and offers no calendar for a cancelled one', async () => {
    const cancelled = sessions.find((session) => session.status === 'cancelled');
    const moved = sessions.find((session) => session.status === 'moved' && session.reason);
    if (!cancelled || !moved)
      throw new Error('the demo data should have a cancelled and a moved session');
    const { page } = await open({ width: 360, height: 740 });
    await page.goto(`${baseUrl}/drop-ins/sessions/${cancelled.seriesId}/${cancelled.originalDate}`);
    await page.getByRole('heading', { level: 2, name: 'This session is cancelled' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(`Reason: ${cancelled.reason}`);
    expect(await page.getByRole('heading', { name: 'Add to my calendar' }).count()).toBe(0);

    await page.goto(`${baseUrl}/drop-ins/sessions/${moved.seriesId}/${moved.originalDate}`);
    await page.getByRole('heading', { level: 2, name: 'This session has moved' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(`Reason: ${moved.reason}`);
    await page.close();
  });

  it('says plainly when an address leads nowhere: no such page, session, area or filter', async () => {
    const { page } = await open({ width: 360, height: 740 });
    const response = await page.goto(`${baseUrl}/drop-ins/venues`);
    expect(response?.status()).toBe(404);
    await h1(page, 'Page not found').waitFor();
    await page.goto(`${baseUrl}/drop-ins/sessions/00000000-0000-4000-8000-000000000000/2026-12-08`);
    await h1(page, 'Session not found').waitFor();
    await page.goto(`${baseUrl}/drop-ins/posters/atlantis/2026-12`);
    await h1(page, 'Poster not found').waitFor();
    await page.goto(`${baseUrl}/drop-ins?area=atlantis`);
    await page.getByText('We could not use the filters in this address.').waitFor();
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await count(page).waitFor();
    await page.close();
  });
});
