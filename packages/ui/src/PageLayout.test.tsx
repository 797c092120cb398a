import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { MAIN_CONTENT_ID, PageLayout } from './PageLayout';

afterEach(cleanup);

it('puts a skip link first that targets the single main landmark', () => {
  render(
    <PageLayout serviceName="Doorstep">
      <h1>Patches</h1>
    </PageLayout>,
  );
  const links = screen.getAllByRole('link');
  expect(links[0]?.textContent).toBe('Skip to main content');
  expect(links[0]?.getAttribute('href')).toBe(`#${MAIN_CONTENT_ID}`);
  const main = screen.getByRole('main');
  expect(main.id).toBe(MAIN_CONTENT_ID);
  expect(main.contains(screen.getByRole('heading', { name: 'Patches' }))).toBe(true);
});
