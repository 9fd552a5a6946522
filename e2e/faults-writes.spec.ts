// Writes under the cluster's fault switches: never sent again by themselves, the error says what
// happened and what to do, nothing the user typed is lost, and a deliberate second try works once.
import type { Page } from '@playwright/test';
import { FAULT_CONSOLE_ERRORS, clearFaults, recordRequests, refuseConnections, setFaults } from './faults-support';
import type { FaultRule } from './faults-support';
import { expect, test } from './fixtures';
import { StreamForm, streamPath } from './form-page';

// Plus the 404 of a stream that was (correctly) never created.
test.use({ allowedConsoleErrors: [new RegExp(`${FAULT_CONSOLE_ERRORS[0]!.source}|status of 404`)] });

const CREATE = /\/namespaces\/demo\/imagestreams$/;
const WRITE_FAULTS: { name: string; rule: FaultRule; says: RegExp }[] = [
  { name: '500', rule: { status: 500 }, says: /injected fault.*try again in a moment/ },
  { name: '503', rule: { status: 503 }, says: /unable to handle the request.*try again in a moment/ },
  { name: '429 with Retry-After', rule: { status: 429, retryAfterSeconds: 5 }, says: /too many requests.*try again in 5 s/ },
  { name: 'a dropped connection', rule: { network: true }, says: /unreachable.*npm start/ },
];

async function fillNewStream(form: StreamForm, name: string) {
  await form.gotoNew();
  await form.name.fill(name);
  await form.addRow('Label', 'team', 'web');
  await form.addTag({ name: 'stable', kind: 'DockerImage', source: 'quay.io/example/app:1.0', description: 'what I typed' });
}

async function expectTypedValues(form: StreamForm, name: string) {
  await expect(form.name).toHaveValue(name);
  const label = form.page.getByRole('group', { name: 'Label 1' });
  await expect(label.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('team');
  await expect(label.getByRole('textbox', { name: 'Value', exact: true })).toHaveValue('web');
  await expect(form.tag(1).getByRole('textbox', { name: 'Tag name', exact: true })).toHaveValue('stable');
  await expect(form.tag(1).getByRole('textbox', { name: 'Source name', exact: true })).toHaveValue('quay.io/example/app:1.0');
  await expect(form.tag(1).getByRole('textbox', { name: 'Description', exact: true })).toHaveValue('what I typed');
}

for (const fault of WRITE_FAULTS) {
  test(`create under ${fault.name}: sent once, explained on the form, nothing typed is lost`, async ({ page, request }) => {
    const form = new StreamForm(page);
    const log = recordRequests(page);
    const name = `faulty-${fault.name.toLowerCase().replace(/\W+/g, '-')}`;
    await fillNewStream(form, name);
    await setFaults(request, [{ method: 'POST', path: CREATE.source, ...fault.rule }]);

    await test.step('the failed create is reported where the buttons are, and not sent again', async () => {
      await page.getByRole('button', { name: 'Create', exact: true }).click();
      const problem = page.getByText(fault.says);
      await expect(problem).toBeVisible();
      // On the form, next to the buttons: not only in a notice that goes away.
      await expect(page.getByRole('heading', { name: 'Danger alert: The server did not accept this ImageStream' })).toBeVisible();
      await expect(page).toHaveURL(/imagestreams\/~new$/);
      expect(log.sent('POST', CREATE)).toHaveLength(1);
      expect((await request.get(streamPath('demo', name))).status()).toBe(404);
      await expectTypedValues(form, name);
    });

    await test.step('once the server is back, Create again makes exactly one stream', async () => {
      await clearFaults(request);
      await form.create('demo', name);
      expect(log.sent('POST', CREATE)).toHaveLength(2);
      const list = await request.get('/apis/image.openshift.io/v1/namespaces/demo/imagestreams');
      const names = ((await list.json()) as { items: { metadata: { name: string } }[] }).items.map((s) => s.metadata.name);
      expect(names.filter((n) => n === name)).toHaveLength(1);
    });
  });
}

test('create with the connection refused in the browser: sent once, explained, nothing typed is lost', async ({ page, request }) => {
  const form = new StreamForm(page);
  const log = recordRequests(page);
  await fillNewStream(form, 'refused-create');
  // The proxy gone for real: net::ERR_CONNECTION_REFUSED, not a connection the server drops.
  const restore = await refuseConnections(page);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText(/The Kubernetes API is unreachable\. Check that the server you opened the dashboard from is still running: `npm start`/)).toBeVisible();
  await expect(page).toHaveURL(/imagestreams\/~new$/);
  expect(log.sent('POST', CREATE)).toHaveLength(1);
  expect((await request.get(streamPath('demo', 'refused-create'))).status()).toBe(404);
  await expectTypedValues(form, 'refused-create');

  await restore();
  await form.create('demo', 'refused-create');
  expect(log.sent('POST', CREATE)).toHaveLength(2);
});

test('create under 3 s of latency: the button waits, one request, then the new stream', async ({ page, request }) => {
  const form = new StreamForm(page);
  const log = recordRequests(page);
  await fillNewStream(form, 'slow-create');
  await setFaults(request, [{ method: 'POST', path: CREATE.source, latencyMs: 3_000 }]);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  // While loading, PatternFly adds its spinner's name to the button's.
  const create = page.getByRole('button', { name: /Create$/ });
  // A second click cannot send it twice while the first is on its way.
  await expect(create).toBeDisabled();
  await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams\/slow-create$/, { timeout: 10_000 });
  expect(log.sent('POST', CREATE)).toHaveLength(1);
});

const deleteDialog = (page: Page) => page.getByRole('dialog', { name: 'Delete ImageStream?' });

test('delete under 503: sent once, the dialog says why, the stream stays, and a second try deletes it', async ({ page, request }) => {
  const log = recordRequests(page);
  await page.goto('./#/ns/demo/imagestreams/nginx');
  await setFaults(request, [{ method: 'DELETE', status: 503 }]);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await deleteDialog(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(deleteDialog(page).getByText(/unable to handle the request/)).toBeVisible();
  await expect(deleteDialog(page).getByText(/try again in a moment/)).toBeVisible();
  expect(log.sent('DELETE', /\/imagestreams\/nginx$/)).toHaveLength(1);
  expect((await request.get(streamPath('demo', 'nginx'))).status()).toBe(200);

  await clearFaults(request);
  // Sending it again is the user's decision, named as such.
  await deleteDialog(page).getByRole('button', { name: 'Delete again', exact: true }).click();
  await expect(page.getByText('ImageStream nginx was deleted from namespace demo')).toBeVisible();
  expect(log.sent('DELETE', /\/imagestreams\/nginx$/)).toHaveLength(2);
});

test('re-import under 500: sent once, reported, and a second try imports', async ({ page, request }) => {
  const log = recordRequests(page);
  const IMPORTS = /\/imagestreamimports$/;
  await page.goto('./#/ns/demo/imagestreams/web-frontend');
  await page.getByRole('button', { name: 'latest Details' }).click();
  await setFaults(request, [{ method: 'POST', path: 'imagestreamimports', status: 500 }]);
  await page.getByRole('button', { name: 'Re-import latest' }).click();
  await expect(page.getByText(/injected fault.*try again in a moment/)).toBeVisible();
  expect(log.sent('POST', IMPORTS)).toHaveLength(1);

  await clearFaults(request);
  await page.getByRole('button', { name: 'Re-import latest' }).click();
  await expect(page.getByLabel('Last re-import of latest')).toContainText(/latest: (unchanged|new image)/);
  expect(log.sent('POST', IMPORTS)).toHaveLength(2);
});
