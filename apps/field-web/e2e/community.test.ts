import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const COMMUNITY = 'community@doorstep.example';
const ADVISOR = 'advisor.huyton@doorstep.example';
const PASSWORD = 'doorstep-demo';

/** Every page visited is checked the same way: WCAG 2.2 AA, and no sideways scrolling. */
async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

async function signIn(page: Page, email: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * 1 January next year: the "first Monday of every month" series made below then always meets
 * the Early May bank holiday within its first 12 dates, whatever day the suite runs.
 */
const nextNewYear = `${new Date().getUTCFullYear() + 1}-01-01`;

describe.runIf(chromiumPath)('the community team’s drop-in pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(() => browser?.close());

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

  describe('on a phone (360×740), as the community team', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(360, 740);
    });
    afterAll(() => page?.close());

    it('lands on the drop-in sessions after signing in', async () => {
      await signIn(page, COMMUNITY);
      await page.getByRole('heading', { level: 1, name: 'Drop-in sessions' }).waitFor();
      await page.getByRole('list', { name: 'Series of sessions' }).waitFor();
      await checkPage(page);
    });

    it('edits a venue’s accessibility fact and sees the change in its history', async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Venues' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Drop-in venues' }).waitFor();
      await page.getByRole('list', { name: 'Venues' }).waitFor();
      await checkPage(page);

      await page.getByRole('link', { name: 'Huyton Library' }).click();
      await page.getByRole('heading', { level: 1, name: 'Huyton Library' }).waitFor();
      await page.getByRole('heading', { name: 'Edit history' }).waitFor();
      await checkPage(page);

      await page.getByRole('link', { name: 'Edit the venue' }).click();
      await page.getByRole('heading', { level: 1, name: 'Edit Huyton Library' }).waitFor();
      const parking = page.getByRole('group', { name: 'Blue Badge parking' });
      const wasYes = await parking.getByRole('radio', { name: 'Yes', exact: true }).isChecked();
      const from = wasYes
        ? 'Yes'
        : (await parking.getByRole('radio', { name: 'No', exact: true }).isChecked())
          ? 'No'
          : 'Not checked';
      const to = wasYes ? 'No' : 'Yes';
      await parking.getByRole('radio', { name: to, exact: true }).check();
      await checkPage(page);
      await page.getByRole('button', { name: 'Save the venue' }).click();

      await page.getByText('The venue has been saved.').waitFor();
      const history = page.getByRole('table', { name: 'Changes to this venue' });
      await history.waitFor();
      await expect(history.locator('tbody tr').first().textContent()).resolves.toMatch(
        new RegExp(`Blue Badge parking: ${from}.*${to}`),
      );
      await expect(
        history.locator('tbody tr').first().locator('td').nth(1).textContent(),
      ).resolves.not.toBe('');
      await checkPage(page);
    });

    it('sets up a series and sees the preview flag a bank holiday', async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Drop-in sessions' })
        .click();
      await page.getByRole('link', { name: 'Set up a new series of sessions' }).click();
      await page.getByRole('heading', { level: 1, name: 'Set up a new series' }).waitFor();
      await checkPage(page);

      // Nothing filled in: the error summary lists what is missing, each linked to its field.
      await page.getByRole('button', { name: 'Save the series' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await summary.waitFor();
      await expect(summary.getByRole('link').count()).resolves.toBeGreaterThan(2);
      await checkPage(page);

      await page.getByLabel('Title').fill('Money advice drop-in');
      await page.getByRole('checkbox', { name: 'Money advice' }).check();
      await page.getByRole('checkbox', { name: 'Rent' }).check();
      const venue = page.getByLabel('Venue', { exact: true });
      const option = venue.locator('option', { hasText: 'Page Moss Library' });
      await venue.selectOption((await option.getAttribute('value')) ?? '');
      await page.getByRole('radio', { name: 'On one weekday of every month' }).check();
      await page.getByLabel('Which one in the month').selectOption('1');
      await page.getByLabel('Day of the week').selectOption('MO');
      await page.getByRole('radio', { name: 'After a number of sessions' }).check();
      await page.getByRole('textbox', { name: 'Number of sessions' }).fill('12');
      await page.getByLabel('First date').fill(nextNewYear);
      await page.getByLabel('Starts at').fill('10:00');
      await page.getByLabel('Ends at').fill('12:00');
      await page.getByRole('radio', { name: 'Move it to the next working day' }).check();

      const preview = page.getByRole('region', { name: 'Preview' });
      await preview.getByText(/^First Monday of every month/).waitFor();
      const dates = preview.getByRole('list', { name: 'The next dates' });
      await expect(dates.getByRole('listitem').count()).resolves.toBe(12);
      const clash = dates.getByRole('listitem').filter({ hasText: 'Early May bank holiday' });
      await expect(clash.textContent()).resolves.toMatch(
        /^Moved.*Tuesday.*clashes with a bank holiday \(Early May bank holiday\)/,
      );
      await checkPage(page);

      // The museum is shut on Mondays: the preview says so instead of listing dates.
      const museum = venue.locator('option', { hasText: 'Prescot Museum Community Room' });
      await venue.selectOption((await museum.getAttribute('value')) ?? '');
      await preview.getByText('This schedule cannot be used:').waitFor();
      await expect(preview.textContent()).resolves.toMatch(/Monday/);
      await checkPage(page);
      await venue.selectOption((await option.getAttribute('value')) ?? '');
      await preview.getByText(/^First Monday of every month/).waitFor();

      // A rule the API refuses says why, beside the form.
      await page.getByRole('radio', { name: 'Write the recurrence rule myself' }).check();
      await page.getByRole('textbox', { name: 'Recurrence rule' }).fill('FREQ=MONTHLY;BYDAY=+1MO');
      await preview.getByText('This schedule cannot be used:').waitFor();
      await page
        .getByRole('textbox', { name: 'Recurrence rule' })
        .fill('FREQ=MONTHLY;BYDAY=+1MO;COUNT=12');
      await preview.getByText(/^First Monday of every month/).waitFor();

      await page.getByRole('button', { name: 'Save the series' }).click();
      await page.getByRole('heading', { level: 1, name: 'Money advice drop-in' }).waitFor();
      await page.getByText('The series has been saved.').waitFor();
      await checkPage(page);
    });

    it('cancels an occurrence with a reason and says who will be told', async () => {
      const upcoming = page.getByRole('list', { name: 'Sessions coming up' });
      const first = upcoming.getByRole('listitem').first();
      const submit = first.getByRole('button', { name: 'Cancel the session', exact: true });
      await first.getByRole('button', { name: /^Cancel the session on/ }).click();
      await submit.click();
      await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
      await first.getByLabel('Reason').fill('The library needs the room for a training day');
      await checkPage(page);
      await submit.click();
      await page.getByText(/^Cancelled: the session on .*(told|nobody needs to be told)/).waitFor();
      await first.getByText('Cancelled', { exact: true }).waitFor();
      await expect(first.textContent()).resolves.toMatch(
        /^Cancelled.*Reason: The library needs the room for a training day/,
      );
      await expect(
        first.getByRole('button', { name: /^Reinstate the session/ }).isVisible(),
      ).resolves.toBe(true);
      await checkPage(page);
    });

    it('refuses to publish at a venue that is not accessible, saying what is missing', async () => {
      await page.getByRole('link', { name: 'Change the series' }).click();
      await page.getByRole('heading', { level: 1, name: 'Change Money advice drop-in' }).waitFor();
      // The saved rule reads back into the simple choices it was made with.
      await expect(
        page.getByRole('radio', { name: 'On one weekday of every month' }).isChecked(),
      ).resolves.toBe(true);
      const venue = page.getByLabel('Venue', { exact: true });
      const museum = venue.locator('option', { hasText: 'Prescot Museum Community Room' });
      await venue.selectOption((await museum.getAttribute('value')) ?? '');
      await page.getByLabel('Day of the week').selectOption('TU');
      await page
        .getByRole('region', { name: 'Preview' })
        .getByText(/^First Tuesday of every month/)
        .waitFor();
      await checkPage(page);
      await page.getByRole('button', { name: 'Save the changes' }).click();
      await page.getByText('The series has been saved.').waitFor();

      await page.getByRole('button', { name: 'Publish' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'could not be published' });
      await refusal.waitFor();
      await expect(refusal.textContent()).resolves.toMatch(
        /Prescot Museum Community Room cannot be published: .*no step-free entrance/,
      );
      await checkPage(page);
    });
  });

  it('reads the same at 1280×800: a series’ attendance as a chart and a table; a stale venue edit', async () => {
    const page = await newPage(1280, 800);
    await signIn(page, COMMUNITY);
    const list = page.getByRole('list', { name: 'Series of sessions' });
    await list.waitFor();
    // A seeded series, with six months of attendance behind it.
    const seeded = list
      .getByRole('listitem')
      .filter({ hasNotText: 'Money advice drop-in' })
      .first();
    await seeded.getByRole('link').click();
    await page.getByRole('heading', { name: 'Attendance' }).waitFor();
    await page.getByRole('img', { name: /^Bar chart of people at each session/ }).waitFor();
    await expect(
      page.getByRole('table', { name: 'People at each session' }).locator('tbody tr').count(),
    ).resolves.toBeGreaterThan(0);
    await checkPage(page);

    // Two people edit the same venue: the second to save is told, and reloads their form.
    const other = await page.context().newPage();
    for (const tab of [page, other]) {
      await tab.goto(`${baseUrl}/community/venues`);
      await tab.getByRole('link', { name: 'Kirkby Centre' }).click();
      await tab.getByRole('link', { name: 'Edit the venue' }).click();
      await tab.getByRole('button', { name: 'Save the venue' }).waitFor();
    }
    await other
      .getByLabel('Opening notes (optional)')
      .fill('Enter by the library doors, then turn left.');
    await other.getByRole('button', { name: 'Save the venue' }).click();
    await other.getByText('The venue has been saved.').waitFor();
    await page.getByLabel('Town').fill('Kirkby town centre');
    await page.getByRole('button', { name: 'Save the venue' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this venue' });
    await conflict.waitFor();
    await checkPage(page);
    await conflict.getByRole('button', { name: 'Reload the venue' }).click();
    await conflict.waitFor({ state: 'detached' });
    await expect(page.getByLabel('Opening notes (optional)').inputValue()).resolves.toBe(
      'Enter by the library doors, then turn left.',
    );
    await expect(page.getByLabel('Town').inputValue()).resolves.toBe('Kirkby');

    // The map is loaded only when asked for; a click on it fills in the position.
    await page.getByRole('button', { name: 'Choose the position on a map' }).click();
    const map = page.getByRole('region', { name: /^Map: click where the venue is/ });
    await map.waitFor();
    const before = await page.getByLabel('Latitude', { exact: true }).inputValue();
    await map.click({ position: { x: 120, y: 200 } });
    await expect
      .poll(() => page.getByLabel('Latitude', { exact: true }).inputValue())
      .not.toBe(before);
    await checkPage(page);
    await other.close();
    await page.close();
  });

  describe('as a Housing Advisor', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(360, 740);
    });
    afterAll(() => page?.close());

    it('sees the sessions and records attendance, with no controls that change them', async () => {
      await signIn(page, ADVISOR);
      await page.getByRole('list', { name: 'Patches' }).waitFor();
      await page.goto(`${baseUrl}/community`);
      const list = page.getByRole('list', { name: 'Series of sessions' });
      await list.waitFor();
      await expect(
        page.getByRole('link', { name: 'Set up a new series of sessions' }).count(),
      ).resolves.toBe(0);
      await checkPage(page);

      // A seeded series, which has sessions in the past.
      await list
        .getByRole('listitem')
        .filter({ hasNotText: 'Money advice drop-in' })
        .first()
        .getByRole('link')
        .click();
      await page.getByRole('heading', { name: 'Coming up' }).waitFor();
      await page.getByRole('heading', { name: 'Past sessions' }).waitFor();
      for (const name of [
        /^Change the series/,
        /^Publish/,
        /^Unpublish/,
        /^Cancel/,
        /^Move/,
        /^Change venue/,
      ]) {
        await expect(page.getByRole('button', { name }).count()).resolves.toBe(0);
        await expect(page.getByRole('link', { name }).count()).resolves.toBe(0);
      }
      await checkPage(page);

      const past = page.getByRole('list', { name: 'Past sessions' }).getByRole('listitem').first();
      await past.getByRole('button', { name: /attendance for/ }).click();
      await past.getByLabel('How many people came').fill('9');
      await past.getByRole('checkbox', { name: 'Repairs' }).check();
      await checkPage(page);
      await past.getByRole('button', { name: 'Save attendance' }).click();
      await page.getByText(/^Attendance recorded for .*: 9 people\./).waitFor();

      await page.goto(`${baseUrl}/community/venues`);
      await page.getByRole('list', { name: 'Venues' }).getByRole('link').first().click();
      await page.getByRole('heading', { name: 'Edit history' }).waitFor();
      await expect(page.getByRole('link', { name: 'Edit the venue' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Add the closure' }).count()).resolves.toBe(0);
      await checkPage(page);
    });

    it('links someone who came to their record, found by name rather than an id', async () => {
      await page.goto(`${baseUrl}/community`);
      await page
        .getByRole('list', { name: 'Series of sessions' })
        .getByRole('listitem')
        .filter({ hasNotText: 'Money advice drop-in' })
        .first()
        .getByRole('link')
        .click();
      const past = page.getByRole('list', { name: 'Past sessions' }).getByRole('listitem').first();
      await past.getByRole('button', { name: /^Link someone who came/ }).click();
      const search = past.getByLabel('Name and postcode, or tenancy reference');
      await expect(past.getByLabel(/customer id/i).count()).resolves.toBe(0);

      // Sent with nobody found: the summary says to find them, and links to the search.
      await past.getByRole('button', { name: 'Link them' }).click();
      const summary = past.getByRole('alert').filter({ hasText: 'There is a problem' });
      await summary.getByRole('link', { name: /^Choose who it is/ }).waitFor();
      await checkPage(page);

      // Enter searches (it does not send the form); a refusal is said in plain words.
      await search.fill('ab');
      await search.press('Enter');
      await past
        .getByText(/at least 3 characters/)
        .first()
        .waitFor();

      // Every name with an a and an e: more than the 10 shown, all in the advisor's patch.
      await search.fill('a e');
      await past.getByRole('button', { name: 'Find', exact: true }).click();
      const status = past.getByRole('status').filter({ hasText: /people found/ });
      await status.waitFor();
      await expect(status.textContent()).resolves.toMatch(/^The first 10 people found\./);
      const who = past.getByRole('group', { name: 'Who is it?' });
      await expect(who.getByRole('radio').count()).resolves.toBe(10);
      // The results are announced; focus stays on Find (the error summary does not take it).
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Find');
      await checkPage(page);

      await who.getByRole('radio').first().check();
      await past.getByRole('radio', { name: 'A task for their Housing Advisor' }).check();
      await past.getByLabel('What they need help with').fill('Asked about a draughty back door.');
      await past.getByRole('button', { name: 'Link them' }).click();
      await page.getByText(/^Linked to the session on .*A task has been given to /).waitFor();
      await checkPage(page);
    });
  });
});
