import type { ReactNode } from 'react';

export interface PageLayoutProps {
  /** The service name in the header, e.g. "Doorstep" or "Book your visit". */
  serviceName: string;
  /** Where the service name links to. */
  homeHref?: string;
  /** Navigation links shown in the header. */
  navigation?: ReactNode;
  footer?: ReactNode;
  /** The skip link's words, for pages in another language. */
  skipLinkText?: string;
  /** The accessible name of the header navigation. */
  navigationLabel?: string;
  /** Shown at the end of the header, e.g. a language switcher. */
  headerExtra?: ReactNode;
  children: ReactNode;
}

export const MAIN_CONTENT_ID = 'main-content';

/** Skip link first, one header, one main landmark, one footer: the order assistive tech expects. */
export function PageLayout({
  serviceName,
  homeHref = '/',
  navigation,
  footer,
  skipLinkText = 'Skip to main content',
  navigationLabel = 'Main',
  headerExtra,
  children,
}: PageLayoutProps) {
  return (
    <div className="ds-page">
      <a className="ds-skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {skipLinkText}
      </a>
      <header className="ds-header">
        <div className="ds-width-container ds-header__inner">
          <a className="ds-header__service" href={homeHref}>
            {serviceName}
          </a>
          {navigation ? (
            <nav className="ds-header__nav" aria-label={navigationLabel}>
              {navigation}
            </nav>
          ) : null}
          {headerExtra}
        </div>
      </header>
      <main className="ds-width-container ds-main" id={MAIN_CONTENT_ID} tabIndex={-1}>
        {children}
      </main>
      <footer className="ds-footer">
        <div className="ds-width-container">{footer}</div>
      </footer>
    </div>
  );
}
