// Each example of the Python ImageStream class's documentation, built through the form, created, and
// read back from the API: the stored object must be the one the example describes.
import AxeBuilder from '@axe-core/playwright';
import { pythonObject } from '../src/features/image-streams/form/python-call';
import { pythonExamples } from '../src/features/image-streams/form/python-examples';
import { expect, test } from './fixtures';
import { StreamForm, readStream } from './form-page';

type Json = Record<string, unknown>;
const rec = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});

/** Server defaults (referencePolicy Source, importMode Legacy, false flags, null annotations) written out. */
function normalizeTag(value: unknown) {
  const tag = rec(value);
  const importPolicy = rec(tag.importPolicy);
  return {
    name: tag.name,
    annotations: tag.annotations ?? null,
    from: tag.from ?? null,
    reference: Boolean(tag.reference),
    importPolicy: {
      scheduled: Boolean(importPolicy.scheduled),
      insecure: Boolean(importPolicy.insecure),
      importMode: importPolicy.importMode || 'Legacy',
    },
    referencePolicy: { type: rec(tag.referencePolicy).type || 'Source' },
  };
}

function comparable(object: unknown) {
  const metadata = rec(rec(object).metadata);
  const spec = rec(rec(object).spec);
  const tags = Array.isArray(spec.tags) ? spec.tags : [];
  return {
    name: metadata.name,
    namespace: metadata.namespace,
    labels: metadata.labels ?? {},
    annotations: metadata.annotations ?? {},
    lookupLocal: Boolean(rec(spec.lookupPolicy).local),
    tags: tags.map(normalizeTag).sort((a, b) => String(a.name).localeCompare(String(b.name))),
  };
}

/** The example's object, created as `name` in namespace demo (the sample data holds the original names). */
function expected(example: string, name: string, rename: (text: string) => string = (text) => text) {
  const object = JSON.parse(rename(JSON.stringify(pythonObject(pythonExamples[example] ?? '')))) as Json;
  return comparable({ ...object, metadata: { ...rec(object.metadata), name, namespace: 'demo' } });
}

test('basic: a stream without tags, with local lookup', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await expect(form.namespace).toHaveValue('demo');
  await form.name.fill('my-app-e2e');
  await form.setLookup(true);
  await expect(page.getByText('On: pods in namespace demo may use the short name my-app-e2e:latest')).toBeVisible();
  await expect(form.preview).toContainText('name: my-app-e2e');
  await expect(form.preview).toContainText('local: true');
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious).toEqual([]);
  await form.create('demo', 'my-app-e2e');
  expect(comparable(await readStream(request, 'demo', 'my-app-e2e'))).toEqual(expected('basic', 'my-app-e2e'));
});

test('external image: a scheduled DockerImage tag with Local reference policy', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await form.name.fill('nginx-e2e');
  await form.setLookup(true);
  await form.addTag({ name: 'latest', kind: 'DockerImage', source: 'docker.io/library/nginx:latest', scheduled: true, referencePolicy: 'Local' });
  await form.create('demo', 'nginx-e2e');
  expect(comparable(await readStream(request, 'demo', 'nginx-e2e'))).toEqual(expected('externalImage', 'nginx-e2e'));
});

test('multiple tags: two images and a tag that follows another', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await form.name.fill('python-app-e2e');
  await form.setLookup(true);
  await form.addTag({ name: '3.9', kind: 'DockerImage', source: 'registry.access.redhat.com/ubi8/python-39:latest' });
  await form.addTag({ name: '3.11', kind: 'DockerImage', source: 'registry.access.redhat.com/ubi9/python-311:latest' });
  await form.addTag({ name: 'latest', kind: 'ImageStreamTag', source: 'python-app-e2e:3.11' });
  await form.create('demo', 'python-app-e2e');
  const want = expected('multipleTags', 'python-app-e2e', (text) => text.replace('"python-app:3.11"', '"python-app-e2e:3.11"'));
  expect(comparable(await readStream(request, 'demo', 'python-app-e2e'))).toEqual(want);
});

