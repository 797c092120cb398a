import type { AppRouter } from '@doorstep/api';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { PostProcessorModule } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { BookingLinkPage } from './BookingLinkPage';
import { createTenantI18n } from './i18n';
import type { BookingView } from './types';

/**
 * Renders every step of the tenant pages in a pseudo-locale, where each translated string
 * comes back accented and bracketed. Any plain ASCII letter left on the page (outside data
 * from the API and the language names) is a string that did not go through i18next.
 */
const accents: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
};
const accent = (c: string) => {
  const lower = accents[c.toLowerCase()] ?? c;
  return c === c.toLowerCase() ? lower : lower.toUpperCase();
};
const pseudo: PostProcessorModule = {
  type: 'postProcessor',
  name: 'pseudo',
  process: (value: string) =>
    `⟦${value
      .split(/(<\/?\w+>)/)
      .map((part) => (part.startsWith('<') ? part : part.replace(/[A-Za-z]/g, accent)))
      .join('')}⟧`,
};

const data = {
  purpose: 'Look at the leak under the kitchen sink',
  street: 'Archway Road',
  adjustment: 'We will call you through Relay UK',
  reference: 'DS-7KQ2M',
  reason: 'No advisor is working in this window',
};
const allowed = Object.values(data);

const baseView: BookingView = {
  firstName: 'Ana',
  street: data.street,
  type: 'repair_inspection',
  typeLabel: 'Repair inspection',
  purpose: data.purpose,
  visitor: 'Sam, your Housing Advisor',
  durationMinutes: 90,
  twoPeople: true,
  adjustments: [data.adjustment],
  callbackRequested: true,
  booking: null,
  days: [
    {
      date: '2026-12-01',
      label: 'Tuesday 1 December',
      slots: [
        { start: '2026-12-01T10:00:00.000Z', startTime: '10:00', endTime: '11:30' },
        { start: '2026-12-01T13:00:00.000Z', startTime: '13:00', endTime: '14:30' },
      ],
    },
    {
      date: '2026-12-02',
      label: 'Wednesday 2 December',
      slots: [{ start: '2026-12-02T09:30:00.000Z', startTime: '09:30', endTime: '11:00' }],
    },
  ],
  noSlotsReason: null,
} as BookingView;

const booked = {
  reference: data.reference,
  start: '2026-12-01T10:00:00.000Z',
  end: '2026-12-01T11:30:00.000Z',
};

type Handler = (input: unknown) => unknown;

function fakeApi(handlers: Record<string, Handler>): TRPCLink<AppRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        Promise.resolve()
          .then(() => {
            const handler = handlers[op.path];
            if (!handler) throw new Error(`no fake for ${op.path}`);
            return handler(op.input);
          })
          .then(
            (result) => {
              observer.next({ result: { type: 'data', data: result } });
              observer.complete();
            },
            (error: unknown) => observer.error(error as TRPCClientError<AppRouter>),
          );
      });
}

const notFound = () => {
  throw TRPCClientError.from({
    error: {
      message: 'This link is not valid.',
      code: -32004,
      data: { code: 'NOT_FOUND', httpStatus: 404 },
    },
  });
};

function renderPage(handlers: Record<string, Handler>) {
  const i18n = createTenantI18n({ postProcessor: pseudo });
  const client = createTRPCClient<AppRouter>({ links: [fakeApi(handlers)] });
  render(<BookingLinkPage token="a-token" i18n={i18n} client={client} retryDelaysMs={[]} />);
  return { t: (key: string, options: Record<string, unknown> = {}) => i18n.t(key, options) };
}

/** Fails on any visible text or accessible-name attribute that was not pseudo-localised. */
function expectAllTranslated() {
  const problems: string[] = [];
  const check = (text: string, where: string) => {
    let rest = text;
    for (const value of allowed) rest = rest.replaceAll(value, '');
    if (/[A-Za-z]/.test(rest)) problems.push(`${where}: "${text.trim()}"`);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, [translate="no"]')) continue;
    check(node.textContent ?? '', `text in <${parent.tagName.toLowerCase()}>`);
  }
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const value = element.getAttribute(attribute);
      if (value) check(value, `${attribute} of <${element.tagName.toLowerCase()}>`);
    }
  }
  check(document.title, 'document title');
  expect(problems).toEqual([]);
}

afterEach(cleanup);

