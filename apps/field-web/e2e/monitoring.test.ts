import { readFile } from 'node:fs/promises';
import { measureDefinitions } from '@doorstep/domain';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectFieldReadability, expectNoAxeViolations, expectNoHorizontalScroll } from './support';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const MANAGER = 'manager@doorstep.example';
const ADVISOR = 'advisor.huyton@doorstep.example';
const PASSWORD = 'doorstep-demo';

async function signIn(page: Page, email: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** WCAG 2.2 AA at 360 px, then no sideways page scroll at 320 px, the narrowest phone. */
async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 360, height: 740 });
}

const firstVisit = measureDefinitions.first_visit_access;

describe.runIf(chromiumPath)('the monitoring dashboard and board report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(() => browser?.close());

  const newPage = async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-GB',
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    return context.newPage();
  };

  describe('as the manager', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage();
      await signIn(page, MANAGER);
    });
    afterAll(() => page?.context().close());

    it('shows the figures with their definitions, after recomputing them on demand', async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Monitoring' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();

      await page.getByRole('button', { name: 'Recompute now' }).click();
      await page.getByText(/^Recomputed from [\d,]+ records\.$/).waitFor({ timeout: 60_000 });
      await expect(
        page.getByText(/^Figures to \w+day \d+ \w+ \d{4}, computed /).count(),
      ).resolves.toBe(1);

      const card = page.getByRole('listitem').filter({
        has: page.getByRole('heading', { level: 3, name: firstVisit.label }),
      });
      await card.waitFor();
      await expect(card.getByText(firstVisit.definition).isVisible()).resolves.toBe(true);
      await expect(card.getByText(/^[\d.]+%$|^no figure$/).count()).resolves.toBe(1);
      await expect(card.getByText(/^[\d,]+ of [\d,]+$/).count()).resolves.toBe(1);
      await expect(card.getByText(`Source: ${firstVisit.source}`).isVisible()).resolves.toBe(true);
    });

    it('shows a chart as a table of 52 weeks', async () => {
      const chart = page.getByRole('region', { name: firstVisit.label, exact: true });
      await chart
        .getByRole('img', { name: `Line chart of ${firstVisit.label}, each week` })
        .waitFor();
      const show = chart.getByRole('button', { name: `Show as table for ${firstVisit.label}` });
      await expect(show.getAttribute('aria-expanded')).resolves.toBe('false');
      // By keyboard: the toggle is a real button.
      await show.focus();
      await page.keyboard.press('Enter');
      const table = chart.getByRole('table', { name: `${firstVisit.label}, each week` });
      await table.waitFor();
      await expect(table.locator('tbody tr').count()).resolves.toBe(52);
      await expect(
        chart
          .getByRole('button', { name: `Hide table for ${firstVisit.label}` })
          .getAttribute('aria-expanded'),
      ).resolves.toBe('true');
      // The table scrolls in its own labelled region, reachable by keyboard.
      await expect(
        chart
          .getByRole('region', { name: `${firstVisit.label}, each week` })
          .getAttribute('tabindex'),
      ).resolves.toBe('0');
    });

    it('shows fairness tables with a flagged or hidden small group, flagged rows first', async () => {
      await page
        .getByRole('heading', { level: 2, name: 'Fairness across customer groups' })
        .waitFor();
      const tables = page.getByRole('table', {
        name: /: rate by customer group, flagged groups first$/,
      });
      await tables.first().waitFor();
      await expect(tables.count()).resolves.toBeGreaterThanOrEqual(5);
      const marked = page
        .locator('tbody')
        .getByText(/^Flagged: lower than overall$|^fewer than 10$/);
      await marked.first().waitFor();
      await expect(marked.count()).resolves.toBeGreaterThan(0);
      // In each table, no unflagged row comes before a flagged one.
      const orders = await tables.evaluateAll((all) =>
        all.map((table) =>
          [...table.querySelectorAll('tbody tr')].map((row) =>
            row.classList.contains('mon-flagged'),
          ),
        ),
      );
      for (const order of orders)
        expect(order).toEqual([...order].sort((a, b) => Number(b) - Number(a)));
    });

    it('downloads a table as CSV, under the name the server gave it', async () => {
      const label = measureDefinitions.notice_compliance.label;
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download CSV for ${label} by customer group` }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = await readFile((await download.path()) as string, 'utf8');
      const [header, overall, ...groups] = csv.split('\r\n');
      expect(header).toBe('Dimension,Group,Counted,Met,Rate (%),Low (%),High (%),Flagged,Note');
      expect(overall).toMatch(/^All customers,All,\d+,\d+,/);
      expect(groups.filter(Boolean).length).toBeGreaterThan(0);
      await page.getByText(`Downloaded ${download.suggestedFilename()}`).waitFor();
    });

    it('shows one patch when chosen, and keeps the choice in the address', async () => {
      const card = page.getByRole('listitem').filter({
        has: page.getByRole('heading', { level: 3, name: firstVisit.label }),
      });
      const organisation = await card.getByText(/^[\d,]+ of [\d,]+$/).textContent();
      await page.getByLabel('Figures for', { exact: true }).selectOption({ label: 'Huyton patch' });
      await page.waitForURL(/[?&]patch=[0-9a-f-]{36}/);
      await expect
        .poll(() => card.getByText(/^[\d,]+ of [\d,]+$/).textContent())
        .not.toBe(organisation);
      await page
        .getByLabel('Figures for', { exact: true })
        .selectOption({ label: 'The whole organisation' });
      await expect
        .poll(() => card.getByText(/^[\d,]+ of [\d,]+$/).textContent())
        .toBe(organisation);
    });

    it('passes WCAG 2.2 AA at 360 and 320 px wide, with 7:1 text and 44 px targets', async () => {
      await checkPage(page);
      await expectFieldReadability(page);
    });

    it('prints the quarterly board report without navigation or buttons', async () => {
      await page.getByRole('link', { name: 'Quarterly board report' }).click();
      await page.getByRole('heading', { level: 1, name: /Quarterly board report/ }).waitFor();
      await page
        .getByRole('table', { name: 'Each measure in the quarter and over 12 months' })
        .waitFor();
      await page.getByRole('heading', { level: 2, name: 'Customer groups flagged' }).waitFor();
      const quarter = page.getByLabel('Quarter', { exact: true });
      const options = await quarter.locator('option').allTextContents();
      expect(options.length).toBe(4);
      await quarter.selectOption({ index: 1 });
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
        (options[1] ?? '').replace(', so far', ''),
      );
      await page.getByRole('table', { name: `${firstVisit.label}, each week` }).waitFor();
      await checkPage(page);
      await expectFieldReadability(page);

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('button:visible').count()).resolves.toBe(0);
      await expect(page.locator('nav:visible, select:visible').count()).resolves.toBe(0);
      await expect(
        page
          .getByRole('table', { name: 'Each measure in the quarter and over 12 months' })
          .isVisible(),
      ).resolves.toBe(true);
      // Nothing wider than the A4 text width (210 mm less 15 mm margins = 180 mm ≈ 680 px).
      await page.setViewportSize({ width: 680, height: 960 });
      const tooWide = await page.evaluate(() =>
        [...document.querySelectorAll('table')]
          .filter((table) => table.getBoundingClientRect().right > 680.5)
          .map((table) => table.caption?.textContent),
      );
      expect(tooWide).toEqual([]);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 360, height: 740 });
    });
  });

  describe('as a Housing Advisor', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage();
      await signIn(page, ADVISOR);
    });
    afterAll(() => page?.context().close());

    it('shows the figures but no fairness table, and no Monitoring link in the menu', async () => {
      await expect(
        page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Monitoring' })
          .count(),
      ).resolves.toBe(0);
      await page.goto(`${baseUrl}/monitoring`);
      await page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();
      await page.getByRole('heading', { level: 3, name: firstVisit.label }).first().waitFor();
      await page.getByRole('heading', { level: 2, name: 'Safety deadlines' }).waitFor();
      await expect(page.getByRole('button', { name: 'Recompute now' }).count()).resolves.toBe(0);
      await expect(
        page.getByRole('heading', { name: 'Fairness across customer groups' }).count(),
      ).resolves.toBe(0);
      await expect(page.getByRole('table', { name: /by customer group/ }).count()).resolves.toBe(0);
      // The patch picker offers the organisation and the advisor's own patch only.
      await expect(
        page.getByLabel('Figures for', { exact: true }).locator('option').allTextContents(),
      ).resolves.toEqual(['The whole organisation', 'Huyton patch']);
      await checkPage(page);

      await page.goto(`${baseUrl}/monitoring/report`);
      await page
        .getByRole('table', { name: 'Each measure in the quarter and over 12 months' })
        .waitFor();
      await expect(
        page.getByRole('heading', { name: 'Customer groups flagged' }).count(),
      ).resolves.toBe(0);
    });
  });
});
