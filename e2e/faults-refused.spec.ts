// The proxy gone for real: the browser's connections to /api and /apis are refused (page.route), not
// accepted and dropped by the server. The list keeps what it shows, says what to do, and the watch is
// back by itself within 2 s of the proxy returning, with what changed meanwhile.
import type { Page } from '@playwright/test';
import { FAULT_CONSOLE_ERRORS, FIRST_ROW, live, neverReloaded, openDemoList, streamLink, visibleWithin2s, clearFaults, createElsewhere, dropWatches, isWatch, recordRequests, refuseConnections, setFaults } from './faults-support';
import { expect, test } from './fixtures';

test.use({ allowedConsoleErrors: FAULT_CONSOLE_ERRORS });

const LIST = /\/namespaces\/demo\/imagestreams$/;
const refusedBanner = (page: Page) => page.getByRole('heading', { name: 'Danger alert: The API proxy cannot be reached' });

test('every API connection refused: Offline with the reason, rows kept, then Live by itself within 2 s', async ({ page, request }) => {
  await openDemoList(page);
  const log = recordRequests(page);
  const restore = await refuseConnections(page);

  await test.step('the watch is cut and every reconnect is refused', async () => {
    await dropWatches(request);
    const offline = live(page, 'offline');
    await expect(offline).toHaveText('Offline');
    await expect(offline).toHaveAccessibleDescription(/The API cannot be reached: changes made elsewhere show once it is back, without a reload\. The Kubernetes API is unreachable/);
    await expect(streamLink(page, FIRST_ROW)).toBeVisible();
    // Said where the list is too, with what to do.
    const paused = page.getByRole('heading', { name: 'Warning alert: Live updates paused: the API cannot be reached' });
    await expect(paused).toBeVisible();
    await expect(page.getByText(/Check that the server you opened the dashboard from is still running: `npm start`/)).toBeVisible();
    // The watch keeps trying at its short backoff; nothing was answered by the server.
    await expect.poll(() => log.watches(LIST).length).toBeGreaterThanOrEqual(2);
  });

  await test.step('a stream created meanwhile shows within 2 s of the proxy returning', async () => {
    await createElsewhere(request, 'a-made-while-refused');
    await restore();
    await visibleWithin2s(streamLink(page, 'a-made-while-refused'));
    await expect(live(page, 'live')).toHaveText('Live');
    await expect(refusedBanner(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Live updates paused/ })).toHaveCount(0);
    await neverReloaded(page);
  });
});

test('the list read refused while rows are shown: says what to do, keeps the rows, and catches up within 2 s', async ({ page, request }) => {
  await openDemoList(page);
  let restore = async () => {};

  await test.step('the watch must list again (410 Expired) and that read is refused at the connection', async () => {
    await setFaults(request, [{ watch: true, expire: true }]);
    restore = await refuseConnections(page, (sent) => !isWatch(sent));
    await dropWatches(request);
    await expect(refusedBanner(page)).toBeVisible();
    await expect(page.getByText('The Kubernetes API is unreachable', { exact: true })).toBeVisible();
    await expect(page.getByText(/Check that the server you opened the dashboard from is still running: `npm start`/)).toBeVisible();
    await expect(page.getByText('The list below is what was loaded before and may be out of date.')).toBeVisible();
    await expect(streamLink(page, FIRST_ROW)).toBeVisible();
    await expect(live(page, 'offline')).toHaveText('Offline');
  });

  await test.step('a stream created meanwhile shows within 2 s of the proxy returning', async () => {
    await createElsewhere(request, 'a-made-while-unlisted');
    await clearFaults(request);
    await restore();
    await visibleWithin2s(streamLink(page, 'a-made-while-unlisted'));
    await expect(refusedBanner(page)).toBeHidden();
    await expect(live(page, 'live')).toHaveText('Live');
    await neverReloaded(page);
  });
});

test('a first load refused: explained with what to do, then loaded by itself within 2 s of the proxy returning', async ({ page }) => {
  const restore = await refuseConnections(page);
  await page.goto('./#/ns/demo/imagestreams');
  // After the read's own retries (0.5, 1 and 2 s).
  await expect(refusedBanner(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/`npm start` for the embedded cluster/)).toBeVisible();
  await expect(live(page, 'offline')).toHaveText('Offline');
  await restore();
  await visibleWithin2s(streamLink(page, FIRST_ROW));
  await expect(refusedBanner(page)).toBeHidden();
  await expect(live(page, 'live')).toHaveText('Live');
});
