// Each example of the Python ImageStream class's documentation, built through the form, created, and
// read back from the API: the stored object must be the one the example describes. The examples that
// start from YAML (mirroring, the context manager) are in form-yaml.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { StreamForm, readStream } from './form-page';
import { comparable, expected, expectedFromCode, rec } from './stream-compare';

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

// The constructor's `tags` parameter example, and the label / annotations keyword arguments (**kwargs),
// each in a call of its own: the documentation gives no whole ImageStream(...) call for them.
const CONSTRUCTOR_TAGS = `ImageStream(
    name="constructor-tags",
    namespace="default",
    tags=[
        {
            "name": "latest",
            "from": {
                "kind": "DockerImage",
                "name": "docker.io/library/nginx:latest"
            },
            "importPolicy": {"scheduled": True}
        }
    ]
)`;
const KWARGS = `ImageStream(
    name="kwargs",
    namespace="default",
    label={"app": "web", "team": "platform"},
    annotations={"description": "Images of the web team", "openshift.io/display-name": "Web"}
)`;

test('constructor tags argument: a scheduled tag that keeps the Source reference policy', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await form.name.fill('constructor-tags-e2e');
  await form.addTag({ name: 'latest', kind: 'DockerImage', source: 'docker.io/library/nginx:latest', scheduled: true });
  await expect(form.tag(1).getByRole('radio', { name: 'Source', exact: true })).toBeChecked();
  await form.create('demo', 'constructor-tags-e2e');
  expect(comparable(await readStream(request, 'demo', 'constructor-tags-e2e'))).toEqual(expectedFromCode(CONSTRUCTOR_TAGS, 'constructor-tags-e2e'));
});

test('label and annotations keyword arguments: labels and annotations of the stream', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await form.name.fill('kwargs-e2e');
  await form.addRow('Label', 'app', 'web');
  await form.addRow('Label', 'team', 'platform');
  await form.addRow('Annotation', 'description', 'Images of the web team');
  await form.addRow('Annotation', 'openshift.io/display-name', 'Web');
  await form.create('demo', 'kwargs-e2e');
  expect(comparable(await readStream(request, 'demo', 'kwargs-e2e'))).toEqual(expectedFromCode(KWARGS, 'kwargs-e2e'));
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
