// Debian's Chromium through Playwright (never a downloaded browser), one context for the whole run.
import { chromium } from '@playwright/test';
import { probeScript } from './page-probe.mjs';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
  // A headless page is never in the background, but say so: timers and rAF must not be throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];

export async function launchBrowser(executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return {
    browser,
    context,
    version: browser.version(),
    close: () => browser.close(),
  };
}

/**
 * A fresh page (a new document, so performance.now() counts from its navigation start) with the
 * probe installed; `marks` names conditions timed from navigation start. Page errors are kept:
 * a benchmark of a page that threw measures nothing worth printing.
 */
export async function openPage(context, url, { marks = {}, timeoutMs = 180_000, beforeGoto } = {}) {
  const page = await context.newPage();
  beforeGoto?.(page);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(probeScript, { marks, timeoutMs });
  await page.goto(url, { waitUntil: 'commit' });
  return { page, errors };
}

/** JS heap in use after a full garbage collection, through the DevTools protocol. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    return { usedBytes: usedSize, totalBytes: totalSize };
  } finally {
    await cdp.detach();
  }
}
