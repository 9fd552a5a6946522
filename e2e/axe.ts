// One accessibility check for every spec: WCAG 2.0/2.1 A and AA rules, serious and critical fail.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

// best-practice too, so landmark and heading findings show up in the printed summary.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

/** One line per rule: id, impact, what it asks, and the elements it flagged. */
export function summarize(violations: Violation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Scans the page as it is now; the name says which page or dialog failed. */
export async function expectNoSeriousViolations(page: Page, name: string) {
  // Menus and popovers fade in: a scan mid-fade measures the contrast of half-transparent text.
  // Only transitions: spinners animate for ever.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'));
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const minor = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  // Moderate and minor findings are printed, not failed: they are reported and fixed when cheap.
  if (minor.length > 0) console.log(`[axe] ${name}: ${summarize(minor).join('\n  ')}`);
  expect(summarize(violations.filter((v) => BLOCKING.has(v.impact ?? ''))), `serious or critical violations on ${name}`).toEqual([]);
}
