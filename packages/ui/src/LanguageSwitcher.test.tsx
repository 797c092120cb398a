import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { LanguageSwitcher, useDocumentLanguage } from './LanguageSwitcher';

afterEach(cleanup);

const languages = [
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
];

it('changes language only when the button is pressed, not while choosing', () => {
  const onChange = vi.fn();
  render(
    <LanguageSwitcher
      id="lang"
      label="Language"
      buttonText="Change language"
      languages={languages}
      current="en"
      onChange={onChange}
    />,
  );
  const select = screen.getByLabelText('Language');
  fireEvent.change(select, { target: { value: 'ar' } });
  expect(onChange).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Change language' }));
  expect(onChange).toHaveBeenCalledWith('ar');
  expect(screen.getByRole('option', { name: 'العربية' }).getAttribute('lang')).toBe('ar');
});

function Page({ lang, dir }: { lang: string; dir: 'ltr' | 'rtl' }) {
  useDocumentLanguage(lang, dir);
  return null;
}

it('sets lang and dir on the document, and puts English back afterwards', () => {
  const { unmount } = render(<Page lang="ur-PK" dir="rtl" />);
  expect(document.documentElement.lang).toBe('ur-PK');
  expect(document.documentElement.dir).toBe('rtl');
  unmount();
  expect(document.documentElement.lang).toBe('en-GB');
  expect(document.documentElement.dir).toBe('ltr');
});
