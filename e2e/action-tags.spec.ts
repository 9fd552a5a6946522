import { expect, test } from './fixtures';

test('roll a tag back to an older history item', async ({ page }) => {
  const history = page.getByRole('list', { name: 'History of latest' });
  await page.goto('./#/ns/demo/imagestreams/web-frontend?tab=history&tag=latest');
  await expect(history.getByRole('listitem')).toHaveCount(14);

  const older = history.getByRole('button', { name: /^Make sha256:[0-9a-f]{12} the current image of latest$/ }).first();
  const label = (await older.getAttribute('aria-label')) ?? '';
  const short = /sha256:[0-9a-f]{12}/.exec(label)?.[0] ?? 'missing';

  await test.step('confirm in a dialog that names the digest', async () => {
    await older.click();
    const dialog = page.getByRole('dialog', { name: `Make ${short} the current image of latest?` });
    await expect(dialog).toContainText('web-frontend:latest will point at');
    await dialog.getByRole('button', { name: 'Make current' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('history shows a new current item with that digest', async () => {
    await expect(history.getByRole('listitem')).toHaveCount(15);
    await expect(history.getByRole('listitem', { name: /Current/ })).toContainText(short);
  });
});

test('remove a tag after confirming', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/web-frontend');
  await page.getByRole('button', { name: 'canary Details' }).click();
  await page.getByRole('button', { name: 'Remove canary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove tag web-frontend:canary?' });
  await expect(dialog).toContainText('its history of 5 items');
  await dialog.getByRole('button', { name: 'Remove tag' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'canary Details' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'latest Details' })).toBeVisible();
});

test('a read-only namespace cannot roll back or remove tags', async ({ page }) => {
  await page.goto('./#/ns/shared-images/imagestreams/ubi9');
  await page.getByRole('button', { name: 'latest Details' }).click();
  await expect(page.getByRole('button', { name: 'Remove latest' })).toHaveAccessibleDescription(/You cannot delete ImageStreamTags in namespace shared-images/);
});
