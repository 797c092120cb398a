import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const viewports = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

const ADVISOR = 'advisor.huyton@doorstep.example';
const DEMO_PASSWORD = 'doorstep-demo';

async function signIn(page: Page, email = ADVISOR, password = DEMO_PASSWORD) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
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

    it('sends a signed-out visitor to an accessible sign-in page and back afterwards', async () => {
      await page.goto(`${baseUrl}/advisor`);
      await page.getByRole('heading', { level: 1, name: 'Sign in to Doorstep' }).waitFor();
      expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/advisor');
      await expect(page.getByLabel('Email address').getAttribute('autocomplete')).resolves.toBe(
        'username',
      );
      await expect(page.getByLabel('Password').getAttribute('autocomplete')).resolves.toBe(
        'current-password',
      );
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });

    it('explains a failed sign-in in an error summary that takes focus', async () => {
      await signIn(page, ADVISOR, 'not-the-password');
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toContain(
        'The email address or password is not right',
      );
      await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain(
        'ds-error-summary',
      );
      await expectNoAxeViolations(page);
    });

    it('signs in, shows who is signed in and their patch, and lists all patches', async () => {
      await signIn(page);
      const list = page.getByRole('list', { name: 'Patches' });
      await list.waitFor();
      expect(new URL(page.url()).pathname).toBe('/advisor');
      await expect(
        page.getByText(/Signed in as .* \(Housing Advisor, Huyton\)/).isVisible(),
      ).resolves.toBe(true);
      const headings = await list.getByRole('heading', { level: 2 }).allTextContents();
      expect(headings).toEqual(seededPatches);
      await expect(page.title()).resolves.toBe('Patches – Doorstep');
      const homes = await list.locator('dt:text-is("Homes") + dd').allTextContents();
      expect(homes.reduce((sum, text) => sum + Number(text.replace(/,/g, '')), 0)).toBe(3000);
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });

    it('opens your patch with its homes and tenants', async () => {
      await page
        .getByRole('region', { name: 'Your patches' })
        .getByRole('link', { name: 'Huyton' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Huyton' }).waitFor();
      await page.getByRole('table').waitFor();
      await expect(page.getByRole('table').locator('tbody tr').count()).resolves.toBeGreaterThan(
        10,
      );
      await expect(page.title()).resolves.toBe('Huyton patch – Doorstep');
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });

    it('keeps another patch’s tenants from an advisor', async () => {
      await page.goto(`${baseUrl}/advisor`);
      await page.getByRole('link', { name: 'View Kirkby patch' }).click();
      await page.getByText('Only the advisor for this patch').waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      await expectNoAxeViolations(page);
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

    it('signs out, and the back button then shows nothing private', async () => {
      await page.goto(`${baseUrl}/advisor`);
      await page.getByRole('link', { name: 'Huyton' }).first().click();
      await page.getByRole('table').waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByText('You have signed out.').waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Sign in to Doorstep' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await page.getByText(/Signed in as/).count()).toBe(0);
      const cookies = await page.context().cookies();
      expect(cookies.find((c) => c.name === 'doorstep_session')).toBeUndefined();
    });
  });

  it('returns someone whose session ended mid-task to the same page after signing in again', async () => {
    const page = await newPage(360, 740);
    await page.goto(`${baseUrl}/sign-in`);
    await signIn(page);
    await page.getByRole('list', { name: 'Patches' }).waitFor();
    // The server ends the session (as the idle timeout would); the page still shows the list.
    await page.context().clearCookies();
    await page.getByRole('link', { name: 'View Huyton patch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Doorstep' }).waitFor();
    const returnTo = new URL(page.url()).searchParams.get('returnTo') ?? '';
    expect(returnTo).toMatch(/^\/advisor\/patches\/[0-9a-f-]{36}$/);
    await expect(page.getByText('Your session has ended').isVisible()).resolves.toBe(true);
    await signIn(page);
    await page.getByRole('heading', { level: 1, name: 'Huyton' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(returnTo);
    await page.close();
  });

  it('works at 320 px without horizontal scrolling', async () => {
    const page = await newPage(320, 640);
    await page.goto(`${baseUrl}/sign-in`);
    await signIn(page);
    await page.getByRole('list', { name: 'Patches' }).waitFor();
    await expectNoHorizontalScroll(page);
    await page
      .getByRole('region', { name: 'Your patches' })
      .getByRole('link', { name: 'Huyton' })
      .click();
    await page.getByRole('table').waitFor();
    await expectNoHorizontalScroll(page);
    await page.close();
  });

  it('offers a skip link as the first tab stop, which moves focus to the main content', async () => {
    const page = await newPage(360, 740);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    await page.close();
  });
});
