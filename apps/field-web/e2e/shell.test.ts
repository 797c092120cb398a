import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const viewports = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const seededPatches = ['Halewood', 'Huyton', 'Kirkby', 'Prescot', 'Stockbridge Village', 'Whiston'];

describe.runIf(chromiumPath)('the web app in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(() => browser?.close());

  // axe needs a page of its own context; closing the page closes the context with it.
  const newPage = async (width: number, height: number) => {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
    const page = await context.newPage();
    page.on('close', () => {
      context.close().catch(() => {
        // The browser may already be closing at the end of the suite.
      });
    });
    return page;
  };

  describe.each(viewports)('at $width×$height ($name)', ({ width, height }) => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(width, height);
    });
    afterAll(() => page?.close());

    it('shows the seeded patches with their advisors and homes', async () => {
      await page.goto(`${baseUrl}/advisor`);
      const list = page.getByRole('list', { name: 'Patches' });
      await list.waitFor();
      const headings = await list.getByRole('heading', { level: 2 }).allTextContents();
      expect(headings).toEqual(seededPatches);
      await expect(page.title()).resolves.toBe('Patches – Doorstep');
      const homes = await list.locator('dt:text-is("Homes") + dd').allTextContents();
      expect(homes.reduce((sum, text) => sum + Number(text.replace(/,/g, '')), 0)).toBe(3000);
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });

    it('opens a patch from the list', async () => {
      await page.goto(`${baseUrl}/advisor`);
      await page.getByRole('link', { name: 'View Huyton patch' }).click();
      await page.getByRole('heading', { level: 1, name: 'Huyton' }).waitFor();
      await expect(page.title()).resolves.toBe('Huyton patch – Doorstep');
      await expectNoAxeViolations(page);
    });

    it('shows drop-in venues with accessibility in words', async () => {
      await page.goto(`${baseUrl}/drop-ins`);
      const venues = page.getByRole('list', { name: 'Venues' });
      await venues.waitFor();
      expect(await venues.getByRole('heading', { level: 2 }).count()).toBe(8);
      await expect(page.getByText('Hearing loop').first().isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });

    it.each([
      '/',
      '/b/an-unknown-token',
      '/no-such-page',
      '/advisor/patches/00000000-0000-4000-8000-000000000000',
    ])('renders %s accessibly', async (path) => {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });
  });

  it('works at 320 px without horizontal scrolling', async () => {
    const page = await newPage(320, 640);
    await page.goto(`${baseUrl}/advisor`);
    await page.getByRole('list', { name: 'Patches' }).waitFor();
    await expectNoHorizontalScroll(page);
    await page.close();
  });

  it('offers a skip link as the first tab stop, which moves focus to the main content', async () => {
    const page = await newPage(360, 740);
    await page.goto(`${baseUrl}/advisor`);
    await page.getByRole('list', { name: 'Patches' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    await page.close();
  });
});
