// Figures 1 and 2: the floor (fetch + JSON.parse of the whole list in the same page) and the list
// view's time to first rows and to all rows, each from navigation start of a fresh page.
import { openPage } from './browser.mjs';
import { firstRouteBytes, recordAssets } from './first-route.mjs';
import { marksOf } from './page-probe.mjs';
import { median } from './stats.mjs';

const SETTLE_MS = 300;

/** In the page: one request for the whole list (no `limit`), read, parsed. */
async function floorInPage(apiPath) {
  const start = performance.now();
  const response = await fetch(apiPath, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  const text = await response.text();
  const fetched = performance.now();
  const body = JSON.parse(text);
  const parsed = performance.now();
  return {
    totalMs: parsed - start,
    fetchMs: fetched - start,
    parseMs: parsed - fetched,
    bytes: new Blob([text]).size,
    items: body.items.length,
  };
}

/** In the page: when the app asked for the first page and got the last, from resource timing. */
function pagesInPage() {
  const pages = performance.getEntriesByType('resource').filter((entry) => {
    const url = new URL(entry.name);
    return url.pathname.endsWith('/namespaces/bench/imagestreams') && url.searchParams.has('limit');
  });
  return {
    firstRequestMs: pages[0]?.startTime,
    lastResponseMs: pages.length ? Math.max(...pages.map((entry) => entry.responseEnd)) : undefined,
    pages: pages.length,
  };
}

export async function measureList({ context, server, outDir, n, reps, floorReps, timeoutMs }) {
  const { origin } = server;
  const url = `${origin}/ui/#/ns/bench/imagestreams`;
  const apiPath = '/apis/image.openshift.io/v1/namespaces/bench/imagestreams';
  // The same bytes from memory: the browser's share of the floor, without the cluster's own work.
  const snapshotPath = '/__bench/list.json';
  server.setSnapshot(snapshotPath, Buffer.from(await (await fetch(`${origin}${apiPath}`)).arrayBuffer()));
  const memoryFloors = [];
  const firstRows = [];
  const allRows = [];
  const floors = [];
  const timelines = [];
  let assets;
  let firstRoute;
  for (let rep = 0; rep < reps; rep++) {
    const { page, errors } = await openPage(context, url, {
      marks: { firstRow: ['firstRow'], allRows: ['allRows', n] },
      timeoutMs,
      // The first page of the run starts with an empty cache: that is what a first visit loads.
      beforeGoto: (p) => {
        if (!assets) assets = recordAssets(p);
      },
    });
    const marks = await marksOf(page, ['firstRow', 'allRows'], timeoutMs);
    firstRows.push(marks.firstRow.frame);
    allRows.push(marks.allRows.frame);
    timelines.push(await page.evaluate(pagesInPage));
    if (!firstRoute) firstRoute = await firstRouteBytes(outDir, assets);
    await page.waitForTimeout(SETTLE_MS);
    const remaining = floorReps - floors.length;
    const samples = rep === reps - 1 ? remaining : Math.min(1, remaining);
    for (let i = 0; i < samples; i++) {
      floors.push(await page.evaluate(floorInPage, apiPath));
      memoryFloors.push(await page.evaluate(floorInPage, snapshotPath));
    }
    if (errors.length > 0) throw new Error(`the list page threw: ${errors.join('; ')}`);
    await page.close();
  }
  const items = floors[0]?.items;
  if (items !== n) throw new Error(`the floor list returned ${items} items, expected ${n}`);
  return {
    floor: {
      ms: median(floors.map((f) => f.totalMs)),
      fetchMs: median(floors.map((f) => f.fetchMs)),
      parseMs: median(floors.map((f) => f.parseMs)),
      samples: floors.map((f) => f.totalMs),
      fromMemory: {
        ms: median(memoryFloors.map((f) => f.totalMs)),
        fetchMs: median(memoryFloors.map((f) => f.fetchMs)),
        parseMs: median(memoryFloors.map((f) => f.parseMs)),
        samples: memoryFloors.map((f) => f.totalMs),
      },
    },
    payloadBytes: floors[0].bytes,
    list: {
      firstRowsMs: median(firstRows),
      allRowsMs: median(allRows),
      // Where the time goes: booting until the first page is asked for, then the pages themselves.
      firstRequestMs: median(timelines.map((t) => t.firstRequestMs)),
      lastResponseMs: median(timelines.map((t) => t.lastResponseMs)),
      pages: timelines[0]?.pages,
      samples: { firstRows, allRows, timelines },
    },
    firstRoute,
  };
}
