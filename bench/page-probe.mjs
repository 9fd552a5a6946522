/* global window, document, requestAnimationFrame, MutationObserver, addEventListener -- this code runs in the page */
// What the harness runs inside the page. Times are taken there, with the page's own clock
// (performance.now(), 0 = navigation start), never from Playwright round trips.

/**
 * Installed with addInitScript before any app code runs: named conditions on the DOM, checked on
 * every mutation; a condition's time is the next animation frame after the DOM first satisfies it
 * (the frame that paints it). Also buffers long tasks and the last keydown/click time stamps.
 */
export function probeScript(config) {
  const q = (selector) => document.querySelector(selector);
  const GRID = 'table[aria-label="ImageStreams"][aria-rowcount]';
  const rowCount = () => {
    const grid = q(GRID);
    return grid ? Number(grid.getAttribute('aria-rowcount')) - 1 : -1;
  };
  // The determinate bar ("Loaded 500 of 10,000…") or the spinner when the total is unknown.
  const loading = () => Boolean(q('[aria-label="Loading ImageStreams"], .pf-v6-c-progress, [role="status"] .pf-v6-c-spinner'));
  const noMatch = () => [...document.querySelectorAll('h2')].some((h) => h.textContent?.includes('No ImageStreams match'));
  const row = (index) => q(`${GRID} tr[aria-rowindex="${index}"]`);
  const predicates = {
    firstRow: () => Boolean(row(2)?.querySelector('a')),
    allRows: (n) => rowCount() === n && !loading(),
    rows: (n) => (n === 0 ? noMatch() : rowCount() === n && !loading()),
    cell: ({ index, label, text }) => row(index)?.querySelector(`[data-label="${label}"]`)?.textContent?.trim() === text,
    count: ({ selector, min }) => document.querySelectorAll(selector).length >= min,
    present: (selector) => Boolean(q(selector)),
  };

  const waiters = new Set();
  const check = () => {
    for (const waiter of [...waiters]) {
      let ok;
      try {
        ok = predicates[waiter.name](waiter.arg);
      } catch {
        ok = false;
      }
      if (!ok) continue;
      waiters.delete(waiter);
      const dom = performance.now();
      // `wall` is for comparing with the harness's Date.now(): both read the system clock, where
      // performance.timeOrigin + now() in two processes can drift apart by seconds.
      requestAnimationFrame(() => waiter.resolve({ dom, frame: performance.now(), wall: Date.now() }));
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  const bench = {
    marks: {},
    longTasks: [],
    lastInput: { keydown: undefined, click: undefined, change: undefined },
    /** Resolves with the time the condition first holds (at once if it holds already). */
    when(name, arg, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        if (!predicates[name]) throw new Error(`no condition named ${name}`);
        const waiter = { name, arg, resolve };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${name} ${JSON.stringify(arg)} (rows: ${rowCount()}, loading: ${loading()})`));
        }, timeoutMs);
        waiter.resolve = (value) => {
          clearTimeout(timer);
          resolve(value);
        };
        waiters.add(waiter);
        check();
      });
    },
    rowCount,
    firstRowName: () => row(2)?.querySelector('[role="rowheader"]')?.textContent?.trim(),
  };
  window.__bench = bench;

  for (const type of ['keydown', 'click', 'change']) {
    addEventListener(type, (event) => (bench.lastInput[type] = event.timeStamp), { capture: true });
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the figure stays empty.
  }
  for (const [name, [predicate, arg]] of Object.entries(config?.marks ?? {})) {
    void bench.when(predicate, arg, config.timeoutMs).then(
      (time) => (bench.marks[name] = time),
      (error) => (bench.marks[name] = { error: error.message }),
    );
  }
}

/** Waits in the page for a condition; resolves with its page-clock times. */
export function when(page, name, arg, timeoutMs) {
  return page.evaluate(([n, a, t]) => window.__bench.when(n, a, t), [name, arg ?? null, timeoutMs]);
}

/** Waits until the navigation marks set up by probeScript are all in (or one failed). */
export async function marksOf(page, names, timeoutMs) {
  await page.waitForFunction(
    (all) => all.every((name) => window.__bench?.marks[name]),
    names,
    { timeout: timeoutMs, polling: 100 },
  );
  const marks = await page.evaluate(() => window.__bench.marks);
  for (const name of names) if (marks[name].error) throw new Error(marks[name].error);
  return marks;
}

/**
 * Starts waiting in the page before the harness acts (a key press, a click), so the condition can
 * never be met before the waiter exists; call the returned function to get the result.
 */
export async function arm(page, name, arg, timeoutMs) {
  await page.evaluate(([n, a, t]) => {
    const pending = window.__bench.when(n, a, t);
    pending.catch(() => undefined);
    window.__bench.pending = pending;
  }, [name, arg ?? null, timeoutMs]);
  return () => page.evaluate(() => window.__bench.pending);
}

/** The page-clock time stamp of the last keydown, click or change event. */
export const lastInput = (page, type) => page.evaluate((t) => window.__bench.lastInput[t], type);
