// Reads under the cluster's fault switches: the message names the fault and the remedy, reads are
// retried with backoff (and after Retry-After), and what was already on screen stays.
import type { Page } from '@playwright/test';
import { FAULT_CONSOLE_ERRORS, FIRST_ROW, streamLink, visibleWithin2s, LIST_PATH, clearFaults, createElsewhere, dropWatches, recordRequests, setFaults } from './faults-support';
import type { FaultRule } from './faults-support';
import { expect, test } from './fixtures';

test.use({ allowedConsoleErrors: FAULT_CONSOLE_ERRORS });

const LIST = /\/namespaces\/demo\/imagestreams$/;
// PatternFly names an inline alert's heading after its variant; the banner itself has no role.
const banner = (page: Page, title: string) => page.getByRole('heading', { name: `Danger alert: ${title}` });
const anyAlert = (page: Page) => page.getByRole('heading', { name: /^(Danger|Warning) alert:/ });
// The three retries of a read back off 0.5, 1 and 2 s before the failure is shown.
const GIVEN_UP = { timeout: 15_000 };

const READ_FAULTS: { name: string; rule: FaultRule; title: string; message: RegExp; hint: RegExp }[] = [
  { name: '500', rule: { status: 500 }, title: 'The API server failed', message: /injected fault/, hint: /try again in a moment/ },
  { name: '503', rule: { status: 503 }, title: 'The API server is unavailable', message: /unable to handle the request/, hint: /oc get --raw \/readyz/ },
  { name: '429 with Retry-After', rule: { status: 429, retryAfterSeconds: 1 }, title: 'The API server is busy', message: /too many requests/, hint: /try again in 1 s/ },
  { name: 'a dropped connection', rule: { network: true }, title: 'The API proxy cannot be reached', message: /unreachable/, hint: /npm start/ },
];

for (const fault of READ_FAULTS) {
  test(`the list under ${fault.name}: retried, explained, then back by itself`, async ({ page, request }) => {
    const log = recordRequests(page);
    await setFaults(request, [{ method: 'GET', path: LIST_PATH, watch: false, ...fault.rule }]);

    await test.step('the failure is shown after the automatic retries, with what to do', async () => {
      await page.goto('./#/ns/demo/imagestreams');
      const alert = banner(page, fault.title);
      await expect(alert).toBeVisible(GIVEN_UP);
      await expect(page.getByText(fault.message)).toBeVisible();
      await expect(page.getByText(fault.hint)).toBeVisible();
      // One read and three retries; the watch waits for a snapshot and never adds to them.
      expect(log.sent('GET', LIST).length).toBeGreaterThanOrEqual(4);
    });

    await test.step('once the server is back, the list loads by itself within 2 s and the banner goes', async () => {
      // Retry is offered; the watch keeps asking for the list meanwhile, so it is not needed.
      await expect(page.getByRole('button', { name: /^Retry/ })).toBeVisible();
      await clearFaults(request);
      // A throttled client first waits what the server asked for; then the usual 2 s apply.
      const throttled = (fault.rule.retryAfterSeconds ?? 0) * 1000;
      await expect(streamLink(page, FIRST_ROW)).toBeVisible({ timeout: 2_000 + throttled });
      await expect(banner(page, fault.title)).toBeHidden();
      await expect(page.getByRole('status', { name: 'Live updates: live' })).toBeVisible();
    });
  });
}

test('a read throttled with 429 is asked again after Retry-After, and the data appears without an error', async ({ page, request }) => {
  const log = recordRequests(page);
  await setFaults(request, [{ method: 'GET', path: LIST_PATH, watch: false, status: 429, retryAfterSeconds: 2, times: 1 }]);
  await page.goto('./#/ns/demo/imagestreams');
  await expect(streamLink(page, FIRST_ROW)).toBeVisible({ timeout: 10_000 });
  await expect(anyAlert(page)).toHaveCount(0);
  const [throttled, retried] = log.sent('GET', LIST);
  expect(log.sent('GET', LIST)).toHaveLength(2);
  // The browser's record of when the retry left: not before the 2 s the server asked for.
  expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(1_900);
});

