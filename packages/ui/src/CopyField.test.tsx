import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { CopyField } from './CopyField';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('copies the value and says so in a status region', async () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  vi.stubGlobal('navigator', { clipboard: { writeText } });
  render(<CopyField label="Your calendar address" value="https://example.test/feed.ics" />);
  expect(screen.getByLabelText('Your calendar address')).toHaveProperty(
    'value',
    'https://example.test/feed.ics',
  );
  fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
  await screen.findByText('Copied.');
  expect(writeText).toHaveBeenCalledWith('https://example.test/feed.ics');
  expect(screen.getByRole('status').textContent).toBe('Copied.');
});

it('selects the text for the person to copy when the browser refuses', async () => {
  vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new Error('no')) } });
  render(<CopyField label="Your calendar address" value="https://example.test/feed.ics" />);
  fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
  await screen.findByText(/Could not copy automatically/);
  expect(document.activeElement).toBe(screen.getByLabelText('Your calendar address'));
});
