import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('browse ImageStreams by namespace and open one', async ({ page, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const namespace = page.getByRole('combobox', { name: 'Namespace' });
  const streams = page.getByRole('grid', { name: 'ImageStreams' });

  await test.step('the start page shows the demo namespace', async () => {
    await page.goto('./');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
    await expect(page.getByRole('heading', { level: 1, name: 'ImageStreams' })).toBeVisible();
    await expect(namespace).toHaveValue('demo');
    for (const name of ['nginx', 'python-app', 'web-frontend']) {
      await expect(streams.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(streams.getByRole('columnheader', { name: 'Namespace' })).toBeHidden();
  });

  await test.step('the list passes an accessibility scan, with the namespace menu open too', async () => {
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(await serious()).toEqual([]);
    await namespace.click();
    await expect(page.getByRole('option', { name: 'All namespaces' })).toBeVisible();
    expect(await serious()).toEqual([]);
    await namespace.press('Escape');
  });

  await test.step('a row shows tags with their state, the repository, lookup and when it was updated', async () => {
    const nginx = streams.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'nginx', exact: true }) });
    await expect(nginx.getByText('latest')).toBeVisible();
    await expect(nginx.getByRole('button', { name: 'Copy image repository of nginx' })).toBeVisible();
    await expect(nginx.getByRole('gridcell', { name: 'Local', exact: true })).toBeVisible();
    await expect(nginx.getByText(/ ago/)).toBeVisible();
  });

  await test.step('Updated is the newest image of any tag, its exact time on hover; the repository copies', async () => {
    const stream = (await (await request.get('/apis/image.openshift.io/v1/namespaces/demo/imagestreams/nginx')).json()) as {
      status: { dockerImageRepository: string; publicDockerImageRepository?: string; tags?: { items?: { created: string }[] }[] };
    };
    const newest = (stream.status.tags ?? []).map((t) => t.items?.[0]?.created ?? '').sort().at(-1) ?? '';
    const nginx = streams.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'nginx', exact: true }) });
    await nginx.getByText(/ ago/).hover();
    await expect(page.getByRole('tooltip')).toContainText(newest.replace(/\.\d+Z$/, 'Z'));
    await nginx.getByRole('button', { name: 'Copy image repository of nginx' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(stream.status.publicDockerImageRepository ?? stream.status.dockerImageRepository);
  });

  await test.step('a stream with failing imports is marked', async () => {
    const broken = streams.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'broken-imports' }) });
    await expect(broken.getByRole('link', { name: '4 tags failing' })).toBeVisible();
    const healthy = streams.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'nginx', exact: true }) });
    await expect(healthy.getByRole('link', { name: /tags? failing/ })).toBeHidden();
  });

  await test.step('the 120-tag stream shows a few tags and the rest on demand', async () => {
    await namespace.click();
    await page.getByRole('option', { name: 'ci', exact: true }).click();
    await expect(page).toHaveURL(/#\/ns\/ci\/imagestreams$/);
    await streams.getByRole('button', { name: '+117 more tags' }).click();
    await expect(page.getByRole('dialog').getByText('120 tags in release-payload')).toBeVisible();
    // Closed before moving on: the namespace menu renders inside the page, under this popover.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  await test.step('switching namespace lists that namespace', async () => {
    await namespace.fill('sam');
    await page.getByRole('option', { name: 'samples', exact: true }).click();
    await expect(page).toHaveURL(/#\/ns\/samples\/imagestreams$/);
    await expect(namespace).toHaveValue('samples');
    await expect(streams.getByRole('link', { name: 'ruby', exact: true })).toBeVisible();
    await expect(streams.getByRole('link', { name: 'nginx', exact: true })).toBeHidden();
  });

  await test.step('all namespaces adds a namespace column', async () => {
    await namespace.click();
    await page.getByRole('option', { name: 'All namespaces' }).click();
    await expect(page).toHaveURL(/#\/ns\/all\/imagestreams$/);
    await expect(streams.getByRole('columnheader', { name: 'Namespace' })).toBeVisible();
    await expect(streams.getByRole('link', { name: 'nodejs', exact: true })).toBeVisible();
    await expect(streams.getByRole('link', { name: 'nginx', exact: true })).toBeVisible();
    const nodejs = streams.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'nodejs', exact: true }) });
    await expect(nodejs.getByRole('gridcell', { name: 'samples', exact: true })).toBeVisible();
  });

  await test.step('the start page remembers the last namespace', async () => {
    await namespace.fill('demo');
    await namespace.press('Enter');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
    await page.goto('./#/');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
  });

  await test.step('a stream opens its details page', async () => {
    await streams.getByRole('link', { name: 'nginx', exact: true }).click();
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams\/nginx$/);
    await expect(page.getByRole('heading', { level: 1, name: 'nginx' })).toBeVisible();
    await page.goBack();
    await expect(streams.getByRole('link', { name: 'nginx', exact: true })).toBeVisible();
  });
});

test.describe('namespaces that are not listed', () => {
  // Chromium logs every 4xx answer; these ones are what the tests provoke.
  test.use({ allowedConsoleErrors: [/status of 40[34]/] });

  test('a namespace can be typed when it is not in the list', async ({ page }) => {
    const namespace = page.getByRole('combobox', { name: 'Namespace' });
    await page.goto('./#/ns/demo/imagestreams');
    await namespace.fill('team-x');
    await page.getByRole('option', { name: 'Go to namespace "team-x"' }).click();
    await expect(page).toHaveURL(/#\/ns\/team-x\/imagestreams$/);
    await expect(page.getByRole('heading', { name: 'Namespace team-x not found' })).toBeVisible();
    await expect(namespace).toHaveValue('team-x');
  });

  test('a user who may not list namespaces types one', async ({ page, request }) => {
    const faults = await request.post('/__cluster/faults', { data: [{ method: 'GET', path: '^/api/v1/namespaces$', status: 403 }] });
    expect(faults.ok()).toBe(true);
    const namespace = page.getByRole('combobox', { name: 'Namespace' });
    await page.goto('./#/ns/demo/imagestreams');
    await expect(page.getByText('You cannot list namespaces: type the name of one you can use.')).toBeVisible();
    await namespace.fill('samples');
    await namespace.press('Enter');
    await expect(page).toHaveURL(/#\/ns\/samples\/imagestreams$/);
    await expect(page.getByRole('grid', { name: 'ImageStreams' }).getByRole('link', { name: 'ruby', exact: true })).toBeVisible();
  });
});