test('build output: a tag with no source and a description', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await form.name.fill('my-build-output-e2e');
  await form.setLookup(true);
  await form.addTag({ name: 'latest', description: 'Latest build of my application' });
  await expect(form.tag(1).getByText('The tag stays empty until a build or a push puts an image in it.')).toBeVisible();
  await form.create('demo', 'my-build-output-e2e');
  expect(comparable(await readStream(request, 'demo', 'my-build-output-e2e'))).toEqual(expected('buildOutput', 'my-build-output-e2e'));
});

test('scheduled import: periodic import over TLS into the internal registry', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await form.name.fill('auto-updated-e2e');
  await form.setLookup(true);
  await form.addTag({ name: 'latest', kind: 'DockerImage', source: 'quay.io/example/app:latest', scheduled: true, referencePolicy: 'Local' });
  await expect(form.tag(1).getByRole('checkbox', { name: 'Insecure registry', exact: true })).not.toBeChecked();
  await form.create('demo', 'auto-updated-e2e');
  expect(comparable(await readStream(request, 'demo', 'auto-updated-e2e'))).toEqual(expected('scheduledImport', 'auto-updated-e2e'));
});

test('tag configuration: import policy, reference policy and tag annotations', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await form.name.fill('tag-configuration');
  await form.addTag({
    name: 'prod',
    kind: 'DockerImage',
    source: 'registry.example.com/org/image:tag',
    scheduled: true,
    referencePolicy: 'Local',
    description: 'Production-ready image',
    version: '1.0.0',
    supports: 'Python 3.9',
  });
  await form.create('demo', 'tag-configuration');
  expect(comparable(await readStream(request, 'demo', 'tag-configuration'))).toEqual(expected('tagConfiguration', 'tag-configuration'));
});

test.describe('image reference types', () => {
  // Chromium logs the 422 the first attempt provokes on purpose.
  test.use({ allowedConsoleErrors: [/status of 422/] });

  test('the server says which sources do not exist, then takes real ones', async ({ page, request }) => {
    const form = new StreamForm(page);
    const web = await readStream(request, 'demo', 'web-frontend');
    const statusTags = (rec(web).status as { tags: { tag: string; items: { image: string }[] }[] }).tags;
    const digest = statusTags.find((t) => t.tag === 'latest')?.items[0]?.image ?? '';

    await test.step('the documentation\'s sources, verbatim', async () => {
      await form.gotoNew();
      await form.name.fill('reference-types');
      await form.addTag({ name: 'docker', kind: 'DockerImage', source: 'registry.example.com/org/image:tag' });
      await form.addTag({ name: 'stream-tag', kind: 'ImageStreamTag', source: 'another-stream:tag', sourceNamespace: 'other-namespace' });
      await form.addTag({ name: 'stream-image', kind: 'ImageStreamImage', source: `my-app@sha256:${'ab12'.repeat(16)}` });
      await page.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(page.getByText('The server did not accept this ImageStream')).toBeVisible();
      await expect(form.tag(2).getByRole('textbox', { name: 'Source name', exact: true })).toHaveAccessibleDescription(/another-stream.*not found/);
      await expect(form.tag(3).getByRole('textbox', { name: 'Source name', exact: true })).toHaveAccessibleDescription(/not found/);
      await expect(form.tag(1).getByRole('textbox', { name: 'Source name', exact: true })).toHaveAttribute('aria-invalid', 'false');
    });

    await test.step('sources that exist in demo are accepted', async () => {
      await form.fillTag(2, { name: 'stream-tag', kind: 'ImageStreamTag', source: 'nginx:latest', sourceNamespace: 'demo' });
      await form.fillTag(3, { name: 'stream-image', kind: 'ImageStreamImage', source: `web-frontend@${digest}` });
      await form.create('demo', 'reference-types');
    });

    const want = expected('referenceTypes', 'reference-types', (text) =>
      text
        .replace('"another-stream:tag"', '"nginx:latest"')
        .replace('"other-namespace"', '"demo"')
        .replace(/"my-app@sha256:[0-9a-f]+"/, `"web-frontend@${digest}"`),
    );
    expect(comparable(await readStream(request, 'demo', 'reference-types'))).toEqual(want);
  });
});

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
