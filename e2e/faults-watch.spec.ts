// The watch under the cluster's fault switches: whatever cut it, it comes back by itself and the
// list catches up with what changed meanwhile within 2 s of the server recovering.
import { FAULT_CONSOLE_ERRORS, FIRST_ROW, live, neverReloaded, openDemoList, streamLink, visibleWithin2s, clearFaults, createElsewhere, dropWatches, setFaults } from './faults-support';
import { expect, test } from './fixtures';

test.use({ allowedConsoleErrors: FAULT_CONSOLE_ERRORS });

test('a dropped watch that the server keeps refusing comes back by itself and catches up', async ({ page, request }) => {
  await openDemoList(page);

  await test.step('the server drops the watch and answers 503 to every reconnect', async () => {
    await setFaults(request, [{ method: 'GET', watch: true, status: 503 }]);
    await dropWatches(request);
    const reconnecting = live(page, 'reconnecting');
    await expect(reconnecting).toHaveText('Reconnecting…');
    await expect(reconnecting).toHaveAccessibleDescription(/catching up from where it stopped\. the server is currently unable/);
  });

  await test.step('a stream created meanwhile shows within 2 s of the server recovering', async () => {
    await createElsewhere(request, 'a-made-while-refused');
    await clearFaults(request);
    await visibleWithin2s(streamLink(page, 'a-made-while-refused'));
    await expect(live(page, 'live')).toBeVisible();
    await neverReloaded(page);
  });
});

test('watches the server keeps cutting short still deliver every change', async ({ page, request }) => {
  await openDemoList(page);
  await setFaults(request, [{ watch: true, dropWatchAfterMs: 300 }]);
  await dropWatches(request);
  await createElsewhere(request, 'a-made-between-drops');
  await visibleWithin2s(streamLink(page, 'a-made-between-drops'));
  await clearFaults(request);
  await createElsewhere(request, 'a-made-after-drops');
  await visibleWithin2s(streamLink(page, 'a-made-after-drops'));
  await expect(live(page, 'live')).toHaveText('Live');
  await neverReloaded(page);
});

test('410 Expired: the list is read again and catches up, then the watch is live again', async ({ page, request }) => {
  await openDemoList(page);

  await test.step('resumed watches answer 410 Expired; the change arrives by a fresh list', async () => {
    await setFaults(request, [{ watch: true, expire: true }]);
    await dropWatches(request);
    await createElsewhere(request, 'a-made-while-expired');
    await visibleWithin2s(streamLink(page, 'a-made-while-expired'));
    await expect(streamLink(page, FIRST_ROW)).toBeVisible();
  });

  await test.step('once watches resume again, changes arrive live within 2 s', async () => {
    await clearFaults(request);
    await createElsewhere(request, 'a-made-after-expiry');
    await visibleWithin2s(streamLink(page, 'a-made-after-expiry'));
    await visibleWithin2s(live(page, 'live'));
    await neverReloaded(page);
  });
});

test('the proxy gone: offline with what to do, then back by itself within 2 s of it returning', async ({ page, request }) => {
  await openDemoList(page);

  await test.step('every read is cut off at the connection', async () => {
    // GETs only: the test itself still creates a stream through the same server.
    await setFaults(request, [{ method: 'GET', network: true }]);
    await dropWatches(request);
    const offline = live(page, 'offline');
    await expect(offline).toHaveText('Offline');
    await expect(offline).toHaveAccessibleDescription(/The API cannot be reached.*unreachable/);
    await expect(streamLink(page, FIRST_ROW)).toBeVisible();
  });

  await test.step('a stream created meanwhile shows within 2 s of the proxy returning', async () => {
    await createElsewhere(request, 'a-made-while-offline');
    await clearFaults(request);
    await visibleWithin2s(streamLink(page, 'a-made-while-offline'));
    await expect(live(page, 'live')).toBeVisible();
    await neverReloaded(page);
  });
});

test.describe('without access', () => {
  // The refused watch request is logged by Chromium as a failed load.
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 403/] });

  test('a watch the namespace refuses (403) says No access and why, not Offline', async ({ page, request }) => {
    await setFaults(request, [{ watch: true, status: 403, message: 'imagestreams.image.openshift.io is forbidden: User "developer" cannot watch resource "imagestreams"' }]);
    await page.goto('./#/ns/demo/imagestreams');
    await expect(streamLink(page, FIRST_ROW)).toBeVisible();
    const denied = live(page, 'denied');
    await expect(denied).toHaveText('No access');
    await expect(denied).toHaveAccessibleDescription(/You may not watch ImageStreams here.*User "developer" cannot watch/);
  });
});
