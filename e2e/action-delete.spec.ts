import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Waiting for a deletion means GETs that answer 404, which Chromium logs as failed loads.
test.use({ allowedConsoleErrors: [/404/] });

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Delete ImageStream?' });

test('delete demo/nginx from its details page', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/nginx');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();

  await test.step('the dialog names the stream and offers the console defaults', async () => {
    await expect(dialog(page)).toContainText(/delete nginx in namespace demo\? It has \d+ tags? and \d+ images?/);
    await expect(dialog(page).getByRole('radio', { name: 'Foreground' })).toBeChecked();
    await expect(dialog(page).getByLabel('Wait timeout (seconds)')).toHaveValue('240');
  });

  await test.step('delete, then land on the list with a success message', async () => {
    await dialog(page).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
    await expect(page.getByText('ImageStream nginx was deleted from namespace demo')).toBeVisible();
    await expect(page.getByRole('link', { name: 'web-frontend', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'nginx', exact: true })).toHaveCount(0);
  });
});

test('delete demo/slow-delete waits with visible progress until it is gone', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/slow-delete');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog(page).getByRole('radio', { name: 'Background' }).check();
  await dialog(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog(page).getByRole('status')).toContainText(/Waiting until slow-delete is gone… \d+ s elapsed/);
  await expect(page.getByText('ImageStream slow-delete was deleted from namespace demo')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('link', { name: 'slow-delete', exact: true })).toHaveCount(0);
});

test('a finalizer that never goes is reported when the wait times out', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/held-by-finalizer');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog(page).getByLabel('Wait timeout (seconds)').fill('3');
  await dialog(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog(page).getByRole('status')).toContainText('elapsed');
  await expect(dialog(page).getByText('held-by-finalizer was not deleted within 3 s')).toBeVisible({ timeout: 10_000 });
  await expect(dialog(page)).toContainText('Finalizers holding it: dashboard.example.com/hold');
  await dialog(page).getByRole('button', { name: 'Close' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'held-by-finalizer' })).toBeVisible();
});

test('stop waiting leaves the deletion to the cluster', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/held-by-finalizer');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog(page).getByRole('button', { name: 'Stop waiting' }).click();
  await expect(dialog(page).getByText('Stopped waiting')).toBeVisible();
});

test('a read-only namespace disables Delete and says why', async ({ page }) => {
  await page.goto('./#/ns/shared-images/imagestreams/ubi9');
  const button = page.getByRole('button', { name: 'Delete', exact: true });
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription(/You cannot delete ImageStreams in namespace shared-images/);
  await button.hover();
  await expect(page.getByRole('tooltip')).toContainText('You cannot delete ImageStreams in namespace shared-images');
});
