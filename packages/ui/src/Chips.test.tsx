import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { Chips } from './Chips';

afterEach(cleanup);

it('lists each chip by its words, and says a warning is one without relying on colour', () => {
  render(
    <Chips
      label="Before you knock"
      chips={[
        { key: 'a', text: 'Knock loudly', icon: <svg aria-hidden="true" /> },
        { key: 'b', text: 'Do not phone after 6pm', emphasis: 'warning' },
      ]}
    />,
  );
  const list = screen.getByRole('list', { name: 'Before you knock' });
  const items = within(list).getAllByRole('listitem');
  expect(items.map((item) => item.textContent)).toEqual([
    'Knock loudly',
    'Warning: Do not phone after 6pm',
  ]);
  expect(items[1]?.className).toContain('ds-chip--warning');
  expect(items[1]?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
});

it('renders nothing when there is nothing to say', () => {
  const { container } = render(<Chips label="Before you knock" chips={[]} />);
  expect(container.innerHTML).toBe('');
});
