// Figure 4: the details page of a 200-tag stream (Tags tab from navigation start), then its
// History tab (from the click) and the merged timeline of every tag (from the change).
import { openPage } from './browser.mjs';
import { arm, lastInput, marksOf } from './page-probe.mjs';
import { median } from './stats.mjs';

export async function measureDetails({ context, origin, stream, reps, timeoutMs, profile, n }) {
  const url = `${origin}/ui/#/ns/bench/imagestreams/${stream.name}`;
  const tags = [];
  const history = [];
  const allTags = [];
  let cpu;
  for (let rep = 0; rep < reps; rep++) {
    const { page, errors } = await openPage(context, url, {
      marks: { tags: ['count', { selector: 'table[aria-label="Tags"] > tbody', min: stream.tags }] },
      timeoutMs,
    });
    const marks = await marksOf(page, ['tags'], timeoutMs);
    tags.push(marks.tags.frame);

    let result = await arm(page, 'count', { selector: 'ol[aria-label^="History of"] > li', min: 1 }, timeoutMs);
    await page.getByRole('tab', { name: 'History' }).click();
    history.push((await result()).frame - (await lastInput(page, 'click')));

    result = await arm(page, 'count', { selector: 'ol[aria-label="History of all tags"] > li', min: stream.historyItems }, timeoutMs);
    const stopProfile = await profile(page);
    await page.locator('#history-tag').selectOption('*');
    allTags.push((await result()).frame - (await lastInput(page, 'change')));
    cpu = (await stopProfile(`history-all-tags-${n}`)) ?? cpu;
    if (errors.length > 0) throw new Error(`the details page threw: ${errors.join('; ')}`);
    await page.close();
  }
  return {
    tagsMs: median(tags),
    historyMs: median(history),
    allTagsMs: median(allTags),
    stream,
    profile: cpu,
    samples: { tags, history, allTags },
  };
}
