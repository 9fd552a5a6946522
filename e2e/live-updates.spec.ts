import { expect, test } from './fixtures';

const STREAMS = '/apis/image.openshift.io/v1/namespaces/demo/imagestreams';
// The bar is "within a second"; the margin absorbs a busy CI machine.
const LIVE_TIMEOUT = 2_000;

// The refused watch request shows up in Chromium's console as a failed resource load.
test.use({ allowedConsoleErrors: [/status of 503/] });

const newStream = (name: string) => ({
  apiVersion: 'image.openshift.io/v1',
  kind: 'ImageStream',
  metadata: { name },
  spec: { tags: [{ name: 'latest', from: { kind: 'DockerImage', name: 'quay.io/example/app:latest' } }] },
});

test('changes made by another client show up without a reload', async ({ page, request }) => {
  const streams = page.getByRole('grid', { name: 'ImageStreams' });
  const live = page.getByRole('status', { name: 'Live updates: live' });
  const link = (name: string) => streams.getByRole('link', { name, exact: true });

  await test.step('open the demo list', async () => {
    await page.goto('./#/ns/demo/imagestreams');
    await expect(link('nginx')).toBeVisible();
    // Survives only if the page is never reloaded.
    await page.evaluate(() => Object.assign(window, { e2eNoReload: true }));
  });

  await test.step('a stream created through the API appears', async () => {
    const created = await request.post(STREAMS, { data: newStream('made-elsewhere') });
    expect(created.status()).toBe(201);
    await expect(link('made-elsewhere')).toBeVisible({ timeout: LIVE_TIMEOUT });
    await expect(live).toHaveText('Live');
  });

  await test.step('a stream deleted through the API leaves', async () => {
    const deleted = await request.delete(`${STREAMS}/nginx`);
    expect(deleted.ok()).toBe(true);
    await expect(link('nginx')).toBeHidden({ timeout: LIVE_TIMEOUT });
    await expect(link('made-elsewhere')).toBeVisible();
  });

  await test.step('a dropped watch shows reconnecting, then live again, and catches up', async () => {
    // The server cuts the watch, and refuses the first reconnect.
    await request.post('/__cluster/faults', { data: [{ watch: true, status: 503, times: 1 }] });
    await request.post('/__cluster/watches/drop');
    await expect(page.getByRole('status', { name: 'Live updates: reconnecting' })).toHaveText('Reconnecting…', { timeout: 10_000 });
    // Created while the watch is away: it arrives when the watch resumes from its last resourceVersion.
    await request.post(STREAMS, { data: newStream('after-reconnect') });
    await expect(link('after-reconnect')).toBeVisible({ timeout: 10_000 });
    await expect(live).toBeVisible();
    expect(await page.evaluate(() => 'e2eNoReload' in window)).toBe(true);
  });
});

test('a details page opened by link is live on a watch of its stream alone, and the list is read only once it is opened', async ({ page, request }) => {
  const reads: URL[] = [];
  page.on('request', (sent) => {
    const url = new URL(sent.url());
    if (sent.method() === 'GET' && url.pathname === STREAMS) reads.push(url);
  });
  const live = page.getByRole('status', { name: 'Live updates: live' });

  await test.step('the page follows a change made elsewhere', async () => {
    await page.goto('./#/ns/demo/imagestreams/nginx');
    await expect(live).toHaveText('Live');
    const patched = await request.patch(`${STREAMS}/nginx`, {
      data: { metadata: { labels: { changed: 'elsewhere' } } },
      headers: { 'Content-Type': 'application/merge-patch+json' },
    });
    expect(patched.ok()).toBe(true);
    await expect(page.getByText('changed=elsewhere')).toBeVisible({ timeout: LIVE_TIMEOUT });
    // Nothing but this one stream was read: a namespace of 10,000 streams would not be loaded for it.
    expect(reads.map((url) => url.searchParams.get('fieldSelector'))).toEqual(['metadata.name=nginx', 'metadata.name=nginx']);
  });

  await test.step('the list, opened from there, reads the namespace and is live', async () => {
    await page.getByRole('link', { name: 'ImageStreams' }).first().click();
    await expect(page.getByRole('grid', { name: 'ImageStreams' }).getByRole('link', { name: 'nginx', exact: true })).toBeVisible();
    await expect(live).toHaveText('Live');
    expect(reads.some((url) => !url.searchParams.has('fieldSelector'))).toBe(true);
  });
});
