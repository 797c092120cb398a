import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const ADVISOR = 'advisor.huyton@doorstep.example';
const PASSWORD = 'doorstep-demo';

/** WCAG 2.2 AA, and no sideways scrolling at 360 px or 320 px. */
async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
}

describe.runIf(chromiumPath)('contacts to acknowledge, on a phone', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
    // A missing element fails with what was missing, well before the test's own time limit.
    page.setDefaultTimeout(10_000);
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill(ADVISOR);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('list', { name: 'Patches' }).waitFor();
  });
  afterAll(() => browser?.close());

  it('opens from the menu, and refuses a contact logged without a channel, in words', async () => {
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Contacts to acknowledge' }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Contacts to acknowledge/);
    await page.getByRole('heading', { name: 'Waiting to be acknowledged' }).waitFor();
    await expect(page.getByLabel(/customer id/i).count()).resolves.toBe(0);
    await checkPage(page);

    await page.getByRole('button', { name: 'Log the contact' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: /^Choose how the customer got in touch/ }).waitFor();
    // The summary takes focus, so a screen reader hears it first.
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('ds-error-summary')),
    ).resolves.toBe(true);
    await checkPage(page);
  });

  it('logs a phone call from a customer found by name, then acknowledges it', async () => {
    await page.getByRole('radio', { name: 'Phone call' }).check();
    await page.getByLabel('Name and postcode, or tenancy reference').fill('a e');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    const who = page.getByRole('group', { name: 'Who is it?' });
    await who.getByRole('radio').first().waitFor();
    const firstId = await who.getByRole('radio').first().getAttribute('id');
    const name = (await page.locator(`label[for="${firstId}"]`).textContent()) ?? '';
    expect(name.length).toBeGreaterThan(2);
    await who.getByRole('radio').first().check();
    await expect(page.getByLabel('When was it received?').inputValue()).resolves.toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
    );
    await page.getByRole('button', { name: 'Log the contact' }).click();
    const status = page.getByRole('status').filter({ hasText: /^Contact logged\./ });
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(
      /^Contact logged\. Acknowledge it by \w+day \d{1,2} \w+ \d{4}\.$/,
    );
    await expect(
      page.getByRole('alert').filter({ hasText: 'There is a problem' }).count(),
    ).resolves.toBe(0);

    const list = page.getByRole('list', { name: 'Contacts to acknowledge, oldest first' });
    const theirs = list.getByRole('listitem').filter({ hasText: name });
    const calls = theirs.filter({ hasText: /Phone call, received/ });
    await calls.first().waitFor();
    const before = await calls.count();
    const item = calls.last();
    await expect(item.textContent()).resolves.toMatch(/Acknowledge by \w+day \d{1,2} \w+ \d{4}/);
    await checkPage(page);

    // Chromium may put a space before the hidden words; the name still starts as it looks.
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const button = item.getByRole('button', {
      name: new RegExp(`^Acknowledged\\s*: Phone call from ${escaped}$`),
    });
    const box = await button.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await button.click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Acknowledged. It has gone from the list.' })
      .waitFor();
    await expect(calls.count()).resolves.toBe(before - 1);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Waiting to be acknowledged',
    );
    await checkPage(page);
  });

  it('logs a letter already acknowledged, which does not join the list', async () => {
    const items = page
      .getByRole('list', { name: 'Contacts to acknowledge, oldest first' })
      .getByRole('listitem');
    const before = await items.count();
    await page.getByRole('radio', { name: 'Letter' }).check();
    await page.getByLabel('I have already acknowledged it').check();
    await page.getByRole('button', { name: 'Log the contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Contact logged as acknowledged.' }).waitFor();
    await expect(items.count()).resolves.toBe(before);
    await expect(page.getByLabel('I have already acknowledged it').isChecked()).resolves.toBe(
      false,
    );
    await checkPage(page);
  });
});
