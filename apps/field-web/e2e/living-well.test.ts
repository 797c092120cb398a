import { bankHolidayDates } from '@doorstep/domain';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectFieldReadability, expectNoAxeViolations, expectNoHorizontalScroll } from './support';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const ADVISOR = 'advisor.huyton@doorstep.example';
const PASSWORD = 'doorstep-demo';

/** Today in London, moved on by whole days or years, as YYYY-MM-DD. */
function londonDate(days = 0, years = 0) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })
    .format(new Date())
    .split('-')
    .map(Number);
  const date = new Date(Date.UTC((y ?? 0) + years, (m ?? 1) - 1, (d ?? 1) + days, 12));
  return date.toISOString().slice(0, 10);
}

describe.runIf(chromiumPath)('the Living Well meeting record, on a phone', () => {
  let browser: Browser;
  let page: Page;
  /** Everything the page asked for and said in the console: no special-category value may be in either. */
  const urls: string[] = [];
  const consoleLines: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    // Reduced motion: in-page jumps happen at once, with no smooth scrolling.
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-GB',
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
    page.on('request', (request) => urls.push(request.url()));
    page.on('console', (message) => consoleLines.push(message.text()));
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill(ADVISOR);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('list', { name: 'Patches' }).waitFor();
  });
  afterAll(() => browser?.close());

  it('records a meeting: a new format, a referral, a characteristic with consent and one "prefer not to say"; a future date is refused', async () => {
    // A tenant in the advisor's patch: the first listed whose tenancy has Living Well meetings.
    await page
      .getByRole('region', { name: 'Your patches' })
      .getByRole('link', { name: 'Huyton' })
      .click();
    const tenants = page.getByRole('table').locator('tbody a');
    await tenants.first().waitFor();
    const record = page.getByRole('link', { name: 'Record Living Well meeting' });
    let name = '';
    for (let index = 0; index < 10; index += 1) {
      const tenant = tenants.nth(index);
      name = (await tenant.textContent()) ?? '';
      await tenant.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.getByRole('heading', { name: 'How to contact them' }).waitFor();
      if (await record.isVisible()) break;
      await page.goBack();
      await tenants.first().waitFor();
    }
    await record.click();

    await page.getByRole('heading', { level: 1, name: `Living Well meeting ${name}` }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    // The record is filled in on the doorstep, like the rest of the field views.
    await expectFieldReadability(page);

    // The meeting, dated in the future by mistake.
    await page.getByLabel('Date held').fill(londonDate(3));
    await page.getByRole('radio', { name: 'We met' }).check();

    // A written format other than the one on record.
    const format = page.getByRole('group', { name: 'Written format' });
    const newFormat = (await format.getByRole('radio', { name: 'Large print' }).isChecked())
      ? 'Braille'
      : 'Large print';
    await format.getByRole('radio', { name: newFormat }).check();

    // One characteristic with consent, one "prefer not to say".
    const characteristics = page.getByRole('region', { name: 'About the tenant (optional)' });
    await characteristics.getByRole('checkbox', { name: /recording this\W+ethnic group/ }).check();
    await characteristics
      .getByRole('group', { name: /Their answer\W+ethnic group/ })
      .getByRole('radio', { name: 'White' })
      .check();
    await characteristics
      .getByRole('checkbox', { name: /recording this\W+religion or belief/ })
      .check();
    await characteristics
      .getByRole('group', { name: /Their answer\W+religion or belief/ })
      .getByRole('radio', { name: 'Prefer not to say' })
      .check();

    // A referral, with a note.
    const services = page.getByRole('region', { name: 'Help with other things' });
    await services.getByRole('checkbox', { name: 'Money advice' }).check();
    await services
      .getByLabel('What they need with money advice (optional)')
      .fill('Behind on the gas bill since the winter');

    await page.getByLabel('Anything else from the meeting').fill('Happy with the new kitchen.');
    await expectNoHorizontalScroll(page);

    // Through the whole form by keyboard to "Save record": the sticky bar never covers the
    // field in focus (WCAG 2.4.11). Then saved from the keyboard; the API refuses the date, in
    // its words, at the field.
    await page.getByLabel('Date held').focus();
    for (let presses = 0; ; presses += 1) {
      expect(presses).toBeLessThan(120);
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const bar = document.querySelector('.lw-savebar')?.getBoundingClientRect();
        const box = active.getBoundingClientRect();
        const inBar = Boolean(active.closest('.lw-savebar'));
        return { text: active.textContent, clear: inBar || box.bottom <= (bar?.top ?? 0) + 1 };
      });
      expect(focus.clear).toBe(true);
      if (focus.text === 'Save record') break;
    }
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    const reason = summary.getByRole('link', { name: /is in the future/ });
    await reason.waitFor();
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe(
      'ds-error-summary',
    );
    await expect(page.getByLabel('Date held').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page);

    // Nothing typed was lost.
    await expect(format.getByRole('radio', { name: newFormat }).isChecked()).resolves.toBe(true);
    await expect(
      services.getByRole('checkbox', { name: 'Money advice' }).isChecked(),
    ).resolves.toBe(true);

    // The summary's link takes the advisor to the date; today is accepted.
    await reason.click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('lw-heldOn');
    await page.getByLabel('Date held').fill(londonDate());
    await page.getByRole('button', { name: 'Save record' }).click();

    const confirmation = page.getByRole('heading', {
      level: 1,
      name: 'Living Well meeting recorded',
    });
    await confirmation.waitFor();
    const [year, month, day] = londonDate(0, 1).split('-').map(Number);
    const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 15)),
    );
    // 12 months on; a meeting held on 29 February is next due on the 28th.
    await page
      .getByText(new RegExp(`Next meeting due by \\w+,? (${day}|28) ${monthName} ${year}`))
      .waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // The customer page shows the new format.
    await page.getByRole('link', { name: `Back to ${name}` }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page
      .locator('.ds-summary-list__row', { hasText: 'Letters' })
      .getByText(newFormat.toLowerCase())
      .waitFor();

    // No special-category value went into an address or the console.
    for (const text of [...urls, ...consoleLines]) {
      expect(text).not.toMatch(/prefer_not_to_say|ethnicity|religion/);
    }
  });
});

