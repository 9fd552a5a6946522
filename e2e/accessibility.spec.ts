// Every page and dialog passes axe's WCAG 2.1 A/AA rules with no serious or critical violation.
import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { setFaults } from './faults-support';
import { expect, test } from './fixtures';
import { StreamForm, streamPath } from './form-page';

// Forbidden lists, deletions waited for and missing streams (404), the provoked conflict (409) and
// injected server faults (500, 503) are logged by Chromium.
test.use({ allowedConsoleErrors: [/status of (40[349]|50[03])/] });
// A scan of a full page takes seconds on a busy machine; each test scans several.
test.slow();

const streams = (page: Page) => page.getByRole('grid', { name: 'ImageStreams' });
const namespaceBox = (page: Page) => page.getByRole('combobox', { name: 'Namespace' });

async function emptyNamespace(request: APIRequestContext, namespace: string) {
  const list = await request.get(`/apis/image.openshift.io/v1/namespaces/${namespace}/imagestreams`);
  const { items } = (await list.json()) as { items: { metadata: { name: string } }[] };
  for (const { metadata } of items) expect((await request.delete(streamPath(namespace, metadata.name))).ok()).toBe(true);
}

test('list pages', async ({ page, request }) => {
  await test.step('one namespace, with the namespace menu and a row menu open', async () => {
    await page.goto('./#/ns/demo/imagestreams');
    await expect(streams(page).getByRole('link', { name: 'nginx', exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, 'list of demo');
    await namespaceBox(page).click();
    await expect(page.getByRole('option', { name: 'All namespaces' })).toBeVisible();
    await expectNoSeriousViolations(page, 'namespace menu');
    await namespaceBox(page).press('Escape');
    await page.getByRole('button', { name: 'Actions for nginx' }).click();
    await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeVisible();
    await expectNoSeriousViolations(page, 'row action menu');
    await page.keyboard.press('Escape');
  });

  await test.step('filtered, and filtered to nothing', async () => {
    await page.getByLabel('Filter by name').fill('web');
    await expect(streams(page).getByRole('rowheader')).toHaveText(['web-frontend']);
    await expectNoSeriousViolations(page, 'filtered list');
    await page.getByLabel('Label selector').fill('tier in (frontend');
    await expect(page.getByText('Missing ")"')).toBeVisible();
    await expectNoSeriousViolations(page, 'list with a broken selector');
    await page.getByLabel('Label selector').fill('');
    await page.getByLabel('Filter by name').fill('no-such-stream');
    await expect(page.getByRole('heading', { name: 'No ImageStreams match the filters' })).toBeVisible();
    await expectNoSeriousViolations(page, 'list with no match');
  });

  await test.step('all namespaces, with the bulk action bar', async () => {
    await page.goto('./#/ns/all/imagestreams');
    await page.getByRole('checkbox', { name: 'Select demo/nginx' }).check();
    await expect(page.getByText('1 selected')).toBeVisible();
    await expectNoSeriousViolations(page, 'all namespaces with a selection');
  });

  await test.step('an empty namespace', async () => {
    await emptyNamespace(request, 'samples');
    await page.goto('./#/ns/samples/imagestreams');
    await expect(page.getByRole('heading', { name: 'No ImageStreams in namespace samples' })).toBeVisible();
    await expectNoSeriousViolations(page, 'empty namespace');
  });

  await test.step('a namespace the user may not list', async () => {
    const fault = await request.post('/__cluster/faults', { data: [{ method: 'GET', path: '^/apis/image.openshift.io/v1/namespaces/ci/imagestreams$', status: 403 }] });
    expect(fault.ok()).toBe(true);
    await page.goto('./#/ns/ci/imagestreams');
    await expect(page.getByRole('heading', { name: 'You cannot list ImageStreams in namespace ci' })).toBeVisible();
    await expectNoSeriousViolations(page, 'forbidden namespace');
  });
});

test('details page: tags, history with an item opened, YAML', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams/web-frontend?tab=tags&tag=latest');
  await expect(page.getByLabel('Details of tag latest')).toBeVisible();
  await expectNoSeriousViolations(page, 'Tags tab');
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('listitem', { name: /Current/ }).getByRole('button', { name: 'Show pull specs by digest' }).click();
  await expect(page.getByRole('listitem', { name: /Current/ })).toContainText('architecture');
  await expectNoSeriousViolations(page, 'History tab');
  await page.getByRole('tab', { name: 'YAML' }).click();
  await expect(page.getByRole('region', { name: 'YAML of web-frontend' })).toBeVisible();
  await expectNoSeriousViolations(page, 'YAML tab');
});

test('create form: empty, with tags, with errors, YAML import', async ({ page }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await expectNoSeriousViolations(page, 'empty create form');
  await form.addTag({ name: 'latest', kind: 'DockerImage', source: 'docker.io/library/nginx:1.27', annotations: { owner: 'me' } });
  await form.addTag({ name: 'stable', kind: 'ImageStreamTag', source: 'mine:latest' });
  await expectNoSeriousViolations(page, 'create form with tags');
  await form.name.fill('Bad_Name-');
  await form.tag(2).getByRole('textbox', { name: 'Tag name', exact: true }).fill('latest');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(form.tag(2).getByRole('textbox', { name: 'Tag name', exact: true })).toHaveAccessibleDescription(/Another tag is also named "latest"/);
  await expectNoSeriousViolations(page, 'create form with errors');
  await page.getByRole('button', { name: 'Create from YAML' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create from YAML' });
  await dialog.getByRole('textbox', { name: 'YAML' }).fill('kind: ImageStream\nmetadata: [\n');
  await dialog.getByRole('button', { name: 'Fill the form' }).click();
  await expect(dialog.getByText(/^Line \d+, column \d+: Invalid YAML/)).toBeVisible();
  await expectNoSeriousViolations(page, 'YAML import dialog with an error');
});

test('edit form and its conflict view', async ({ page, request }) => {
  await page.goto('./#/ns/demo/imagestreams/nginx/edit');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit nginx' })).toBeVisible();
  await expectNoSeriousViolations(page, 'edit form');
  const patched = await request.patch(streamPath('demo', 'nginx'), {
    headers: { 'Content-Type': 'application/merge-patch+json' },
    data: { metadata: { annotations: { 'changed-by': 'someone-else' } } },
  });
  expect(patched.ok()).toBe(true);
  await expect(page.getByRole('heading', { name: /This ImageStream was changed on the server while you were editing/ })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Not saved: this ImageStream was changed on the server/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'edit conflict');
});

test('dialogs of the details page', async ({ page, request }) => {
  // Tag dialogs are scanned again showing the server's refusal.
  await setFaults(request, [{ path: 'imagestreamtags', status: 503 }]);
  await page.goto('./#/ns/demo/imagestreams/web-frontend?tab=history&tag=latest');
  const history = page.getByRole('list', { name: 'History of latest' });
  await expect(history.getByRole('listitem')).toHaveCount(14);

  await test.step('rollback confirmation', async () => {
    await history.getByRole('button', { name: /^Make sha256:[0-9a-f]{12} the current image of latest$/ }).first().click();
    const dialog = page.getByRole('dialog', { name: /^Make sha256:[0-9a-f]{12} the current image of latest\?$/ });
    await expect(dialog).toBeVisible();
    await expectNoSeriousViolations(page, 'rollback confirmation');
    await dialog.getByRole('button', { name: 'Make current' }).click();
    await expect(dialog.getByRole('heading', { name: 'Danger alert: The API server is unavailable' })).toBeVisible();
    await expectNoSeriousViolations(page, 'rollback confirmation with an error');
    await page.keyboard.press('Escape');
  });

  await test.step('remove tag confirmation', async () => {
    await page.getByRole('tab', { name: 'Tags' }).click();
    await page.getByRole('button', { name: 'canary Details' }).click();
    await page.getByRole('button', { name: 'Remove canary' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove tag web-frontend:canary?' });
    await expect(dialog).toBeVisible();
    await expectNoSeriousViolations(page, 'remove tag confirmation');
    await dialog.getByRole('button', { name: 'Remove tag' }).click();
    await expect(dialog.getByRole('heading', { name: 'Danger alert: The API server is unavailable' })).toBeVisible();
    await expectNoSeriousViolations(page, 'remove tag confirmation with an error');
    await page.keyboard.press('Escape');
  });

  await test.step('re-import results', async () => {
    await request.post('/__cluster/registry/push', { data: { image: 'quay.io/acme/web-frontend:canary' } });
    await page.getByRole('button', { name: 'Re-import canary' }).click();
    await expect(page.getByLabel('Last re-import of canary')).toContainText('new image');
    await expectNoSeriousViolations(page, 're-import results');
  });

  await test.step('export dialog', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('dialog', { name: 'Export web-frontend' })).toBeVisible();
    await expectNoSeriousViolations(page, 'export dialog');
    await page.keyboard.press('Escape');
  });

  await test.step('delete confirmation', async () => {
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Delete ImageStream?' })).toBeVisible();
    await expectNoSeriousViolations(page, 'delete confirmation');
  });
});

test('delete progress, bulk results and bulk delete confirmation', async ({ page }) => {
  const dialog = page.getByRole('dialog', { name: 'Delete ImageStream?' });
  await page.goto('./#/ns/demo/imagestreams/held-by-finalizer');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('elapsed');
  await expectNoSeriousViolations(page, 'delete progress');
  await dialog.getByRole('button', { name: 'Stop waiting' }).click();
  await expect(dialog.getByText('Stopped waiting')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('./#/ns/all/imagestreams');
  await page.getByRole('checkbox', { name: 'Select demo/broken-imports' }).check();
  await page.getByRole('checkbox', { name: 'Select demo/nginx' }).check();
  await page.getByRole('button', { name: 'Re-import selected' }).click();
  const bulk = page.getByRole('dialog', { name: 'Re-import 2 ImageStreams?' });
  await expectNoSeriousViolations(page, 'bulk re-import confirmation');
  await bulk.getByRole('button', { name: 'Re-import', exact: true }).click();
  await expect(bulk.getByRole('list', { name: 'Outcome per ImageStream' })).toContainText('demo/broken-imports: ');
  await expectNoSeriousViolations(page, 'bulk re-import results');
  await bulk.getByRole('button', { name: 'Close', exact: true }).last().click();
  await page.getByRole('checkbox', { name: 'Select demo/nginx' }).check();
  await page.getByRole('checkbox', { name: 'Select shared-images/ubi9' }).check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete 2 ImageStreams?' })).toBeVisible();
  await expectNoSeriousViolations(page, 'bulk delete confirmation');
});

test('error pages: list load error, unknown route, missing and unloadable stream', async ({ page, request }) => {
  // The three retries of a read back off 0.5, 1 and 2 s before the failure is shown.
  const givenUp = { timeout: 15_000 };

  // First, on a fresh page: later hash navigations keep the list already in the cache.
  await test.step('the list\'s load-error banner (503)', async () => {
    await setFaults(request, [{ method: 'GET', path: '/namespaces/demo/imagestreams$', watch: false, status: 503 }]);
    await page.goto('./#/ns/demo/imagestreams');
    await expect(page.getByRole('heading', { name: 'Danger alert: The API server is unavailable' })).toBeVisible(givenUp);
    await expectNoSeriousViolations(page, 'list load error');
  });

  await test.step('an address no page lives at', async () => {
    await page.goto('./#/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectNoSeriousViolations(page, 'not-found route');
  });

  await test.step('a stream that does not exist', async () => {
    await page.goto('./#/ns/demo/imagestreams/no-such-stream');
    await expect(page.getByRole('heading', { name: 'ImageStream not found' })).toBeVisible();
    await expectNoSeriousViolations(page, 'stream not found');
  });

  await test.step('a stream that cannot be loaded (500)', async () => {
    // Its GET and the lists a watch would fill the page from fail, as when the server does.
    await setFaults(request, [{ method: 'GET', path: '/namespaces/demo/imagestreams(/nginx)?$', watch: false, status: 500 }]);
    await page.goto('./#/ns/demo/imagestreams/nginx');
    await expect(page.getByRole('heading', { name: 'Could not load ImageStream nginx' })).toBeVisible(givenUp);
    await expectNoSeriousViolations(page, 'could not load ImageStream');
  });
});
