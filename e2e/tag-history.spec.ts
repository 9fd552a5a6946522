import { expect, test } from './fixtures';

test('read a tag’s history, open an item, and see the merged timeline', async ({ page }) => {
  const history = page.getByRole('list', { name: 'History of latest' });
  const current = history.getByRole('listitem', { name: /Current/ });

  await test.step('the tags table leads to a tag’s history', async () => {
    await page.goto('./#/ns/demo/imagestreams/web-frontend');
    await page.getByRole('button', { name: 'latest Details' }).click();
    await page.getByRole('link', { name: 'Show all 14 history items' }).click();
    await expect(page).toHaveURL(/\?tab=history&tag=latest$/);
    await expect(page.getByRole('tab', { name: 'History', selected: true })).toBeVisible();
  });

  await test.step('14 items newest first, the current one marked, what changed said', async () => {
    await expect(history.getByRole('listitem')).toHaveCount(14);
    await expect(current).toHaveCount(1);
    await expect(current).toContainText(/Image changed from sha256:[0-9a-f]{12} to sha256:[0-9a-f]{12}/);
    await expect(current).toContainText(/Pull spec quay\.io\/acme\/web-frontend@sha256:[0-9a-f]{64}/);
    await expect(current).toContainText('generation 1');
  });

  await test.step('an item opens to its pull specs by digest', async () => {
    await current.getByRole('button', { name: 'Show pull specs by digest' }).click();
    await expect(current).toContainText(/image-registry\.openshift-image-registry\.svc:5000\/demo\/web-frontend@sha256:[0-9a-f]{64}/);
    await expect(current).toContainText(/default-route-openshift-image-registry\.apps\.demo\.example\.com\/demo\/web-frontend@sha256/);
    await expect(current.getByRole('button', { name: /^Copy internal pull spec by digest of sha256:/ })).toBeVisible();
    await expect(current).toContainText(/architecture amd64 · size [\d.]+ MiB/);
  });

  await test.step('all tags merge into one timeline, and the choice survives a reload', async () => {
    await page.getByLabel('Tag').selectOption({ label: 'All tags (merged timeline)' });
    const merged = page.getByRole('list', { name: 'History of all tags' });
    await expect(merged.getByRole('listitem')).toHaveCount(34);
    await expect(merged.getByRole('listitem', { name: /Current/ })).toHaveCount(4);
    await page.reload();
    await expect(merged.getByRole('listitem')).toHaveCount(34);
  });
});

test('a new image imported by another client appears at the top of the history', async ({ page, request }) => {
  await page.goto('./#/ns/demo/imagestreams/web-frontend?tab=history&tag=latest');
  const history = page.getByRole('list', { name: 'History of latest' });
  await expect(history.getByRole('listitem')).toHaveCount(14);
  // No wait for "Live": the watch resumes from the list's resourceVersion, so an event that lands
  // before it connects is still delivered.

  await test.step('upstream moves and someone re-imports the tag', async () => {
    const push = await request.post('/__cluster/registry/push', { data: { image: 'quay.io/acme/web-frontend:latest' } });
    expect(push.ok()).toBe(true);
    const stream = await request.get('/apis/image.openshift.io/v1/namespaces/demo/imagestreams/web-frontend');
    const { metadata } = (await stream.json()) as { metadata: { resourceVersion: string } };
    const reimport = await request.post('/apis/image.openshift.io/v1/namespaces/demo/imagestreamimports', {
      data: {
        apiVersion: 'image.openshift.io/v1',
        kind: 'ImageStreamImport',
        metadata: { name: 'web-frontend', resourceVersion: metadata.resourceVersion },
        spec: { import: true, images: [{ from: { kind: 'DockerImage', name: 'quay.io/acme/web-frontend:latest' }, to: { name: 'latest' } }] },
      },
    });
    expect(reimport.status()).toBe(201);
  });

  await test.step('the page shows it without a reload', async () => {
    await expect(history.getByRole('listitem')).toHaveCount(15);
    await expect(history.getByRole('listitem', { name: /Current/ })).toContainText('Image changed from');
  });
});
