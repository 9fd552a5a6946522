// What is typed into the form survives a reload, and is gone once the stream is created.
import { expect, test } from './fixtures';
import { StreamForm, readStream, streamPath } from './form-page';

test('a draft survives a reload and is cleared by a successful create', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();
  await form.name.fill('draft-e2e');
  await form.addTag({ name: 'stable', kind: 'DockerImage', source: 'quay.io/example/app:stable', referencePolicy: 'Local' });
  await expect(form.preview).toContainText('quay.io/example/app:stable');

  await test.step('after a reload the draft is offered, and restored', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: /^Info alert: Restore draft from .+\?$/ })).toBeVisible();
    await expect(form.name).toHaveValue('');
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(form.name).toHaveValue('draft-e2e');
    await expect(form.tag(1).getByRole('textbox', { name: 'Source name', exact: true })).toHaveValue('quay.io/example/app:stable');
    await expect(form.tag(1).getByRole('radio', { name: 'Local', exact: true })).toBeChecked();
  });

  await form.create('demo', 'draft-e2e');
  const stored = await readStream(request, 'demo', 'draft-e2e');
  expect(stored.spec.tags).toMatchObject([{ name: 'stable', from: { kind: 'DockerImage', name: 'quay.io/example/app:stable' }, referencePolicy: { type: 'Local' } }]);

  await test.step('the next new stream starts clean', async () => {
    await form.gotoNew();
    await expect(form.name).toHaveValue('');
    await expect(page.getByRole('heading', { name: /Restore draft/ })).toBeHidden();
  });
});

test('an edit in progress survives a reload and is cleared by a successful save', async ({ page, request }) => {
  const form = new StreamForm(page);
  await page.goto('./#/ns/demo/imagestreams/web-frontend/edit');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit web-frontend' })).toBeVisible();
  const description = form.tag(1).getByRole('textbox', { name: 'Description', exact: true });
  await description.fill('Canary builds from main');
  await expect(form.preview).toContainText('Canary builds from main');

  await test.step('after a reload the edit is offered back, and restored', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: /^Info alert: Restore draft from .+\?$/ })).toBeVisible();
    await expect(description).toHaveValue('');
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(description).toHaveValue('Canary builds from main');
  });

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams\/web-frontend$/);
  const stored = await readStream(request, 'demo', 'web-frontend');
  const tags = stored.spec.tags as { name: string; annotations: Record<string, string> | null }[];
  expect(tags.find((t) => t.name === 'canary')?.annotations).toEqual({ description: 'Canary builds from main' });

  await test.step('editing again starts from the server, with no draft offered', async () => {
    await page.goto('./#/ns/demo/imagestreams/web-frontend/edit');
    await expect(description).toHaveValue('Canary builds from main');
    await expect(page.getByRole('heading', { name: /Restore draft/ })).toBeHidden();
  });
});

test('discarding my edits for the server\'s new version leaves no draft behind', async ({ page, request }) => {
  const form = new StreamForm(page);
  const patchNginx = async (data: object) => {
    const patched = await request.patch(streamPath('demo', 'nginx'), { headers: { 'Content-Type': 'application/merge-patch+json' }, data });
    expect(patched.ok()).toBe(true);
  };
  await page.goto('./#/ns/demo/imagestreams/nginx/edit');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit nginx' })).toBeVisible();
  const description = form.tag(1).getByRole('textbox', { name: 'Description', exact: true });
  await description.fill('Mine, soon discarded');
  await expect(form.preview).toContainText('Mine, soon discarded');

  await test.step('someone else changes the stream; the user takes their version', async () => {
    await patchNginx({ spec: { lookupPolicy: { local: false } } });
    await page.getByRole('button', { name: 'Discard my edits and load the new version' }).click();
    await expect(description).toHaveValue('');
    await expect(form.lookup).not.toBeChecked();
  });

  await test.step('the stream moves on again; on a reload no draft of an old version is offered', async () => {
    await patchNginx({ metadata: { labels: { moved: 'again' } } });
    await page.reload();
    await expect(page.getByRole('group', { name: 'Label 3' }).getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('moved');
    await expect(form.lookup).not.toBeChecked();
    await expect(page.getByRole('heading', { name: /Restore draft/ })).toBeHidden();
  });
});
