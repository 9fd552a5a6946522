// Figure 5: a burst of MODIFIED events (500 a second for 10 s) through the list page's watch.
// The harness changes streams in the in-process cluster (annotations, round robin, each one a
// MODIFIED event with a new resourceVersion); the last change, a real merge patch, flips the lookup policy
// of the stream in the first row, so "Local" in its Lookup cell means every event has been applied.
/* global window, document -- in page.evaluate callbacks */
import { performance } from 'node:perf_hooks';
import { openPage } from './browser.mjs';
import { arm, marksOf, when } from './page-probe.mjs';

const TICK_MS = 10;
const LONG_TASK_BUDGET_MS = 100;

/** Sends `total` changes at `rate` a second; resolves with the wall-clock time (Date.now()) of the last one. */
function drive(cluster, names, marker, total, rate) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let sent = 0;
    const tick = () => {
      try {
        const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000));
        while (sent < due) {
          sent += 1;
          if (sent === total) {
            cluster.patchImageStream('bench', marker, { spec: { lookupPolicy: { local: true } } }, 'merge');
            const end = performance.now();
            resolve({ lastSentAt: Date.now(), seconds: (end - start) / 1000, sent });
            return;
          }
          // What a merge patch of an annotation stores, written directly: a patch costs the cluster
          // 3 times as much (validation, copies), and the sender must keep up with 500 a second.
          const current = cluster.store.get('bench', names[(sent - 1) % names.length]);
          const annotations = { ...current.metadata.annotations, 'bench.example.com/tick': String(sent) };
          cluster.store.write('MODIFIED', { ...current, metadata: { ...current.metadata, annotations } });
        }
        setTimeout(tick, TICK_MS);
      } catch (error) {
        reject(error);
      }
    };
    tick();
  });
}

export async function measureWatch({ context, origin, cluster, n, rate, seconds, timeoutMs, profile }) {
  const { page, errors } = await openPage(context, `${origin}/ui/#/ns/bench/imagestreams`, { marks: { allRows: ['allRows', n] }, timeoutMs });
  await marksOf(page, ['allRows'], timeoutMs);
  await when(page, 'present', '[aria-label="Live updates: live"]', timeoutMs);
  await page.waitForTimeout(500);
  const marker = await page.evaluate(() => window.__bench.firstRowName());
  const markerStream = marker && cluster.getImageStream('bench', marker);
  if (!markerStream || markerStream.spec.lookupPolicy?.local) throw new Error(`first row ${marker} cannot mark the last event`);
  const names = cluster.store.list('bench').map((s) => s.metadata.name).filter((name) => name !== marker);

  // A re-list (410, dropped watch) would also bring the change in: count them, they are not a watch.
  let relists = 0;
  const onRequest = (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/namespaces/bench/imagestreams') && !url.searchParams.has('watch')) relists += 1;
  };
  page.on('request', onRequest);
  const shown = await arm(page, 'cell', { index: 2, label: 'Lookup', text: 'Local' }, timeoutMs);
  const stopProfile = await profile(page);
  // The page is idle here, so its clock is read within a round trip of the burst's start.
  const burstStart = await page.evaluate(() => performance.now());
  const sent = await drive(cluster, names, marker, Math.round(rate * seconds), rate);
  const seen = await shown();
  const cpu = await stopProfile(`watch-${n - 1}`);
  page.off('request', onRequest);
  const status = await page.evaluate(() => document.querySelector('[aria-label^="Live updates:"]')?.getAttribute('aria-label'));
  const tasks = (await page.evaluate(() => window.__bench.longTasks)).filter((t) => t.start >= burstStart);
  if (errors.length > 0) throw new Error(`the list page threw: ${errors.join('; ')}`);
  await page.close();
  const durations = tasks.map((t) => t.duration);
  return {
    lagMs: seen.wall - sent.lastSentAt,
    events: sent.sent,
    sendSeconds: sent.seconds,
    rate,
    longestTaskMs: durations.length ? Math.max(...durations) : 0,
    longTasks: durations.length,
    tasksOverBudget: durations.filter((d) => d > LONG_TASK_BUDGET_MS).length,
    blockingMs: durations.reduce((total, d) => total + Math.max(0, d - 50), 0),
    relists,
    finalStatus: status,
    profile: cpu,
  };
}
