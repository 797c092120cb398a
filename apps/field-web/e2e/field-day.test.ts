import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectFieldReadability, expectNoAxeViolations, expectNoHorizontalScroll } from './support';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const ADVISOR = 'advisor.huyton@doorstep.example';
const PASSWORD = 'doorstep-demo';

/**
 * WCAG 2.2 AA at the test's 360 px, readable in sunlight with thumb-sized targets, and no
 * sideways scrolling at 320 px either.
 */
async function checkView(page: Page) {
  await expectNoAxeViolations(page);
  await expectFieldReadability(page);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 360, height: 740 });
}

describe.runIf(chromiumPath)("the advisor's day, on a phone", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-GB',
      reducedMotion: 'reduce',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill(ADVISOR);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('list', { name: 'Patches' }).waitFor();
  });
  afterAll(() => browser?.close());

  it("shows today's route on the map and as a list, with calls and directions", async () => {
    await page.getByRole('link', { name: 'My day' }).click();
    await page.getByRole('heading', { level: 1, name: /^My day: today, / }).waitFor();
    const visits = page.getByRole('region', { name: 'Visits in route order' }).locator('.fd-visit');
    await visits.first().waitFor();
    const count = await visits.count();
    expect(count).toBeGreaterThan(1);
    await expect(page.getByText(/\d+ visits, \d+ minutes’ travel/).count()).resolves.toBe(1);
    // Travel between stops, and every way to reach the first home.
    await expect(visits.nth(1).locator('.fd-travel').textContent()).resolves.toMatch(
      /minutes?’ travel \(\d+\.\d km\)/,
    );
    const first = visits.first();
    await expect(
      first.getByRole('link', { name: 'Open in maps app' }).getAttribute('href'),
    ).resolves.toMatch(/^geo:-?\d+\.\d+,-?\d+\.\d+\?q=/);
    await expect(
      first.getByRole('link', { name: /Directions in browser/ }).getAttribute('href'),
    ).resolves.toMatch(/^https:\/\/www\.openstreetmap\.org\/directions\?to=/);
    const call = first.getByRole('link', { name: /^Call / });
    if ((await call.count()) > 0) {
      await expect(call.getAttribute('href')).resolves.toMatch(/^tel:\+?\d+$/);
    }
    await checkView(page);

    // The map loads only when asked for, with a numbered stop for each visit and the line.
    await expect(page.locator('.leaflet-container').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Show the map' }).click();
    await page.getByRole('img', { name: /^Stop 1: \d\d:\d\d, / }).waitFor();
    await expect(page.locator('.fd-stop-marker').count()).resolves.toBe(count);
    await expect(page.locator('.fd-stop-marker').first().textContent()).resolves.toBe('1');
    await expect(
      page.locator('path.leaflet-interactive, .leaflet-overlay-pane path').count(),
    ).resolves.toBeGreaterThan(0);
    await expect(
      page.getByRole('button', { name: 'Hide the map' }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');
    await checkView(page);
    await page.getByRole('button', { name: 'Hide the map' }).click();

    // Re-planning the rest of the day: the result is announced in words.
    await page.getByRole('button', { name: 'Re-optimise the rest of the day' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Route re-optimised: \d+ visits?, / })
      .waitFor();
    await checkView(page);
  });

  it('reads a briefing, records "no access" with a card left and books another attempt', async () => {
    // The first visit still to do whose customer has a briefing for the door.
    const withBriefing = page
      .locator('.fd-visit')
      .filter({ has: page.locator('.ds-chip') })
      .filter({ hasNot: page.locator('.fd-state') })
      .first();
    const link = withBriefing.getByRole('heading').getByRole('link');
    const name = ((await link.textContent()) ?? '').replace(/^\d\d:\d\d /, '');
    await link.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();

    const briefing = page.getByRole('list', { name: 'Access briefing' });
    const chip = briefing.getByRole('listitem').first();
    await expect(chip.textContent()).resolves.toMatch(/\w{3,}/);
    // The icon only repeats the words.
    await expect(chip.locator('svg').getAttribute('aria-hidden')).resolves.toBe('true');
    await checkView(page);

    // Saved with nothing chosen: the summary names what is missing, and takes focus.
    await page.getByRole('button', { name: 'Save outcome' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Choose what happened' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe(
      'ds-error-summary',
    );
    await checkView(page);

    await page.getByRole('radio', { name: 'No access' }).check();
    await page
      .getByRole('group', { name: 'Did you leave a calling card?' })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await page.getByRole('radio', { name: 'Book another attempt' }).check();
    const times = page.getByRole('group', { name: /Time of the next attempt/ });
    await times.getByRole('radio').first().waitFor();
    await times.getByRole('radio').first().check();
    // The time defaults to now, in London.
    await expect(page.getByLabel('Date and time').inputValue()).resolves.toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
    );
    await page.getByLabel('Note (optional)').fill('Curtains closed, no answer.');
    await checkView(page);
    await page.getByRole('button', { name: 'Save outcome' }).click();

    await page.getByText('Recorded: No access').waitFor();
    await page.getByRole('status').filter({ hasText: 'No access saved.' }).waitFor();
    await checkView(page);

    // Back on the day, the visit says so.
    await page.getByRole('link', { name: /^Back to / }).click();
    await page
      .locator('.fd-visit', { hasText: name })
      .getByText(/^Recorded: No access at \d\d:\d\d$/)
      .first()
      .waitFor();
  });

  it('switches to tomorrow and to the week', async () => {
    await page
      .getByRole('navigation', { name: 'Choose the day' })
      .getByRole('link', { name: 'Tomorrow' })
      .click();
    await page.getByRole('heading', { level: 1, name: /^My day: tomorrow, / }).waitFor();
    await page
      .getByText(/^(No visits on this day\.|\d+ visits?, )/)
      .first()
      .waitFor();
    await expect(
      page.getByRole('link', { name: 'Tomorrow' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await checkView(page);

    await page
      .getByRole('navigation', { name: 'Choose the day' })
      .getByRole('link', { name: 'This week' })
      .click();
    await page.getByRole('heading', { level: 1, name: /^My week from / }).waitFor();
    await page.locator('.fd-week-day').nth(6).waitFor();
    await expect(page.locator('.fd-week-day h2').count()).resolves.toBe(7);
    await expect(page.locator('.fd-visit').count()).resolves.toBeGreaterThan(1);
    await checkView(page);
  });

  it('gives the private calendar link, after saying the old one will stop working', async () => {
    await page
      .getByRole('navigation', { name: 'Choose the day' })
      .getByRole('link', { name: 'Today' })
      .click();
    await page.getByRole('heading', { level: 1, name: /^My day: today, / }).waitFor();
    await page.getByRole('button', { name: 'Calendar link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your visits in your calendar' });
    await dialog.waitFor();
    await dialog.getByText(/old address\s+stops updating/).waitFor();
    await checkView(page);

    await dialog.getByRole('button', { name: 'Make a new calendar address' }).click();
    const address = dialog.getByLabel('Your private calendar address');
    await address.waitFor();
    await expect(address.inputValue()).resolves.toMatch(/^https?:\/\/.+/);
    for (const calendar of ['Outlook', 'iPhone', 'Android (Google Calendar)']) {
      await dialog.getByRole('heading', { name: calendar }).waitFor();
    }
    await dialog.getByRole('button', { name: 'Copy address' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: /Copied|Could not copy/ })
      .waitFor();
    await checkView(page);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Calendar link',
    );
  });
});
