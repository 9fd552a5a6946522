// Figures 3 and 6: JS heap once the whole list is in, then the name filter, keystroke by keystroke.
import { heapAfterGc, openPage } from './browser.mjs';
import { arm, lastInput, marksOf } from './page-probe.mjs';
import { max, median } from './stats.mjs';

const SETTLE_MS = 500;

const matching = (names, text) => names.filter((name) => name.toLowerCase().includes(text.toLowerCase())).length;

/**
 * Text to type so that every keystroke changes the number of rows (the probe sees a change by the
 * row count), and no step empties the list. Generated names end in a 5-digit index.
 */
export function filterText(names) {
  for (const candidate of ['1234', '123', '12', '1', 'a']) {
    let previous = names.length;
    let ok = true;
    for (let i = 1; i <= candidate.length && ok; i++) {
      const count = matching(names, candidate.slice(0, i));
      ok = count > 0 && count < previous;
      previous = count;
    }
    if (ok) return candidate;
  }
  throw new Error('no filter text narrows these names step by step');
}

/** Keystrokes: type the text, then delete it again; each with the row count it must lead to. */
function keystrokes(names, text) {
  const steps = [];
  for (let i = 1; i <= text.length; i++) steps.push({ key: text[i - 1], expected: matching(names, text.slice(0, i)) });
  for (let i = text.length - 1; i >= 0; i--) steps.push({ key: 'Backspace', expected: matching(names, text.slice(0, i)) });
  return steps;
}

export async function measureFilterAndHeap({ context, origin, names, timeoutMs, profile }) {
  const n = names.length;
  const { page, errors } = await openPage(context, `${origin}/ui/#/ns/bench/imagestreams`, { marks: { allRows: ['allRows', n] }, timeoutMs });
  await marksOf(page, ['allRows'], timeoutMs);
  await page.waitForTimeout(SETTLE_MS);
  const heap = await heapAfterGc(page);

  const text = filterText(names);
  await page.locator('#list-filter-name').click();
  const steps = [];
  const stopProfile = await profile(page);
  for (const { key, expected } of keystrokes(names, text)) {
    const result = await arm(page, 'rows', expected, timeoutMs);
    await page.keyboard.press(key);
    const shown = await result();
    const keydown = await lastInput(page, 'keydown');
    steps.push({ key, rows: expected, ms: shown.frame - keydown });
  }
  const cpu = await stopProfile(`filter-${n}`);
  if (errors.length > 0) throw new Error(`the list page threw: ${errors.join('; ')}`);
  await page.close();
  const times = steps.map((s) => s.ms);
  return { heap, filter: { ms: median(times), maxMs: max(times), text, steps, profile: cpu } };
}

/** The app's own heap with almost no data: the small `demo` namespace of the sample data. */
export async function measureBaselineHeap({ context, origin, timeoutMs }) {
  const { page } = await openPage(context, `${origin}/ui/#/ns/demo/imagestreams`, { marks: { firstRow: ['firstRow'] }, timeoutMs });
  await marksOf(page, ['firstRow'], timeoutMs);
  await page.waitForTimeout(SETTLE_MS);
  const heap = await heapAfterGc(page);
  await page.close();
  return heap;
}
