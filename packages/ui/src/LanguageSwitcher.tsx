import { type FormEvent, useEffect } from 'react';
import { Button } from './Button';

export interface LanguageSwitcherProps {
  /** The select's id, unique on the page. */
  id: string;
  /** "Language", in the page's language. */
  label: string;
  /** "Change language", in the page's language. */
  buttonText: string;
  /** Each language's own name for itself, shown to people who may not read the current one. */
  languages: readonly { code: string; name: string }[];
  current: string;
  onChange: (code: string) => void;
}

/**
 * A select and a button rather than a select that acts on change: changing the page while
 * someone moves through the options with the keyboard would be a change of context (WCAG 3.2.2).
 */
export function LanguageSwitcher({
  id,
  label,
  buttonText,
  languages,
  current,
  onChange,
}: LanguageSwitcherProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange(String(new FormData(event.currentTarget).get('lang') ?? current));
  }
  return (
    <form className="ds-language-switcher" onSubmit={submit} method="get">
      <div>
        <label htmlFor={id}>{label}</label>
        <select id={id} name="lang" defaultValue={current} key={current}>
          {languages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code} translate="no">
              {language.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {buttonText}
      </Button>
    </form>
  );
}

/**
 * `lang` and `dir` on <html>, so screen readers, fonts and the layout follow the page's
 * language; put back to British English when the page goes.
 */
export function useDocumentLanguage(lang: string, dir: 'ltr' | 'rtl') {
  useEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = dir;
    return () => {
      html.lang = 'en-GB';
      html.dir = 'ltr';
    };
  }, [lang, dir]);
}
