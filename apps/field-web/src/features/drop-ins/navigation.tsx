import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';

interface Place {
  pathname: string;
  search: URLSearchParams;
}

interface Navigation extends Place {
  /** A new entry in the history (a link or the filter form), or a replaced one (language). */
  navigate: (url: string, options?: { replace?: boolean }) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

const here = (): Place => ({
  pathname: window.location.pathname,
  search: new URLSearchParams(window.location.search),
});

/**
 * Set when a link moves to another page, so that the new page's heading takes focus and a
 * screen reader announces it, as a full page load would (but not after a filter or language
 * change, which keeps focus where it was).
 */
let focusHeadingNext = false;

export function takeHeadingFocus() {
  const take = focusHeadingNext;
  focusHeadingNext = false;
  return take;
}

/** The address as state: history.pushState for links, popstate for Back and Forward. */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const [place, setPlace] = useState(here);
  useEffect(() => {
    const onPop = () => setPlace(here());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((url: string, options: { replace?: boolean } = {}) => {
    if (options.replace) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
    setPlace(here());
  }, []);
  const value = useMemo(() => ({ ...place, navigate }), [place, navigate]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationProvider');
  return navigation;
}

/** Follows a link within the drop-in pages without reloading, then focuses the new heading. */
export function followLink(navigate: Navigation['navigate'], href: string) {
  focusHeadingNext = true;
  navigate(href);
  window.scrollTo(0, 0);
}

const opensElsewhere = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/** A real link (it opens in a new tab, and copies), followed in place on a plain click. */
export function Link({
  href,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { navigate } = useNavigation();
  return (
    <a
      {...props}
      href={href}
      onClick={(event) => {
        if (opensElsewhere(event)) return;
        event.preventDefault();
        followLink(navigate, href);
      }}
    />
  );
}
