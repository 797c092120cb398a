import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectNoAxeViolations } from './support';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const isoDate = (daysFromToday: number) =>
  new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

describe.runIf(chromiumPath)('a Housing Advisor arranging visits', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-GB',
    });
    page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill('advisor.huyton@doorstep.example');
    await page.getByLabel('Password').fill('doorstep-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('list', { name: 'Patches' }).waitFor();
  });
  afterAll(() => browser?.close());

  // Each step waits on the shared server, which in CI also serves the other suites' load.
  it('opens a customer from the patch and sees their access needs', async () => {
    await page
      .getByRole('region', { name: 'Your patches' })
      .getByRole('link', { name: 'Huyton' })
      .click();
    // The patch's own table, not one still on the page the link was clicked from.
    await page.waitForURL(/\/advisor\/patches\//);
    const firstCustomer = page
      .getByRole('table', { name: /^Homes in this patch/ })
      .locator('tbody a')
      .first();
    const name = (await firstCustomer.textContent()) ?? '';
    await firstCustomer.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expect(page.getByText('How to contact them').isVisible()).resolves.toBe(true);
    // The customer says they want no reminders.
    await page
      .getByRole('checkbox', { name: 'Send a reminder the day before each visit' })
      .uncheck();
    await page.getByRole('button', { name: 'Save reminder choice' }).click();
    await page.getByText('No reminders will be sent.').waitFor();
    await expectNoAxeViolations(page);
  }, 90_000);

  it('explains what is missing, then invites them to choose a time', async () => {
    const invite = page.getByRole('region', { name: 'Invite them to choose a time' });
    await invite.getByRole('button', { name: 'Create the invitation' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).first().waitFor();
    await expectNoAxeViolations(page);
    await invite.getByLabel('Type of visit').selectOption('repair_inspection');
    await invite
      .getByLabel('Purpose, in plain words')
      .fill('Look at the leak under the kitchen sink');
    await invite.getByLabel('First day they can choose').fill(isoDate(7));
    await invite.getByLabel('Last day they can choose').fill(isoDate(21));
    await invite.getByRole('checkbox', { name: 'Mornings' }).check();
    await invite.getByRole('button', { name: 'Create the invitation' }).click();
    await invite.getByText('Invitation created').waitFor();
    await expect(invite.locator('code').textContent()).resolves.toMatch(/\/b\/[A-Za-z0-9_-]{43}$/);
    await expectNoAxeViolations(page);
  }, 90_000);

  it('books a time agreed on the phone, from the times the engine offers', async () => {
    const phone = page.getByRole('region', { name: 'Book a time agreed with them' });
    await phone.getByLabel('Type of visit').selectOption('survey');
    await phone.getByRole('group', { name: /Times that work/ }).waitFor();
    await phone.getByRole('radio').first().check();
    await phone.getByLabel('Purpose, in plain words').fill('A survey of the kitchen and bathroom');
    await phone.getByRole('radio', { name: 'Phone' }).check();
    await phone.getByRole('button', { name: 'Book this time' }).click();
    await phone.getByText(/Booked for .* Reference DS-[2-9A-HJ-NP-Z]{6}/).waitFor();
    await expectNoAxeViolations(page);
  }, 90_000);

  it('shows the customer’s notices, with a preview of what each says', async () => {
    const notices = page.getByRole('region', { name: 'Notices', exact: true });
    const table = notices.getByRole('table', { name: /Notices for this customer/ });
    await table
      .getByRole('rowheader', { name: /^booking confirmation/ })
      .first()
      .waitFor();
    const kinds = await table.locator('tbody th').allTextContents();
    expect(kinds).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^invitation/),
        expect.stringMatching(/^booking confirmation/),
      ]),
    );
    await notices.getByRole('button', { name: 'Preview of the invitation' }).first().click();
    const preview = notices.getByRole('region', { name: 'Preview of the invitation' });
    await preview.getByText('Subject:').waitFor();
    await expect(preview.getByRole('heading', { name: /Text message/ }).isVisible()).resolves.toBe(
      true,
    );
    // Focus moved to the preview, for keyboard and screen reader users.
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain(
      'Preview of the invitation',
    );
    await expectNoAxeViolations(page);
  }, 90_000);

  it('lists the notices those changes must send, and the day’s due, late and failed', async () => {
    await page.getByRole('link', { name: 'Notices to send' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notices to send' }).waitFor();
    const table = page.getByRole('table', { name: /Waiting to be sent/ });
    await table.waitFor();
    const kinds = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(kinds).toEqual(expect.arrayContaining(['invitation', 'booking confirmation']));

    const day = page.getByRole('region', { name: /^Notices for / });
    await day
      .getByText(/Failed|No notices have failed/)
      .first()
      .waitFor();
    await expect(
      day
        .getByText(/Late|No notices are late/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await day.getByLabel('Show another day').fill('2026-12-25');
    await page
      .getByRole('heading', { level: 2, name: /^Notices for Friday,? 25 December 2026$/ })
      .waitFor();
    await day
      .getByText(/No notices are due that day|Due to be sent on Friday,? 25 December 2026/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
  }, 90_000);
});
