import { readFile } from 'node:fs/promises';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/** Staff make invitations over the API, as the advisor's own screens will. */
async function staffSession() {
  const signIn = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-doorstep-request': '1' },
    body: JSON.stringify({ email: 'advisor.huyton@doorstep.example', password: 'doorstep-demo' }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const get = async (path: string, input?: unknown) => {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const response = await fetch(`${baseUrl}/trpc/${path}${query}`, { headers: { cookie } });
    return ((await response.json()) as { result: { data: unknown } }).result.data;
  };
  const post = async (path: string, input: unknown) => {
    const response = await fetch(`${baseUrl}/trpc/${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-doorstep-request': '1' },
      body: JSON.stringify(input),
    });
    return {
      status: response.status,
      body: (await response.json()) as { result?: { data: unknown } },
    };
  };
  return { get, post };
}

const isoDay = (daysAhead: number) =>
  new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

/** Links for Huyton tenants whose visit has times on offer. */
async function makeLinks(count: number) {
  const staff = await staffSession();
  const patches = (await staff.get('patches.list')) as { id: string; name: string }[];
  const huyton = patches.find((p) => p.name === 'Huyton');
  if (!huyton) throw new Error('no Huyton patch in the demo data');
  const homes = (await staff.get('patches.homes', { patchId: huyton.id })) as {
    customerId: string | null;
  }[];
  const links: string[] = [];
  for (const home of homes) {
    if (links.length >= count) break;
    if (!home.customerId) continue;
    const created = await staff.post('invitations.create', {
      customerId: home.customerId,
      type: 'repair_inspection',
      purpose: 'Look at the leak under the kitchen sink',
      windowStartsOn: isoDay(7),
      windowEndsOn: isoDay(28),
    });
    if (created.status !== 200) continue;
    const link = (created.body.result?.data as { link?: string } | undefined)?.link ?? '';
    const token = link.split('/b/')[1] ?? '';
    const view = await fetch(
      `${baseUrl}/trpc/booking.view?input=${encodeURIComponent(JSON.stringify({ token }))}`,
    );
    const days = ((await view.json()) as { result: { data: { days: { slots: unknown[] }[] } } })
      .result.data.days;
    if (days.reduce((n, d) => n + d.slots.length, 0) >= 2) links.push(`/b/${token}`);
  }
  if (links.length < count) throw new Error('not enough Huyton tenants with times on offer');
  return links;
}

/** Presses Tab (or Shift+Tab) until the focused element is the one wanted: keyboard only. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target} with the keyboard`);
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe.runIf(chromiumPath)('booking a visit from a tenant link, keyboard only', () => {
  let browser: Browser;
  let links: string[] = [];
  let page: Page;
  let bookedStart = '';

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    links = await makeLinks(3);
  });
  afterAll(() => browser?.close());

  const newPage = async (locale = 'en-GB') => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale,
      acceptDownloads: true,
    });
    const created = await context.newPage();
    created.on('close', () => {
      context.close().catch(() => {
        // The browser may already be closing at the end of the suite.
      });
    });
    return created;
  };

  it('opens the link, chooses a time, checks, confirms and downloads the calendar file', async () => {
    page = await newPage();
    const link = links[0] ?? '';
    await page.goto(`${baseUrl}${link}`);
    await h1(page, 'Choose a time for your visit').waitFor();
    await expect(page.title()).resolves.toBe('Choose a time for your visit – Doorstep');
    await expect(page.getByText('Repair inspection').first().isVisible()).resolves.toBe(true);
    await expect(
      page.getByText('Look at the leak under the kitchen sink').isVisible(),
    ).resolves.toBe(true);
    const radios = page.getByRole('radio');
    expect(await radios.count()).toBeGreaterThan(1);
    // Never pre-selected.
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // Continue without choosing: an error summary takes focus.
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain(
      'ds-error-summary',
    );
    await expectNoAxeViolations(page);

    // Into the times: Space chooses the first, an arrow key moves to the next.
    await tabTo(page, radios.first());
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    bookedStart = (await page.locator('input[type=radio]:checked').getAttribute('value')) ?? '';
    expect(bookedStart).toBe(await radios.nth(1).getAttribute('value'));
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');

    await h1(page, 'Check your answers before booking').waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await tabTo(page, page.getByRole('button', { name: 'Book this visit' }));
    await page.keyboard.press('Enter');

    await h1(page, 'Visit booked').waitFor();
    const reference = (await page.locator('.ds-panel strong').textContent()) ?? '';
    expect(reference.length).toBeGreaterThan(3);
    await expect(page.getByText('0800 000 0000').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('18001 0800 000 0000').first().isVisible()).resolves.toBe(true);
    const google = await page
      .getByRole('link', { name: 'Add to Google Calendar' })
      .getAttribute('href');
    expect(google).toContain('calendar.google.com');
    expect(google).not.toContain('leak');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    const ics = page.getByRole('link', { name: 'Download a calendar file (.ics)' });
    await tabTo(page, ics);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toContain('END:VCALENDAR');
    const dtstart = new Date(bookedStart)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(text).toContain(`DTSTART:${dtstart}`);
  });

  it('shows the booking when the same link is opened again, and changes the time', async () => {
    await page.goto(`${baseUrl}${links[0]}`);
    await h1(page, 'Your visit is booked').waitFor();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await tabTo(page, page.getByRole('button', { name: 'Change the time' }));
    await page.keyboard.press('Enter');
    await h1(page, 'Choose a new time for your visit').waitFor();
    await expectNoAxeViolations(page);
    const radios = page.getByRole('radio');
    expect(await radios.count()).toBeGreaterThan(1);
    await tabTo(page, radios.first());
    await page.keyboard.press('Space');
    if ((await radios.first().getAttribute('value')) === bookedStart)
      await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await h1(page, 'Check your new time').waitFor();
    await expectNoAxeViolations(page);
    await tabTo(page, page.getByRole('button', { name: 'Change to this time' }));
    await page.keyboard.press('Enter');
    await h1(page, 'Visit time changed').waitFor();
    await expectNoAxeViolations(page);
  });

  it('cancels the visit after a confirm step', async () => {
    await page.goto(`${baseUrl}${links[0]}`);
    await h1(page, 'Your visit is booked').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Cancel the visit' }));
    await page.keyboard.press('Enter');
    await h1(page, 'Are you sure you want to cancel your visit?').waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    await expectNoAxeViolations(page);
    await tabTo(page, page.getByRole('button', { name: 'Yes, cancel the visit' }));
    await page.keyboard.press('Enter');
    await h1(page, 'Visit cancelled').waitFor();
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('records times the tenant cannot do and asks for a call back', async () => {
    const tenant = await newPage();
    await tenant.goto(`${baseUrl}${links[1]}`);
    await h1(tenant, 'Choose a time for your visit').waitFor();
    await tabTo(tenant, tenant.getByRole('button', { name: 'None of these times suit me' }));
    await tenant.keyboard.press('Enter');
    await h1(tenant, 'Tell us which times you cannot do').waitFor();
    await expectNoAxeViolations(tenant);
    await tabTo(tenant, tenant.getByLabel('Days or times you cannot do'));
    await tenant.keyboard.type('Not before 9:30 on school days');
    await expect(tenant.getByText('Characters remaining: 470').isVisible()).resolves.toBe(true);
    await tabTo(tenant, tenant.getByRole('button', { name: 'Ask us to call you back' }));
    await tenant.keyboard.press('Enter');
    await h1(tenant, 'We will call you back').waitFor();
    await expectNoAxeViolations(tenant);
    await tenant.close();
  });

  it('opens in Arabic right to left, with the language switcher working by keyboard', async () => {
    const tenant = await newPage('ar');
    await tenant.goto(`${baseUrl}${links[2]}?lang=ar`);
    await tenant.locator('html[dir="rtl"][lang="ar-GB"]').waitFor({ state: 'attached' });
    await tenant.getByRole('heading', { level: 1 }).waitFor();
    expect(await tenant.getByRole('radio').count()).toBeGreaterThan(1);
    await expectNoAxeViolations(tenant);
    await expectNoHorizontalScroll(tenant);
    // Switch to English with the keyboard: select, arrow keys, then the button.
    await tabTo(tenant, tenant.locator('#tenant-language'));
    await tenant.keyboard.press('Home');
    await tabTo(tenant, tenant.locator('.ds-language-switcher button'));
    await tenant.keyboard.press('Enter');
    await h1(tenant, 'Choose a time for your visit').waitFor();
    await expect(tenant.locator('html').getAttribute('dir')).resolves.toBe('ltr');
    await tenant.close();
  });

  it("loads the tenant pages' own entry, none of the staff app's code", async () => {
    const tenant = await newPage();
    const scripts: string[] = [];
    tenant.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await tenant.goto(`${baseUrl}${links[1]}`);
    await tenant.getByRole('heading', { level: 1 }).waitFor();
    expect(scripts.some((script) => /^\/assets\/booking-[\w-]+\.js$/.test(script))).toBe(true);
    expect(scripts.filter((script) => /\/assets\/(main|index)-/.test(script))).toEqual([]);
    await tenant.close();
  });

  it('shows the same "link not valid" page, with the phone number, for any bad link', async () => {
    const tenant = await newPage();
    for (const bad of ['/b/an-unknown-token', `${links[0]}x`, '/b/%3Cscript%3E']) {
      await tenant.goto(`${baseUrl}${bad}`);
      await h1(tenant, 'This link is not valid').waitFor();
      await expect(tenant.getByText('0800 000 0000').first().isVisible()).resolves.toBe(true);
    }
    await expectNoAxeViolations(tenant);
    await expectNoHorizontalScroll(tenant);
    await tenant.close();
  });
});
