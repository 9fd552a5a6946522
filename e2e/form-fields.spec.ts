// Every control of the form that the examples do not drive, typed in, created, read back from the API
// and shown again by the edit form; and Export from the create and edit forms, of what the form holds.
import { pythonObject } from '../src/features/image-streams/form/python-call';
import { expect, test } from './fixtures';
import { StreamForm, readStream, streamPath } from './form-page';
import { comparable } from './stream-compare';

test('reference only, insecure registry, PreserveOriginal, free-key tag annotations and stream annotations reach the API', async ({ page, request }) => {
  const form = new StreamForm(page);

  await test.step('each control, through the form', async () => {
    await form.gotoNew();
    await form.name.fill('fields-e2e');
    await form.addRow('Annotation', 'openshift.io/display-name', 'Fields');
    await form.addRow('Annotation', 'example.com/owner', 'platform-team');
    await form.addTag({ name: 'pinned', kind: 'DockerImage', source: 'quay.io/acme/web-frontend:latest', reference: true });
    await form.addTag({
      name: 'multiarch',
      kind: 'DockerImage',
      source: 'insecure.registry.example.com/app:1.0',
      insecure: true,
      importMode: 'PreserveOriginal',
      description: 'Every architecture',
      annotations: { tags: 'builder', 'example.com/arch': 'amd64 arm64' },
    });
    for (const line of ['reference: true', 'insecure: true', 'importMode: PreserveOriginal', 'example.com/arch: amd64 arm64', 'example.com/owner: platform-team']) {
      await expect(form.preview).toContainText(line);
    }
  });

  await test.step('created, the server stores each of them', async () => {
    await form.create('demo', 'fields-e2e');
    expect(comparable(await readStream(request, 'demo', 'fields-e2e'))).toEqual({
      name: 'fields-e2e',
      namespace: 'demo',
      labels: {},
      annotations: { 'openshift.io/display-name': 'Fields', 'example.com/owner': 'platform-team' },
      lookupLocal: false,
      tags: [
        {
          name: 'multiarch',
          annotations: { description: 'Every architecture', tags: 'builder', 'example.com/arch': 'amd64 arm64' },
          from: { kind: 'DockerImage', name: 'insecure.registry.example.com/app:1.0' },
          reference: false,
          importPolicy: { scheduled: false, insecure: true, importMode: 'PreserveOriginal' },
          referencePolicy: { type: 'Source' },
        },
        {
          name: 'pinned',
          annotations: null,
          from: { kind: 'DockerImage', name: 'quay.io/acme/web-frontend:latest' },
          reference: true,
          importPolicy: { scheduled: false, insecure: false, importMode: 'Legacy' },
          referencePolicy: { type: 'Source' },
        },
      ],
    });
  });

  await test.step('the edit form shows them again, each on its control', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit fields-e2e' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Annotation 2', exact: true }).getByRole('textbox', { name: 'Value', exact: true })).toHaveValue('platform-team');
    // The server keeps spec.tags sorted by name.
    const multiarch = form.tag(1);
    await expect(multiarch.getByRole('textbox', { name: 'Tag name', exact: true })).toHaveValue('multiarch');
    await expect(multiarch.getByRole('checkbox', { name: 'Insecure registry', exact: true })).toBeChecked();
    await expect(multiarch.getByRole('combobox', { name: 'Import mode', exact: true })).toHaveValue('PreserveOriginal');
    await expect(multiarch.getByRole('checkbox', { name: 'Reference only', exact: true })).not.toBeChecked();
    await expect(multiarch.getByRole('textbox', { name: 'Description', exact: true })).toHaveValue('Every architecture');
    const arch = multiarch.getByRole('group', { name: 'Tag annotation 2', exact: true });
    await expect(arch.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('example.com/arch');
    await expect(arch.getByRole('textbox', { name: 'Value', exact: true })).toHaveValue('amd64 arm64');
    const pinned = form.tag(2);
    await expect(pinned.getByRole('textbox', { name: 'Tag name', exact: true })).toHaveValue('pinned');
    await expect(pinned.getByRole('checkbox', { name: 'Reference only', exact: true })).toBeChecked();
    await expect(pinned.getByRole('checkbox', { name: 'Insecure registry', exact: true })).not.toBeChecked();
  });
});

test('export from the create form: oc commands and the Python call of what is typed, which Create then stores', async ({ page, request }) => {
  const form = new StreamForm(page);
  const dialog = page.getByRole('dialog', { name: 'Export export-e2e' });
  let python = '';

  await test.step('a stream typed into the form, exported before it exists', async () => {
    await form.gotoNew();
    await form.name.fill('export-e2e');
    await form.setLookup(true);
    await form.addRow('Label', 'team', 'web');
    await form.addTag({ name: 'latest', kind: 'DockerImage', source: 'docker.io/library/nginx:1.27', scheduled: true, referencePolicy: 'Local', description: 'Web server' });
    await form.addTag({ name: 'stable', kind: 'ImageStreamTag', source: 'export-e2e:latest' });
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(dialog).toBeVisible();
  });

  await test.step('the oc commands build that stream', async () => {
    await dialog.getByRole('tab', { name: 'oc commands' }).click();
    const oc = dialog.getByRole('tabpanel', { name: 'oc commands' });
    for (const line of [
      'oc create imagestream export-e2e -n demo',
      'oc set image-lookup export-e2e --enabled -n demo',
      'oc label imagestream/export-e2e team=web -n demo',
      'oc tag docker.io/library/nginx:1.27 export-e2e:latest --source=docker --scheduled --reference-policy=local -n demo',
      'oc tag export-e2e:latest export-e2e:stable --source=istag --alias -n demo',
      'oc patch imagestream/export-e2e --type=json',
    ]) {
      await expect(oc).toContainText(line);
    }
  });

  await test.step('the Python call holds the name, the namespace and both tags', async () => {
    await dialog.getByRole('tab', { name: 'Python' }).click();
    const code = dialog.getByLabel('Python of export-e2e');
    for (const line of ['image_stream = ImageStream(', 'name="export-e2e"', 'namespace="demo"', 'lookup_policy=True', '"name": "latest"', '"name": "export-e2e:latest"', 'label={']) {
      await expect(code).toContainText(line);
    }
    python = (await code.textContent()) ?? '';
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect((await request.get(streamPath('demo', 'export-e2e'))).status(), 'Export creates nothing').toBe(404);
  });

  await form.create('demo', 'export-e2e');
  expect(comparable(await readStream(request, 'demo', 'export-e2e'))).toEqual(comparable(pythonObject(python)));
});

test('export from the edit form: the unsaved edits are in the export, not on the server', async ({ page, request }) => {
  const form = new StreamForm(page);
  await page.goto('./#/ns/demo/imagestreams/nginx/edit');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit nginx' })).toBeVisible();
  await form.addTag({ name: 'edited', kind: 'DockerImage', source: 'docker.io/library/nginx:1.27' });
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export nginx' });
  await dialog.getByRole('tab', { name: 'oc commands' }).click();
  await expect(dialog.getByRole('tabpanel', { name: 'oc commands' })).toContainText('oc tag docker.io/library/nginx:1.27 nginx:edited --source=docker -n demo');
  await dialog.getByRole('tab', { name: 'Python' }).click();
  await expect(dialog.getByLabel('Python of nginx')).toContainText('"name": "edited"');
  const stored = await readStream(request, 'demo', 'nginx');
  expect((stored.spec.tags as { name: string }[]).map((tag) => tag.name)).toEqual(['latest']);
});
