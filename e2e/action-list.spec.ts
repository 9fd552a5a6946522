import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Waiting for a deletion means GETs that answer 404, and the read-only namespace answers 403: Chromium logs both.
// One pattern: Playwright would read a second array element as fixture options.
test.use({ allowedConsoleErrors: [/status of 40[34]/] });

const streamRow = (page: Page, name: string) =>
  page.getByRole('grid', { name: 'ImageStreams' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('delete a stream from its list row', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams');
  await streamRow(page, 'nginx').getByRole('button', { name: 'Actions for nginx' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete ImageStream?' });
  await expect(dialog).toContainText('delete nginx in namespace demo?');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('ImageStream nginx was deleted from namespace demo')).toBeVisible();
  await expect(streamRow(page, 'nginx')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
});

test('re-import a stream from its list row reports each tag', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams');
  await streamRow(page, 'broken-imports').getByRole('button', { name: 'Actions for broken-imports' }).click();
  await page.getByRole('menuitem', { name: 'Re-import all tags' }).click();
  const result = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Re-imported all tags of broken-imports with errors' }) });
  await expect(result).toContainText('private: failed (Unauthorized)');
});

test('row actions in a read-only namespace are disabled with the reason', async ({ page }) => {
  await page.goto('./#/ns/shared-images/imagestreams');
  await streamRow(page, 'ubi9').getByRole('button', { name: 'Actions for ubi9' }).click();
  const remove = page.getByRole('menuitem', { name: /Delete/ });
  await expect(remove).toHaveAttribute('aria-disabled', 'true');
  await expect(remove).toContainText('You cannot delete ImageStreams in namespace shared-images');
});

test('bulk re-import and delete report each selected stream', async ({ page }) => {
  await page.goto('./#/ns/all/imagestreams');
  await page.getByRole('checkbox', { name: 'Select demo/broken-imports' }).check();
  await page.getByRole('checkbox', { name: 'Select demo/nginx' }).check();
  await page.getByRole('checkbox', { name: 'Select shared-images/ubi9' }).check();
  await expect(page.getByText('3 selected')).toBeVisible();

  await test.step('re-import: each stream says what happened', async () => {
    await page.getByRole('button', { name: 'Re-import selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Re-import 3 ImageStreams?' });
    await dialog.getByRole('button', { name: 'Re-import', exact: true }).click();
    const outcome = dialog.getByRole('list', { name: 'Outcome per ImageStream' });
    await expect(outcome).toContainText(/demo\/broken-imports: .*private: failed \(Unauthorized\)/);
    await expect(outcome).toContainText(/shared-images\/ubi9: failed \(Permission denied\)/);
    await expect(outcome).toContainText('demo/nginx: latest: unchanged');
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expect(dialog).toBeHidden();
  });

  await test.step('delete: the allowed ones go, the read-only one is reported', async () => {
    await page.getByRole('checkbox', { name: 'Select demo/nginx' }).check();
    await page.getByRole('checkbox', { name: 'Select shared-images/ubi9' }).check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 2 ImageStreams?' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const outcome = dialog.getByRole('list', { name: 'Outcome per ImageStream' });
    await expect(outcome).toContainText('demo/nginx: deleted');
    await expect(outcome).toContainText(/shared-images\/ubi9: failed \(Permission denied\)/);
  });
});
