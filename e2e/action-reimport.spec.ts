import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const toast = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

test('re-import a tag after upstream moved shows the new digest and a longer history', async ({ page, request }) => {
  await page.goto('./#/ns/demo/imagestreams/web-frontend');
  await page.getByRole('button', { name: 'latest Details' }).click();
  await expect(page.getByRole('link', { name: 'Show all 14 history items' })).toBeVisible();

  await test.step('the upstream gets a new image', async () => {
    const push = await request.post('/__cluster/registry/push', { data: { image: 'quay.io/acme/web-frontend:latest' } });
    expect(push.ok()).toBe(true);
  });

  await test.step('re-import the tag: new image old -> new', async () => {
    await page.getByRole('button', { name: 'Re-import latest' }).click();
    const result = toast(page, 'Re-imported web-frontend:latest');
    await expect(result).toContainText(/latest: new image sha256:[0-9a-f]{12} → sha256:[0-9a-f]{12}/);
    await expect(page.getByLabel('Last re-import of latest')).toContainText(/new image sha256:[0-9a-f]{12} → sha256:[0-9a-f]{12}/);
    await expect(page.getByRole('link', { name: 'Show all 15 history items' })).toBeVisible();
  });

  await test.step('re-importing again finds nothing new', async () => {
    await page.getByRole('button', { name: 'Re-import latest' }).click();
    await expect(page.getByLabel('Last re-import of latest')).toContainText(/latest: unchanged \(sha256:[0-9a-f]{12}\)/);
  });
});

test('re-import of a private image reports Unauthorized', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/broken-imports');
  await page.getByRole('button', { name: 'private Details' }).click();
  await page.getByRole('button', { name: 'Re-import private' }).click();
  const result = toast(page, 'Re-imported broken-imports:private with errors');
  await expect(result).toContainText('private: failed (Unauthorized)');
});

test('re-import the whole stream reports each tag', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/broken-imports');
  await page.getByRole('button', { name: 'Re-import all tags' }).click();
  const result = toast(page, 'Re-imported all tags of broken-imports with errors');
  await expect(result).toContainText('private: failed (Unauthorized)');
  await expect(result).toContainText('gone: failed (NotFound)');
  await expect(result).toContainText(/works: (unchanged|new image)/);
});

test('tags that are not DockerImage cannot be re-imported, and read-only namespaces say why', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/web-frontend');
  await page.getByRole('button', { name: 'stable Details' }).click();
  await expect(page.getByRole('button', { name: 'Re-import stable' })).toHaveAccessibleDescription(
    'Only DockerImage tags can be re-imported; this one comes from ImageStreamTag web-frontend:latest',
  );
  await page.goto('./#/ns/shared-images/imagestreams/ubi9');
  await expect(page.getByRole('button', { name: 'Re-import all tags' })).toHaveAccessibleDescription(/You cannot import into ImageStreams in namespace shared-images/);
});
