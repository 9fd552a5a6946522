// Create from YAML: the documentation's examples pasted and uploaded; what is not one ImageStream is
// refused with what is wrong (and where), nothing is created and the text stays; what the server sets
// (resourceVersion, uid, status) is dropped before the preview.
import { expect, test } from './fixtures';
import { StreamForm, readStream, streamPath } from './form-page';
import { comparable, expected } from './stream-compare';

const MIRROR_YAML = `apiVersion: image.openshift.io/v1
kind: ImageStream
metadata:
  name: mirrored-image-e2e
  resourceVersion: "12345"
  labels:
    team: platform
spec:
  tags:
  - name: v1.0
    from:
      kind: DockerImage
      name: external-registry.com/app:v1.0
    referencePolicy:
      type: Local
    importPolicy:
      scheduled: true
status:
  dockerImageRepository: image-registry.openshift-image-registry.svc:5000/default/mirrored-image
`;

test('from YAML (paste): an error names its line, then the values fill the form for review', async ({ page, request }) => {
  const form = new StreamForm(page);
  const dialog = page.getByRole('dialog', { name: 'Create from YAML' });
  await form.gotoNew();
  await page.getByRole('button', { name: 'Create from YAML' }).click();

  await test.step('broken YAML is refused with its line', async () => {
    await dialog.getByRole('textbox', { name: 'YAML' }).fill('apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata: [\n');
    await dialog.getByRole('button', { name: 'Fill the form' }).click();
    await expect(dialog.getByText(/^Line \d+, column \d+: Invalid YAML/)).toBeVisible();
  });

  await test.step('a whole object fills the form, saying what was dropped', async () => {
    await dialog.getByRole('textbox', { name: 'YAML' }).fill(MIRROR_YAML);
    await dialog.getByRole('button', { name: 'Fill the form' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Dropped metadata.resourceVersion, status: the server sets them.')).toBeVisible();
    await expect(form.name).toHaveValue('mirrored-image-e2e');
    await expect(form.namespace).toHaveValue('demo');
    await expect(form.tag(1).getByRole('textbox', { name: 'Source name', exact: true })).toHaveValue('external-registry.com/app:v1.0');
    await expect(form.tag(1).getByRole('radio', { name: 'Local', exact: true })).toBeChecked();
    await expect(page.getByRole('group', { name: 'Label 1' }).getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('team');
  });

  await form.create('demo', 'mirrored-image-e2e');
  const want = expected('mirroring', 'mirrored-image-e2e');
  expect(comparable(await readStream(request, 'demo', 'mirrored-image-e2e'))).toEqual({ ...want, labels: { team: 'platform' } });
});

test('from YAML (upload): a file from `oc get -o yaml` fills the form', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await page.getByRole('button', { name: 'Create from YAML' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create from YAML' });
  const yaml = MIRROR_YAML.replace('mirrored-image-e2e', 'temp-images-e2e').replace(/spec:[\s\S]*$/, 'spec:\n  lookupPolicy:\n    local: true\n');
  await dialog.getByLabel('Upload a file').setInputFiles({ name: 'imagestream.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml) });
  await expect(dialog).toBeHidden();
  await expect(form.lookup).toBeChecked();
  await form.create('demo', 'temp-images-e2e');
  const want = expected('contextManager', 'temp-images-e2e');
  expect(comparable(await readStream(request, 'demo', 'temp-images-e2e'))).toEqual({ ...want, labels: { team: 'platform' } });
});

const streamYaml = (name: string, apiVersion = 'image.openshift.io/v1', kind = 'ImageStream') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n  lookupPolicy:\n    local: true\n`;

/** Each is refused with this message; `line` is the line the dialog quotes under it. */
const NOT_ONE_STREAM = [
  {
    what: 'kind: Deployment',
    names: ['deployment-e2e'],
    text: streamYaml('deployment-e2e', 'apps/v1', 'Deployment'),
    message: 'Line 2, column 7: This is a "Deployment", not an ImageStream: kind must be ImageStream',
    line: '2: kind: Deployment',
  },
  {
    what: 'apiVersion image.openshift.io/v2',
    names: ['v2-e2e'],
    text: streamYaml('v2-e2e', 'image.openshift.io/v2'),
    message: 'Line 1, column 13: apiVersion is "image.openshift.io/v2": ImageStreams use image.openshift.io/v1',
    line: '1: apiVersion: image.openshift.io/v2',
  },
  {
    what: 'apiVersion v1, without the group',
    names: ['core-v1-e2e'],
    text: streamYaml('core-v1-e2e', 'v1'),
    message: 'Line 1, column 13: apiVersion is "v1": ImageStreams use image.openshift.io/v1',
    line: '1: apiVersion: v1',
  },
  {
    what: 'two documents',
    names: ['first-e2e', 'second-e2e'],
    text: `${streamYaml('first-e2e')}---\n${streamYaml('second-e2e')}`,
    message: 'Line 9, column 1: Found 2 YAML documents; import one ImageStream at a time',
    line: '9: apiVersion: image.openshift.io/v1',
  },
];

test('YAML that is not one ImageStream is refused with what is wrong and where; the text stays, nothing is created', async ({ page, request }) => {
  const form = new StreamForm(page);
  const dialog = page.getByRole('dialog', { name: 'Create from YAML' });
  const yaml = dialog.getByRole('textbox', { name: 'YAML' });
  await form.gotoNew();
  await page.getByRole('button', { name: 'Create from YAML' }).click();

  for (const refused of NOT_ONE_STREAM) {
    await test.step(refused.what, async () => {
      await yaml.fill(refused.text);
      await dialog.getByRole('button', { name: 'Fill the form' }).click();
      await expect(dialog.getByRole('heading', { name: /This is not an ImageStream the form can take/ })).toBeVisible();
      await expect(dialog.getByText(refused.message, { exact: true })).toBeVisible();
      await expect(dialog.getByText(refused.line, { exact: true })).toBeVisible();
      await expect(yaml).toHaveValue(refused.text);
      await expect(yaml).toHaveAttribute('aria-invalid', 'true');
      await expect(yaml).toBeFocused();
    });
  }

  await test.step('nothing reached the form or the server', async () => {
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(form.name).toHaveValue('');
    await expect(page.getByRole('heading', { name: /Filled from YAML/ })).toBeHidden();
    for (const name of NOT_ONE_STREAM.flatMap((refused) => refused.names)) {
      expect((await request.get(streamPath('demo', name))).status(), `GET ${name}`).toBe(404);
    }
  });
});

const UID = '0b6d7c2e-5f1a-4a4a-9c9c-abcdefabcdef';
const FROM_CLUSTER_YAML = `apiVersion: image.openshift.io/v1
kind: ImageStream
metadata:
  name: from-cluster-e2e
  namespace: demo
  uid: ${UID}
  resourceVersion: "987654"
  creationTimestamp: "2024-01-02T03:04:05Z"
  labels:
    app: web
spec:
  lookupPolicy:
    local: false
  tags:
  - name: latest
    from:
      kind: DockerImage
      name: docker.io/library/nginx:latest
    referencePolicy:
      type: Source
status:
  dockerImageRepository: image-registry.openshift-image-registry.svc:5000/demo/from-cluster-e2e
  tags:
  - tag: latest
    items: []
`;

test('server-set fields are dropped: resourceVersion, uid and status are not in the preview nor sent', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await page.getByRole('button', { name: 'Create from YAML' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create from YAML' });
  await dialog.getByRole('textbox', { name: 'YAML' }).fill(FROM_CLUSTER_YAML);
  await dialog.getByRole('button', { name: 'Fill the form' }).click();
  await expect(dialog).toBeHidden();

  await test.step('the form says what it dropped, and the preview does not hold it', async () => {
    await expect(page.getByText('Dropped metadata.resourceVersion, metadata.uid, metadata.creationTimestamp, status: the server sets them.')).toBeVisible();
    await expect(form.name).toHaveValue('from-cluster-e2e');
    await expect(form.preview).toContainText('name: from-cluster-e2e');
    await expect(form.preview).toContainText('app: web');
    for (const gone of ['resourceVersion', 'uid:', UID, 'creationTimestamp', 'status:', 'dockerImageRepository']) {
      await expect(form.preview).not.toContainText(gone);
    }
  });

  await form.create('demo', 'from-cluster-e2e');
  const stored = await readStream(request, 'demo', 'from-cluster-e2e');
  expect(stored.metadata.uid).not.toBe(UID);
  expect(stored.metadata.resourceVersion).not.toBe('987654');
  expect(comparable(stored)).toEqual({
    name: 'from-cluster-e2e',
    namespace: 'demo',
    labels: { app: 'web' },
    annotations: {},
    lookupLocal: false,
    tags: [
      {
        name: 'latest',
        annotations: null,
        from: { kind: 'DockerImage', name: 'docker.io/library/nginx:latest' },
        reference: false,
        importPolicy: { scheduled: false, insecure: false, importMode: 'Legacy' },
        referencePolicy: { type: 'Source' },
      },
    ],
  });
});