test('3 s of latency on every endpoint: loading states, then the data, with no error and a live watch', async ({ page, request }) => {
  await setFaults(request, [{ latencyMs: 3_000 }]);

  await test.step('the list: placeholder rows where the rows will be, so nothing jumps', async () => {
    await page.goto('./#/ns/demo/imagestreams');
    await expect(page.getByRole('status', { name: 'Live updates: connecting' })).toBeVisible();
    const grid = page.getByRole('grid', { name: 'ImageStreams' });
    await expect(grid).toHaveAttribute('aria-busy', 'true');
    await expect(grid.getByText('Loading ImageStreams')).toBeAttached();
    const loading = await grid.boundingBox();
    await expect(streamLink(page, FIRST_ROW)).toBeVisible({ timeout: 10_000 });
    const loaded = await grid.boundingBox();
    expect({ x: loaded?.x, y: loaded?.y, width: loaded?.width }).toEqual({ x: loading?.x, y: loading?.y, width: loading?.width });
    await expect(page.getByRole('status', { name: 'Live updates: live' })).toBeVisible({ timeout: 10_000 });
  });

  await test.step('a change made elsewhere still arrives through the slow watch', async () => {
    await createElsewhere(request, 'a-made-while-slow');
    await expect(streamLink(page, 'a-made-while-slow')).toBeVisible({ timeout: 10_000 });
  });

  await test.step('the details page', async () => {
    await page.goto('./#/ns/demo/imagestreams/web-frontend');
    await expect(page.getByRole('heading', { level: 1, name: 'web-frontend' })).toBeVisible({ timeout: 10_000 });
    await expect(anyAlert(page)).toHaveCount(0);
  });
});

test('a list already on screen stays when a refresh fails, says it may be out of date, and catches up', async ({ page, request }) => {
  await page.goto('./#/ns/demo/imagestreams');
  await expect(page.getByRole('status', { name: 'Live updates: live' })).toBeVisible();

  await test.step('the watch expires and the list it must re-read answers 503', async () => {
    await setFaults(request, [
      { watch: true, expire: true },
      { method: 'GET', path: LIST_PATH, watch: false, status: 503 },
    ]);
    await dropWatches(request);
    const alert = banner(page, 'The API server is unavailable');
    await expect(alert).toBeVisible(GIVEN_UP);
    await expect(page.getByText('The list below is what was loaded before and may be out of date.')).toBeVisible();
    await expect(streamLink(page, FIRST_ROW)).toBeVisible();
    await expect(page.getByRole('status', { name: 'Live updates: reconnecting' })).toBeVisible();
  });

  await test.step('a change made meanwhile shows within 2 s of the server recovering', async () => {
    await createElsewhere(request, 'a-made-during-outage');
    await clearFaults(request);
    await visibleWithin2s(streamLink(page, 'a-made-during-outage'));
    await expect(banner(page, 'The API server is unavailable')).toBeHidden();
    await expect(page.getByRole('status', { name: 'Live updates: live' })).toBeVisible();
  });
});

// The stream's GET and the list of that one name its watch starts from (a list that answers fills
// the page, as it should): both fail, as they do when the server does.
const DETAIL_PATH = '/namespaces/demo/imagestreams(/nginx)?$';

for (const fault of READ_FAULTS.filter((f) => f.name !== '429 with Retry-After')) {
  test(`the details page under ${fault.name}: explained with what to do, then loaded by Try again`, async ({ page, request }) => {
    const log = recordRequests(page);
    await setFaults(request, [{ method: 'GET', path: DETAIL_PATH, watch: false, ...fault.rule }]);
    await page.goto('./#/ns/demo/imagestreams/nginx');
    const failed = page.getByRole('heading', { name: 'Could not load ImageStream nginx' });
    await expect(failed).toBeVisible(GIVEN_UP);
    await expect(page.getByText(fault.title)).toBeVisible();
    await expect(page.getByText(fault.hint)).toBeVisible();
    expect(log.sent('GET', /\/imagestreams\/nginx$/).length).toBeGreaterThanOrEqual(4);

    await clearFaults(request);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'nginx' })).toBeVisible();
    await expect(failed).toBeHidden();
  });
}

for (const fault of READ_FAULTS) {
  test(`every endpoint under ${fault.name}: each view says so in place, and all recover`, async ({ page, request }) => {
    // Lists, watches, namespaces, access reviews: the whole API at once, as when the proxy fails.
    await setFaults(request, [fault.rule]);

    await test.step('the list page', async () => {
      await page.goto('./#/ns/demo/imagestreams');
      await expect(banner(page, fault.title)).toBeVisible(GIVEN_UP);
      await expect(page.getByText(fault.hint)).toBeVisible();
    });

    await test.step('the details page', async () => {
      await page.goto('./#/ns/demo/imagestreams/nginx');
      await expect(page.getByRole('heading', { name: 'Could not load ImageStream nginx' })).toBeVisible(GIVEN_UP);
      await expect(page.getByText(fault.hint)).toBeVisible();
    });

    await test.step('everything loads once the API is back', async () => {
      await clearFaults(request);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'nginx' })).toBeVisible();
      await page.goto('./#/ns/demo/imagestreams');
      await expect(streamLink(page, FIRST_ROW)).toBeVisible();
      await expect(page.getByRole('status', { name: 'Live updates: live' })).toBeVisible();
    });
  });
}
