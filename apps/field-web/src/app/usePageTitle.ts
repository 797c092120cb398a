import { useEffect } from 'react';

/** Every page names itself (WCAG 2.4.2); the service name comes last so tabs stay readable. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Doorstep`;
  }, [title]);
}
