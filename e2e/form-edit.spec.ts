// Editing a stream that someone else changes meanwhile, and exporting a stream.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { StreamForm, readStream, streamPath } from './form-page';

test.describe('edit', () => {
  // The save against the old resourceVersion is refused with 409 Conflict on purpose; Chromium logs it.
  test.use({ allowedConsoleErrors: [/status of 409/] });

  test('a conflict keeps every edit and takes the server\'s other changes', async ({ page, request }) => {
    const form = new StreamForm(page);
    await page.goto('./#/ns/demo/imagestreams/nginx');
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit nginx' })).toBeVisible();
    await expect(form.name).toHaveValue('nginx');

    let row = 0;

    await test.step('the user edits a label and a tag annotation', async () => {
      row = await form.addRow('Label', 'owner', 'me');
      await form.tag(1).getByRole('textbox', { name: 'Description', exact: true }).fill('Edited in the form');
    });

    await test.step('meanwhile someone else changes the stream, and the form says so', async () => {
      const patched = await request.patch(streamPath('demo', 'nginx'), {
        headers: { 'Content-Type': 'application/merge-patch+json' },
        data: { metadata: { annotations: { 'changed-by': 'someone-else' } }, spec: { lookupPolicy: { local: false } } },
      });
      expect(patched.ok()).toBe(true);
      await expect(page.getByRole('heading', { name: /This ImageStream was changed on the server while you were editing/ })).toBeVisible();
    });

    await test.step('saving anyway is refused, with what changed', async () => {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByRole('heading', { name: /Not saved: this ImageStream was changed on the server/ })).toBeVisible();
      // Each change by the name the form gives the field: when opened, on the server now, in the form.
      const changes = page.getByRole('table', { name: 'Changes on the server' });
      const row = (field: string) => changes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: field, exact: true }) });
      await expect(row('Annotations › changed-by').getByRole('cell')).toHaveText(['not set', 'someone-else', 'not set']);
      await expect(row('Lookup policy').getByRole('cell')).toHaveText(['true', 'false', 'true']);
      const { violations } = await new AxeBuilder({ page }).include('[aria-label="Changes on the server"]').analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    });

    await test.step('the edits go on top of the new version', async () => {
      await page.getByRole('button', { name: 'Keep my edits on top of the new version' }).click();
      await expect(page.getByRole('heading', { name: /Not saved/ })).toBeHidden();
      await expect(page.getByRole('group', { name: `Label ${row}` }).getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('owner');
      await expect(form.tag(1).getByRole('textbox', { name: 'Description', exact: true })).toHaveValue('Edited in the form');
      await expect(form.lookup).not.toBeChecked();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams\/nginx$/);
    });

    const stored = await readStream(request, 'demo', 'nginx');
    expect(stored.metadata).toMatchObject({ labels: { owner: 'me' }, annotations: { 'changed-by': 'someone-else' } });
    expect(stored.spec).toMatchObject({
      lookupPolicy: { local: false },
      tags: [{ name: 'latest', annotations: { description: 'Edited in the form' }, importPolicy: { scheduled: true }, referencePolicy: { type: 'Local' } }],
    });
  });
});

test('export a stream as YAML, oc commands and a Python call', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/ns/demo/imagestreams/nginx');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export nginx' });

  await test.step('YAML downloads as a manifest without status', async () => {
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download nginx.imagestream.yaml' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('nginx.imagestream.yaml');
    const text = await readFile(await file.path(), 'utf8');
    expect(text).toMatch(/^apiVersion: image\.openshift\.io\/v1\nkind: ImageStream\n/);
    expect(text).toContain('name: docker.io/library/nginx:latest');
    expect(text).not.toMatch(/status:|resourceVersion:|uid:/);
  });

  await test.step('oc commands and the Python call can be copied', async () => {
    await dialog.getByRole('tab', { name: 'oc commands' }).click();
    await expect(dialog.getByRole('tabpanel', { name: 'oc commands' })).toContainText('oc create imagestream nginx -n demo');
    await expect(dialog.getByRole('tabpanel', { name: 'oc commands' })).toContainText('--scheduled --reference-policy=local');
    await dialog.getByRole('tab', { name: 'Python' }).click();
    await dialog.getByRole('button', { name: 'Copy Python' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('image_stream = ImageStream(\n    name="nginx",\n    namespace="demo",\n    lookup_policy=True,');
  });
});
