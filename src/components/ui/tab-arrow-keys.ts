import type { KeyboardEvent } from 'react';

const STEPS: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/**
 * PatternFly's Tabs only take Tab and Enter; the ARIA tabs pattern also moves between tabs with the
 * arrow keys, Home and End. Put on `<Tabs onKeyDown>`; Enter or Space then opens the focused tab.
 */
export function moveTabFocus(event: KeyboardEvent<HTMLElement>) {
  const step = STEPS[event.key];
  const current = event.target;
  if (!step || !(current instanceof HTMLElement) || current.getAttribute('role') !== 'tab') return;
  const list = current.closest('[role="tablist"]');
  if (!list) return;
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]:not([aria-disabled="true"])')];
  const at = tabs.indexOf(current);
  if (at === -1) return;
  event.preventDefault();
  tabs[step(at, tabs.length)]?.focus();
}