const heading = async (text: string) =>
  screen.findByRole('heading', { level: 1, name: text }, { timeout: 3000 });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('tenant pages in a pseudo-locale', () => {
  it('choose, errors, none of these suit me, call back', async () => {
    const { t } = renderPage({
      'booking.view': () => baseView,
      'booking.requestCallback': () => ({ requested: true }),
    });
    await heading(t('choose.title'));
    expect(document.documentElement.lang).toBe('en-GB');
    expectAllTranslated();
    click(t('common.continue'));
    await screen.findByRole('alert');
    expectAllTranslated();
    click(t('choose.none'));
    await heading(t('cannot.title'));
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '1'.repeat(501) } });
    click(t('cannot.submit'));
    await screen.findByRole('alert');
    expectAllTranslated();
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Not before ten' } });
    click(t('cannot.submit'));
    await heading(t('callback.title'));
    expectAllTranslated();
  });

  it('check answers, confirmation with calendar links', async () => {
    const { t } = renderPage({
      'booking.view': () => baseView,
      'booking.book': () => booked,
    });
    await heading(t('choose.title'));
    fireEvent.click(screen.getAllByRole('radio')[0] as HTMLElement);
    click(t('common.continue'));
    await heading(t('check.title'));
    expectAllTranslated();
    click(t('check.confirm'));
    await heading(t('done.title'));
    expectAllTranslated();
  });

  it('a slot taken meanwhile returns to fresh times with the reason', async () => {
    const { t } = renderPage({
      'booking.view': () => baseView,
      'booking.book': () => {
        throw TRPCClientError.from({
          error: { message: 'taken', code: -32009, data: { code: 'CONFLICT', httpStatus: 409 } },
        });
      },
    });
    await heading(t('choose.title'));
    fireEvent.click(screen.getAllByRole('radio')[1] as HTMLElement);
    click(t('common.continue'));
    await heading(t('check.title'));
    click(t('check.confirm'));
    await heading(t('choose.title'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(t('choose.taken')));
    expectAllTranslated();
  });

  it('manage, reschedule, cancel confirm, cancelled', async () => {
    let current: BookingView = { ...baseView, booking: { ...booked, canChange: true } };
    const { t } = renderPage({
      'booking.view': () => current,
      'booking.cancel': () => {
        current = { ...baseView, booking: null };
        return { cancelled: true };
      },
    });
    await heading(t('manage.title'));
    expectAllTranslated();
    click(t('manage.changeTime'));
    await heading(t('choose.rescheduleTitle'));
    expectAllTranslated();
    click(t('common.back'));
    await heading(t('manage.title'));
    click(t('manage.cancel'));
    await heading(t('cancel.title'));
    expectAllTranslated();
    click(t('cancel.confirm'));
    await heading(t('cancel.doneTitle'));
    expectAllTranslated();
  });

  it('too late to change, and no times on offer', async () => {
    const late = renderPage({
      'booking.view': () => ({ ...baseView, booking: { ...booked, canChange: false } }),
    });
    await heading(late.t('manage.title'));
    expectAllTranslated();
    cleanup();
    const none = renderPage({
      'booking.view': () => ({ ...baseView, days: [], noSlotsReason: data.reason }),
    });
    await heading(none.t('choose.title'));
    expectAllTranslated();
  });

  it('link not valid, and a service problem', async () => {
    const invalid = renderPage({ 'booking.view': notFound });
    await heading(invalid.t('invalid.title'));
    expectAllTranslated();
    cleanup();
    const broken = renderPage({
      'booking.view': () => {
        throw new Error('network down');
      },
    });
    await heading(broken.t('common.serviceProblemTitle'));
    expectAllTranslated();
  });

  it('notices a hard-coded string (the check itself works)', () => {
    document.body.innerHTML = '<p>Book your visit</p>';
    expect(() => expectAllTranslated()).toThrow();
    document.body.innerHTML = '';
  });
});

describe('text from the database', () => {
  it('is shown as text, never as markup, whatever it contains', async () => {
    const hostile = {
      ...baseView,
      firstName: '<img src=x onerror="window.hacked=1">',
      street: 'Archway Road\r\n<script>window.hacked=1</script>',
      purpose: 'Leak\r\nEND:VEVENT <b>bold</b> <script>window.hacked=1</script>',
    } as BookingView;
    const { t } = renderPage({ 'booking.view': () => hostile });
    await heading(t('choose.title', { name: hostile.firstName }));
    expect(document.body.querySelector('main script, main img, main b')).toBeNull();
    expect(document.body.textContent).toContain('<script>window.hacked=1</script>');
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });
});
