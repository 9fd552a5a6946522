import { createContext, useContext, useMemo, type MouseEvent, type ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router';

interface RowLinks {
  /** What the router puts before a path in an href: '#' with the hash router. */
  prefix: string;
  navigate: (to: string) => void;
}

const RowLinksContext = createContext<RowLinks>({ prefix: '', navigate: () => undefined });

/** Resolves the router's href prefix once for every row link below it. */
export function RowLinksProvider({ children }: { children: ReactNode }) {
  const root = useHref('/');
  const navigate = useNavigate();
  const value = useMemo(() => ({ prefix: root.slice(0, -1), navigate: (to: string) => void navigate(to) }), [root, navigate]);
  return <RowLinksContext.Provider value={value}>{children}</RowLinksContext.Provider>;
}

const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;

/**
 * A link to an absolute app path, as react-router's <Link> renders it, without its per-link hooks
 * (resolving a path for each of the dozens of rows that mount on every keystroke and scroll).
 * Modified clicks (new tab, new window) are left to the browser.
 */
export function RowLink({ to, title, children }: { to: string; title?: string; children: ReactNode }) {
  const { prefix, navigate } = useContext(RowLinksContext);
  return (
    <a
      href={prefix + to}
      title={title}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
