// Bad input is caught where it is typed; what only the server knows lands on the field it concerns.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { StreamForm, streamPath } from './form-page';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// The taken name is refused with 409 AlreadyExists on purpose; Chromium logs it.
test.use({ allowedConsoleErrors: [/status of 409/] });

test('names are checked as they are typed, a taken name lands on the field, Validate persists nothing', async ({ page, request }) => {
  const form = new StreamForm(page);
  await form.gotoNew();

  await test.step('the name is validated on every keystroke, with the server\'s rule', async () => {
    await form.name.pressSequentially('My');
    await expect(form.name).toHaveAccessibleDescription(/No capital letters/);
    await form.name.fill('my-app-');
    await expect(form.name).toHaveAccessibleDescription(/Start and end with a lowercase letter or digit/);
    await form.name.fill('nginx');
    await expect(form.name).toHaveAccessibleDescription(/at most 255 characters: 245 left/);
  });

  await test.step('tag names must be unique: a duplicate gets a new name, a clash is marked', async () => {
    await form.addTag({ name: 'latest', kind: 'DockerImage', source: 'docker.io/library/nginx:1.27' });
    await form.tag(1).getByRole('button', { name: 'Duplicate tag 1' }).click();
    await expect(form.tag(2).getByRole('textbox', { name: 'Tag name', exact: true })).toHaveValue('latest-copy');
    await expect(form.tag(2).getByRole('textbox', { name: 'Tag name', exact: true })).toBeFocused();
    await form.tag(2).getByRole('textbox', { name: 'Tag name', exact: true }).fill('latest');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(form.tag(2).getByRole('textbox', { name: 'Tag name', exact: true })).toHaveAccessibleDescription(/Another tag is also named "latest"/);
    await form.tag(2).getByRole('button', { name: 'Remove tag 2' }).click();
  });

  await test.step('a name already taken in the namespace comes back on the name field', async () => {
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(form.name).toHaveAccessibleDescription(/An ImageStream named nginx already exists in namespace demo/);
    await expect(form.name).toBeFocused();
    await expect(page).toHaveURL(/imagestreams\/~new$/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  await test.step('Validate asks the server (dry run) and creates nothing', async () => {
    await form.name.fill('nginx-validated');
    await page.getByRole('button', { name: 'Validate' }).click();
    await expect(page.getByText('Valid: the server accepts this ImageStream')).toBeVisible();
    expect((await request.get(streamPath('demo', 'nginx-validated'))).status()).toBe(404);
    await form.name.fill('nginx-validated-2');
    await expect(page.getByText('Valid: the server accepts this ImageStream')).toBeHidden();
  });
});

test('a read-only namespace: Create is disabled with the reason, the form says so and still exports', async ({ page }) => {
  await page.goto('./#/ns/shared-images/imagestreams');
  const create = page.getByRole('button', { name: 'Create ImageStream' });
  await expect(create).toHaveAttribute('aria-disabled', 'true');
  await expect(create).toHaveAccessibleDescription(/You cannot create ImageStreams in namespace shared-images/);

  const form = new StreamForm(page);
  await form.gotoNew('shared-images');
  await expect(page.getByRole('heading', { name: /You cannot create ImageStreams in namespace shared-images/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await form.name.fill('mine');
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog', { name: 'Export mine' }).getByRole('tabpanel', { name: 'YAML' })).toContainText('namespace: shared-images');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create from YAML' }).click();
  await expect(page.getByRole('dialog', { name: 'Create from YAML' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the permission check follows the namespace typed, and Create goes to the namespace typed', async ({ page }) => {
  const form = new StreamForm(page);
  await form.gotoNew('demo');
  const create = page.getByRole('button', { name: 'Create', exact: true });
  const denied = /You cannot create ImageStreams in namespace shared-images/;

  await test.step('a read-only namespace typed into the form: the field and Create say why not', async () => {
    await form.namespace.fill('shared-images');
    await expect(form.namespace).toHaveAccessibleDescription(denied);
    await expect(create).toHaveAttribute('aria-disabled', 'true');
    await expect(create).toHaveAccessibleDescription(denied);
  });

  await test.step('back to demo, Create is enabled again', async () => {
    await form.namespace.fill('demo');
    await expect(form.namespace).toHaveAccessibleDescription(/The project the stream is created in/);
    await expect(create).not.toHaveAttribute('aria-disabled', 'true');
  });

  await test.step('created into another namespace from demo\'s page, the stream opens where it is', async () => {
    await form.namespace.fill('samples');
    await form.name.fill('moved-e2e');
    await form.create('samples', 'moved-e2e');
  });
});