const MANAGER = 'manager@doorstep.example';

async function signIn(page: Page, email: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('list', { name: 'Patches' }).waitFor();
}

/** Every page visited is checked the same way: WCAG 2.2 AA, and no sideways scrolling. */
async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

/** WCAG 1.4.10 at the narrowest phone we support, then back to the test's 360 px. */
async function checkAt320(page: Page) {
  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 360, height: 740 });
}

/** Presses Tab until the element wanted has focus: the keyboard's way there. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the control with the keyboard');
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe.runIf(chromiumPath)('the Living Well plan, coverage and boundaries, on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(() => browser?.close());

  const newPage = async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-GB',
    });
    const created = await context.newPage();
    created.on('close', () => {
      context.close().catch(() => {
        // The browser may already be closing at the end of the suite.
      });
    });
    return created;
  };
  const signedIn = async (email: string) => {
    const page = await newPage();
    await signIn(page, email);
    return page;
  };

  describe('the Huyton advisor', () => {
    let page: Page;
    beforeAll(async () => {
      page = await signedIn(ADVISOR);
    });
    afterAll(() => page?.close());

    const days = () => page.getByRole('list', { name: 'Days of the plan' });
    const day = (date: string) => page.locator('.lw-day', { has: page.locator(`#day-${date}`) });
    const status = () => page.getByRole('status').filter({ hasText: /\S/ }).first();

    it('opens the plan from the patch page and re-plans it', async () => {
      await page
        .getByRole('region', { name: 'Your patches' })
        .getByRole('link', { name: 'Huyton' })
        .click();
      await page.getByRole('link', { name: 'Living Well plan for Huyton' }).click();
      await page.getByRole('heading', { level: 1, name: 'Living Well plan for Huyton' }).waitFor();
      await checkPage(page);

      await page.getByLabel('Weeks ahead').fill('13');
      await page.getByLabel('Most meetings in a day').fill('5');
      await page.getByRole('button', { name: 'Re-plan' }).click();
      await page.getByText(/^Re-planned: \d+ meetings on \d+ days/).waitFor({ timeout: 60_000 });
      await expect(page.locator('.lw-day').count()).resolves.toBeGreaterThan(5);
      // Each day lists its meetings with times, tenant, address and due date.
      const first = days().locator('.lw-visit').first();
      await expect(first.textContent()).resolves.toMatch(
        /\d\d:\d\d to \d\d:\d\d, .+L\d\d .*Due \d+ \w+ \d{4}/,
      );
      await checkPage(page);
      await checkAt320(page);
    }, 90_000);

    it('moves a meeting to another day with the keyboard only, and the move is kept', async () => {
      // A proposed meeting due well after its planned day, and far enough off for the notice
      // to reach the tenant first: it can go a few days later.
      const visits = await page.locator('.lw-visit').evaluateAll((items) =>
        items.map((item) => ({
          title: item.querySelector('.lw-visit__title')?.textContent ?? '',
          due: (item.querySelector('.lw-visit__due')?.textContent ?? '').replace('Due ', ''),
          date: (item.closest('.lw-day')?.querySelector('h3')?.id ?? '').replace('day-', ''),
          movable: item.querySelector('[id$="-open"]')?.id ?? '',
        })),
      );
      const iso = (text: string) => new Date(`${text} 12:00Z`).toISOString().slice(0, 10);
      const full = new Set(
        await page
          .locator('.lw-day')
          .evaluateAll((all) =>
            all
              .filter((d) => d.querySelectorAll('.lw-visit').length >= 5)
              .map((d) => (d.querySelector('h3')?.id ?? '').replace('day-', '')),
          ),
      );
      const holidays = bankHolidayDates();
      /** Working days after `from` up to `to` that are not full. */
      const roomAfter = (from: string, to: string) => {
        const room: string[] = [];
        for (let at = Date.parse(from) + 86_400_000; at <= Date.parse(to); at += 86_400_000) {
          const date = new Date(at).toISOString().slice(0, 10);
          const weekday = new Date(at).getUTCDay();
          if (weekday > 0 && weekday < 6 && !full.has(date) && !holidays.has(date)) {
            room.push(date);
          }
        }
        return room;
      };
      const soonest = londonDate(21);
      const chosen = visits.find(
        (visit) =>
          visit.movable &&
          visit.date >= soonest &&
          roomAfter(visit.date, iso(visit.due)).length >= 3,
      );
      if (!chosen) throw new Error('no proposed meeting with room to move');
      const name = chosen.title.replace(/^.*\d\d:\d\d, /, '');
      const due = iso(chosen.due);

      // A screen reader user jumps to the meeting by its heading; Tab goes on to its button.
      await page.locator(`#${chosen.movable}`).locator('xpath=ancestor::li[1]//h4').focus();
      await tabTo(page, page.locator(`#${chosen.movable}`));
      await page.keyboard.press('Enter');
      // The form opens with its day select focused; arrow keys step through the days.
      await expect(focusedId(page)).resolves.toMatch(/^move-.*-date$/);
      await checkPage(page);
      await checkAt320(page);
      const select = page.getByLabel('Day', { exact: true });
      const options = await select.locator('option').evaluateAll((all) =>
        all.map((option) => ({
          value: (option as HTMLOptionElement).value,
          text: option.textContent ?? '',
        })),
      );
      const from = options.findIndex((option) => option.value === chosen.date);
      let at = from;
      /** Picks a day with arrow keys, types a time, tabs to Move and presses Enter. */
      const moveTo = async (index: number) => {
        await expect(focusedId(page)).resolves.toMatch(/-date$/);
        const key = index > at ? 'ArrowDown' : 'ArrowUp';
        for (let step = 0; step < Math.abs(index - at); step += 1) await page.keyboard.press(key);
        at = index;
        await expect(select.inputValue()).resolves.toBe(options[index]?.value);
        // The end of the working day, which the plan leaves free.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Control+A');
        await page.keyboard.type('15:30');
        await tabTo(page, page.getByRole('button', { name: 'Move', exact: true }));
        await page.keyboard.press('Enter');
      };

      // After its due date: refused, with the reason beside the day, which has focus again.
      const tooLate = options.findIndex((option) => option.value > due);
      if (tooLate > 0) {
        await moveTo(tooLate);
        await page
          .locator('.lw-move .ds-field__error')
          .getByText(/can only be held between/)
          .waitFor();
        await expect(select.getAttribute('aria-invalid')).resolves.toBe('true');
        await expect(focusedId(page)).resolves.toMatch(/-date$/);
        await checkPage(page);
      }

      // A later working day with room, before it is due.
      const candidates = options
        .map((option, index) => ({ ...option, index }))
        .filter(
          (option) =>
            option.index > from &&
            option.value <= due &&
            !option.text.includes('(locked)') &&
            !/– [5-9] planned/.test(option.text),
        )
        .slice(0, 4);
      let moved: (typeof candidates)[number] | undefined;
      const refusals: string[] = [];
      for (const candidate of candidates) {
        await moveTo(candidate.index);
        const outcome = await Promise.race([
          status()
            .getByText(`Moved ${name} to`)
            .waitFor()
            .then(() => 'moved' as const),
          page
            .locator('.lw-move .ds-field__error')
            .waitFor()
            .then(() => 'refused' as const),
        ]);
        if (outcome === 'moved') {
          moved = candidate;
          break;
        }
        refusals.push(
          `${candidate.text}: ${await page.locator('.lw-move .ds-field__error').textContent()}`,
        );
      }
      if (!moved) {
        throw new Error(
          `no later day took the meeting on ${chosen.date}, due ${due}: ${JSON.stringify({ candidates, refusals, options: options.slice(from, from + 12) })}`,
        );
      }
      const fromDate = chosen.date;

      // Shown on its new day, where focus now is.
      const newDay = day(moved.value);
      await newDay.getByText('15:30 to', { exact: false }).first().waitFor();
      await expect(newDay.locator('.lw-visit__title', { hasText: name }).count()).resolves.toBe(1);
      await expect(
        page.evaluate(() => document.activeElement?.classList.contains('lw-visit__title')),
      ).resolves.toBe(true);
      await checkPage(page);

      // The API kept it.
      await page.reload();
      await days().waitFor();
      await expect(
        day(moved.value).locator('.lw-visit__title', { hasText: name }).count(),
      ).resolves.toBe(1);
      await expect(
        day(fromDate).locator('.lw-visit__title', { hasText: name }).count(),
      ).resolves.toBe(0);
    }, 90_000);

    it('locks a day, says so, and the day stays locked after a reload and a re-plan', async () => {
      const firstDay = page.locator('.lw-day').first();
      const date = ((await firstDay.locator('h3').getAttribute('id')) ?? '').replace('day-', '');
      await firstDay.getByRole('button', { name: /^Lock the day/ }).focus();
      await page.keyboard.press('Enter');
      await status()
        .getByText(/is locked: re-planning will keep it as it is\.$/)
        .waitFor();
      await day(date).getByText('Locked', { exact: true }).waitFor();
      // The same button, now to unlock, keeps focus.
      await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toMatch(
        /^Unlock the day/,
      );
      await checkPage(page);

      const before = await day(date).locator('.lw-visit__title').allTextContents();
      await page.reload();
      await day(date).getByText('Locked', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Re-plan' }).click();
      await expect(page.getByRole('button', { name: 'Re-planning…' }).count()).resolves.toBe(1);
      await status()
        .getByText(/^Re-planned:/)
        .waitFor({ timeout: 60_000 });
      await expect(day(date).locator('.lw-visit__title').allTextContents()).resolves.toEqual(
        before,
      );
      await day(date).getByText('Locked', { exact: true }).waitFor();
    }, 90_000);

    it('shows a day on a map, its stops numbered in route order', async () => {
      const firstDay = page.locator('.lw-day').nth(1);
      const stops = await firstDay.locator('.lw-visit').count();
      await firstDay.getByRole('button', { name: /^Show on a map/ }).click();
      const map = page.getByRole('region', { name: /^Map of the meetings on / });
      await map.waitFor();
      await map.getByRole('img', { name: /^Stop 1: \d\d:\d\d, / }).waitFor();
      await expect(map.getByRole('img', { name: /^Stop \d+: / }).count()).resolves.toBe(stops);
      await checkPage(page);
      await checkAt320(page);
    });

    it('sends the invitations due today and sees how many went', async () => {
      await page.getByRole('button', { name: 'Send invitations due today' }).click();
      await page
        .getByRole('status')
        .getByText(/^(\d+ invitations? sent\.|No invitations were due today\.)/)
        .waitFor();
      await page.getByRole('heading', { name: 'Call or knock' }).waitFor();
      await page.getByRole('heading', { name: /^Not placed \(\d+\)$/ }).waitFor();
      await checkPage(page);
    });

    it('opens coverage: each patch and all together, in figures and bars', async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Living Well coverage' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Living Well coverage' }).waitFor();
      const table = page.getByRole('table', { name: 'Coverage by patch' });
      const huyton = table.getByRole('row', { name: /^Huyton/ });
      await expect(huyton.textContent()).resolves.toMatch(
        /\d+ of \d+ \(\d+%\).*\d+ of \d+.*\d+\.\d km/,
      );
      await table.getByRole('row', { name: /^All your patches/ }).waitFor();
      await checkPage(page);
      await checkAt320(page);
    });

    it('records a meeting with an overdue tenant from the plan, and coverage goes up by one', async () => {
      const metInHuyton = async () => {
        const row = page
          .getByRole('table', { name: 'Coverage by patch' })
          .getByRole('row', { name: /^Huyton/ });
        const text = (await row.textContent()) ?? '';
        return Number((/([\d,]+) of [\d,]+ \(/.exec(text)?.[1] ?? '').replace(/,/g, ''));
      };
      const before = await metInHuyton();
      expect(before).toBeGreaterThan(0);

      await page.goBack();
      await days().waitFor();
      const overdue = page
        .locator('.lw-visit', { has: page.locator('.lw-tag', { hasText: /^Overdue$/ }) })
        .first();
      await overdue.getByRole('link', { name: /^Record the meeting with / }).click();
      await page.getByRole('heading', { level: 1, name: /^Living Well meeting / }).waitFor();
      await page.getByLabel('Date held').fill(londonDate());
      await page.getByRole('radio', { name: 'We met' }).check();
      await page.getByRole('button', { name: 'Save record' }).click();
      await page.getByRole('heading', { level: 1, name: 'Living Well meeting recorded' }).waitFor();

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Living Well coverage' })
        .click();
      await page.getByRole('table', { name: 'Coverage by patch' }).waitFor();
      await expect.poll(metInHuyton).toBe(before + 1);
    });
  });

  describe('a manager', () => {
    let page: Page;
    beforeAll(async () => {
      page = await signedIn(MANAGER);
    });
    afterAll(() => page?.close());

    const corner = (n: number) => page.getByRole('group', { name: `Corner ${n}`, exact: true });

    it('edits the Huyton boundary: refused outside the borough, then previews the homes that would move', async () => {
      await page.getByRole('link', { name: 'View Huyton patch' }).click();
      await page.getByRole('link', { name: 'Change the boundary of Huyton' }).click();
      await page.getByRole('heading', { level: 1, name: 'Boundary of Huyton' }).waitFor();
      const map = page.getByRole('region', { name: /^Map of the boundary/ });
      await map.getByRole('button', { name: /^Corner 1 of \d+\./ }).waitFor();
      const count = await page.locator('.pb-corners > li').count();
      // Corners that would overlap on the map wait for a closer zoom; the list has them all.
      const shown = await map.getByRole('button', { name: /^Corner \d+ of / }).count();
      expect(shown).toBeGreaterThan(2);
      expect(shown).toBeLessThanOrEqual(count);
      await checkPage(page);
      await checkAt320(page);

      // Adding a corner puts focus in its fields; removing it takes the list back.
      await corner(1).getByRole('button', { name: 'Add a corner after corner 1' }).click();
      await expect(focusedId(page)).resolves.toBe('corner-2-latitude');
      await expect(page.locator('.pb-corners > li').count()).resolves.toBe(count + 1);
      await corner(2).getByRole('button', { name: 'Remove corner 2' }).click();
      await expect(page.locator('.pb-corners > li').count()).resolves.toBe(count);

      // A corner far outside the borough: the API's reason, in an error summary.
      const latitude = corner(2).getByLabel('Latitude');
      const was = await latitude.inputValue();
      await latitude.fill('54.9');
      await page.getByRole('button', { name: 'Preview changes' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await summary.getByText(/outside the borough/).waitFor();
      await checkPage(page);

      // The outline drawn a third of the way in towards its middle: homes near its edge
      // would leave the patch.
      await latitude.fill(was);
      const corners = await page
        .locator('.pb-corners > li')
        .evaluateAll((items) =>
          items.map((item) => [
            Number(item.querySelectorAll('input')[0]?.value),
            Number(item.querySelectorAll('input')[1]?.value),
          ]),
        );
      const middle = [0, 1].map(
        (axis) => corners.reduce((sum, c) => sum + (c[axis] ?? 0), 0) / corners.length,
      );
      const inwards = (value: number, axis: 0 | 1) =>
        (value + ((middle[axis] ?? 0) - value) / 3).toFixed(6);
      for (const [index, [lat = 0, lng = 0]] of corners.entries()) {
        await corner(index + 1)
          .getByLabel('Latitude')
          .fill(inwards(lat, 0));
        await corner(index + 1)
          .getByLabel('Longitude')
          .fill(inwards(lng, 1));
      }
      await page.getByRole('button', { name: 'Preview changes' }).click();
      const moves = page.getByRole('table', { name: /^Homes that would move \(\d+\)$/ });
      await moves.waitFor();
      await expect(moves.locator('tbody tr').first().textContent()).resolves.toMatch(
        /L\d\d.*Huyton/,
      );
      await expect(summary.count()).resolves.toBe(0);
      await checkPage(page);

      // Nothing is saved by a preview: the page opens again with the boundary as it was.
      await page.reload();
      await expect(corner(1).getByLabel('Latitude').inputValue()).resolves.toBe(
        String(corners[0]?.[0]),
      );
    });

    it('saves the boundary unchanged, and no homes move', async () => {
      await page.getByRole('button', { name: 'Save the boundary' }).click();
      await page
        .getByRole('status')
        .getByText('The boundary has been saved. No homes moved.')
        .waitFor();
      await checkPage(page);
    });
  });
});
