import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const GIVE_UP_MS = 5000;
const isShown = (element: Element) => element.checkVisibility();

/**
 * After a route change that took the focused element away (a link, a dialog's button), focus would
 * fall back to <body> and keyboard users restart at the top: move it to the new page's heading.
 * A lazy page first shows a fallback and merely hides the old one, so wait until a heading shows.
 */
export function RouteFocus({ mainId }: { mainId: string }) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const started = performance.now();
    let frame = 0;
    const settle = () => {
      const main = document.getElementById(mainId);
      const heading = [...(main?.querySelectorAll<HTMLElement>('h1') ?? [])].find(isShown);
      if (!heading) {
        if (performance.now() - started < GIVE_UP_MS) frame = requestAnimationFrame(settle);
        return;
      }
      const active = document.activeElement;
      if (active && active !== document.body && isShown(active)) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    };
    frame = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(frame);
  }, [pathname, mainId]);
  return null;
}
