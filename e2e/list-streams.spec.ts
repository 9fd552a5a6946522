import { expect, test } from './fixtures';

test('browse ImageStreams by namespace and open one', async ({ page }) => {
  const namespace = page.getByLabel('Namespace');
  const streams = page.getByRole('grid', { name: 'ImageStreams' });

  await test.step('the start page shows the demo namespace', async () => {
    await page.goto('./');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
    await expect(page.getByRole('heading', { level: 1, name: 'ImageStreams' })).toBeVisible();
    await expect(namespace).toHaveValue('demo');
    for (const name of ['ci', 'samples', 'shared-images']) {
      await expect(namespace.getByRole('option', { name })).toBeAttached();
    }
    for (const name of ['nginx', 'python-app', 'web-frontend']) {
      await expect(streams.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });

  await test.step('switching namespace lists that namespace', async () => {
    await namespace.selectOption('samples');
    await expect(page).toHaveURL(/#\/ns\/samples\/imagestreams$/);
    await expect(streams.getByRole('link', { name: 'ruby', exact: true })).toBeVisible();
    await expect(streams.getByRole('link', { name: 'nginx', exact: true })).toBeHidden();
  });

  await test.step('all namespaces adds a namespace column', async () => {
    await namespace.selectOption({ label: 'All namespaces' });
    await expect(page).toHaveURL(/#\/ns\/all\/imagestreams$/);
    await expect(streams.getByRole('columnheader', { name: 'Namespace' })).toBeVisible();
    await expect(streams.getByRole('link', { name: 'ruby', exact: true })).toBeVisible();
    await expect(streams.getByRole('link', { name: 'nginx', exact: true })).toBeVisible();
  });

  await test.step('the start page remembers the last namespace', async () => {
    await namespace.selectOption('demo');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
    await page.goto('./#/');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
  });

  await test.step('a stream opens its details page', async () => {
    await streams.getByRole('link', { name: 'nginx', exact: true }).click();
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams\/nginx$/);
    await expect(page.getByRole('heading', { level: 1, name: 'nginx' })).toBeVisible();
    await expect(page.getByText('image-registry.openshift-image-registry.svc:5000/demo/nginx')).toBeVisible();
    await page.getByRole('link', { name: 'ImageStreams in demo' }).click();
    await expect(streams.getByRole('link', { name: 'nginx', exact: true })).toBeVisible();
  });
});
