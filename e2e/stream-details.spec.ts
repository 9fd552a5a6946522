import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('open a stream from the list and read its summary and tags', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tags = page.getByRole('grid', { name: 'Tags' });
  const row = (tag: string) => tags.getByRole('row').filter({ has: page.getByRole('button', { name: `${tag} Details` }) });

  await test.step('open demo/web-frontend from the list', async () => {
    await page.goto('./#/ns/demo/imagestreams');
    await page.getByRole('link', { name: 'web-frontend', exact: true }).click();
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams\/web-frontend$/);
    await expect(page.getByRole('heading', { level: 1, name: 'web-frontend' })).toBeVisible();
    await expect(page.getByRole('status', { name: /Live updates/ })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Tags', selected: true })).toBeVisible();
  });

  await test.step('the summary names repositories, lookup and counts', async () => {
    const summary = page.getByLabel('Summary');
    await expect(summary).toContainText('image-registry.openshift-image-registry.svc:5000/demo/web-frontend');
    await expect(summary).toContainText('default-route-openshift-image-registry.apps.demo.example.com/demo/web-frontend');
    await expect(summary).toContainText('Local lookup off');
    await expect(summary).toContainText(/Tags\s*4/);
    await expect(summary).toContainText('team=storefront');
    await summary.getByRole('button', { name: 'Copy internal repository' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'image-registry.openshift-image-registry.svc:5000/demo/web-frontend',
    );
  });

  await test.step('each tag shows its state, source and current image', async () => {
    await expect(row('latest')).toContainText('Imported');
    await expect(row('latest')).toContainText('quay.io/acme/web-frontend:latest');
    await expect(row('latest')).toContainText(/sha256:[0-9a-f]{12}/);
    await expect(row('stable').getByRole('link', { name: 'web-frontend:latest' })).toBeVisible();
    await expect(row('v2.3.1')).toContainText('Imported');
  });

  await test.step('a row opens to its pull specs, policies and annotations', async () => {
    await row('v2.3.1').getByRole('button', { name: 'v2.3.1 Details' }).click();
    const details = page.getByLabel('Details of tag v2.3.1');
    await expect(details).toContainText('image-registry.openshift-image-registry.svc:5000/demo/web-frontend:v2.3.1');
    await expect(details).toContainText(/web-frontend@sha256:[0-9a-f]{64}/);
    await expect(details).toContainText('Source: Pods pull the image straight from the registry it came from.');
    await expect(details).toContainText('version=2.3.1');
    await details.getByRole('button', { name: 'Copy public pull spec by tag of v2.3.1' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'default-route-openshift-image-registry.apps.demo.example.com/demo/web-frontend:v2.3.1',
    );
  });
});

test('a tag that follows another stream links to it', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/tag-config');
  const tags = page.getByRole('grid', { name: 'Tags' });
  const tracking = tags.getByRole('row').filter({ has: page.getByRole('button', { name: 'tracking Details' }) });
  await expect(tracking).toContainText('ImageStreamTag');
  await tracking.getByRole('link', { name: 'nginx:latest' }).click();
  await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams\/nginx\?tab=tags&tag=latest$/);
  await expect(page.getByRole('heading', { level: 1, name: 'nginx' })).toBeVisible();
  await expect(page.getByLabel('Details of tag latest')).toContainText('docker.io/library/nginx');
});

test('failing imports show their reason and message', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/broken-imports');
  await expect(page.getByRole('list', { name: 'Failing tags' })).toContainText('gone: NotFound');
  const tags = page.getByRole('grid', { name: 'Tags' });
  const gone = tags.getByRole('row').filter({ has: page.getByRole('button', { name: 'gone Details' }) });
  await expect(gone).toContainText('Import failed');
  await expect(gone).toContainText('NotFound');
  await expect(gone).toContainText('dockerimage.image.openshift.io "quay.io/example/app:missing-2023" not found');
  const works = tags.getByRole('row').filter({ has: page.getByRole('button', { name: 'works Details' }) });
  await expect(works).toContainText('Imported');
});

test('the YAML tab shows the object, copies it and downloads it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/ns/demo/imagestreams/web-frontend');
  await page.getByRole('tab', { name: 'YAML' }).click();
  await expect(page).toHaveURL(/\?tab=yaml$/);
  const yaml = page.getByRole('region', { name: 'YAML of web-frontend' });
  await expect(yaml).toContainText('kind: ImageStream');
  await expect(yaml).toContainText('name: web-frontend');

  await yaml.getByRole('button', { name: 'Copy YAML' }).click();
  await expect(page.getByRole('tooltip')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^apiVersion: image\.openshift\.io\/v1\nkind: ImageStream\n/);
  expect(copied).toContain('dockerImageRepository: image-registry.openshift-image-registry.svc:5000/demo/web-frontend');

  const downloading = page.waitForEvent('download');
  await yaml.getByRole('button', { name: 'Download web-frontend.yaml' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('web-frontend.yaml');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain('kind: ImageStream');
  expect(text).toContain('dockerImageRepository: image-registry.openshift-image-registry.svc:5000/demo/web-frontend');
});

test.describe('a stream that is not there', () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test('says it does not exist', async ({ page }) => {
    await page.goto('./#/ns/demo/imagestreams/no-such-stream');
    await expect(page.getByRole('heading', { name: 'ImageStream not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to ImageStreams in demo' }).click();
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
  });
});

test.describe('a stream deleted elsewhere', () => {
  // The refetch after the DELETED event answers 404, which Chromium logs.
  test.use({ allowedConsoleErrors: [/404/] });

  test('keeps the last known state and says it was deleted', async ({ page, request }) => {
    await page.goto('./#/ns/demo/imagestreams/nginx');
    await expect(page.getByRole('grid', { name: 'Tags' })).toBeVisible();
    const deleted = await request.delete('/apis/image.openshift.io/v1/namespaces/demo/imagestreams/nginx');
    expect(deleted.ok()).toBe(true);
    await expect(page.getByRole('heading', { name: /This ImageStream was deleted/ })).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Tags' })).toBeVisible();
  });
});

test('every tab of the details page passes an accessibility scan', async ({ page }) => {
  const scan = async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  };
  await page.goto('./#/ns/demo/imagestreams/web-frontend?tab=tags&tag=latest');
  await expect(page.getByLabel('Details of tag latest')).toBeVisible();
  expect(await scan()).toEqual([]);
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('listitem', { name: /Current/ }).getByRole('button', { name: 'Show pull specs by digest' }).click();
  await expect(page.getByRole('listitem', { name: /Current/ })).toContainText('architecture');
  expect(await scan()).toEqual([]);
  await page.getByRole('tab', { name: 'YAML' }).click();
  await expect(page.getByRole('region', { name: 'YAML of web-frontend' })).toBeVisible();
  expect(await scan()).toEqual([]);
});
