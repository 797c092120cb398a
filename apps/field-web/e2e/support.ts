import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Every success criterion of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** WCAG 1.4.10 reflow: nothing may need scrolling sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Field views are read outdoors: body text must reach 7:1 (axe's WCAG AAA contrast rule) and
 * every control a thumb may need must offer a 44 × 44 px target (its own box, or the label
 * wrapped round a radio or checkbox). Links inside running text are exempt, as in WCAG 2.5.8.
 */
export async function expectFieldReadability(page: Page) {
  const contrast = await new AxeBuilder({ page })
    .include('main')
    .withRules(['color-contrast-enhanced'])
    .analyze();
  expect(
    contrast.violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? v.help}`),
    ),
  ).toEqual([]);

  const small = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary',
    );
    const found: string[] = [];
    for (const control of controls) {
      const style = getComputedStyle(control);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const inText =
        control.tagName === 'A' &&
        control.closest('p, li > span, td, .leaflet-control-attribution') !== null;
      if (inText) continue;
      const boxes = [control.getBoundingClientRect()];
      const label =
        control.closest('label') ??
        (control.id ? document.querySelector(`label[for="${control.id}"]`) : null);
      if (label) boxes.push(label.getBoundingClientRect());
      if (boxes[0] && boxes[0].width === 0 && boxes[0].height === 0 && !label) continue;
      const fits = boxes.some((box) => box.width >= 44 - 0.5 && box.height >= 44 - 0.5);
      if (!fits) {
        const box = boxes[boxes.length - 1];
        const name = (
          control.getAttribute('aria-label') ??
          control.getAttribute('name') ??
          (control.id ? `#${control.id}` : null) ??
          (control.getAttribute('type') ? `[type=${control.getAttribute('type')}]` : null) ??
          control.textContent ??
          ''
        ).trim();
        found.push(
          `${control.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(box?.width ?? 0)}×${Math.round(box?.height ?? 0)}`,
        );
      }
    }
    return found;
  });
  expect(small).toEqual([]);
}
