// The dashboard's own files out of reach after the list loaded (the server it came from stopped, the
// connection dropped): parts that load their code on first use say so in place, and the page stays.
import { FIRST_ROW, neverReloaded, openDemoList, streamLink } from './faults-support';
import { expect, test } from './fixtures';

// What Chromium logs for the refused file, and React for the error the boundary caught. One pattern:
// Playwright would read a second array item as the option's settings.
test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_CONNECTION_REFUSED|Failed to fetch dynamically imported module: .*(namespace-menu|action-row-menu|tags-popover|action-bulk-modal)-/] });

test('the namespace menu cannot load: said under the box, the rows stay, and a typed namespace still opens', async ({ page }) => {
  await openDemoList(page);
  await page.route(/\/ui\/assets\/namespace-menu-[^/]*\.js$/, (route) => route.abort('connectionrefused'));
  const namespace = page.getByRole('combobox', { name: 'Namespace' });

  await test.step('opening the menu says why it is not there and what still works', async () => {
    await namespace.click();
    await expect(page.getByText('The list of namespaces could not load (is the connection down?): type a namespace in full and press Enter, or reload.')).toBeVisible();
    // PatternFly's helper text adds ": warning status;" for screen readers.
    await expect(namespace).toHaveAccessibleDescription(/^The list of namespaces could not load \(is the connection down\?\): type a namespace in full and press Enter, or reload\./);
    await expect(page.getByRole('listbox', { name: 'Namespaces' })).toHaveCount(0);
    await expect(streamLink(page, FIRST_ROW)).toBeVisible();
  });

  await test.step('a namespace typed in full and entered opens without the menu', async () => {
    await expect(namespace).toHaveAttribute('aria-expanded', 'false');
    // Enter goes to exactly what was typed, never to an option the user cannot see: a name that
    // cannot be a namespace goes nowhere. Escape puts the current namespace back.
    await namespace.fill('ci-');
    await namespace.press('Enter');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
    await namespace.press('Escape');
    await expect(namespace).toHaveValue('demo');
    await namespace.fill('ci');
    await namespace.press('Enter');
    await expect(page).toHaveURL(/#\/ns\/ci\/imagestreams$/);
    await expect(namespace).toHaveValue('ci');
    await neverReloaded(page);
  });
});

test('the row menu cannot load: that row says so on its toggle, and the list stays', async ({ page }) => {
  await openDemoList(page);
  await page.route(/\/ui\/assets\/action-row-menu-[^/]*\.js$/, (route) => route.abort('connectionrefused'));
  const toggle = page.getByRole('button', { name: `Actions for ${FIRST_ROW}` });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-disabled', 'true');
  await expect(toggle).toHaveAccessibleDescription('The actions menu could not load: check the connection, then reload the page');
  await expect(toggle).toBeFocused();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(streamLink(page, FIRST_ROW)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This page failed to render' })).toHaveCount(0);
  await neverReloaded(page);
});

test('the tags popover and the bulk dialog cannot load: each says so where it was asked for, nothing is sent', async ({ page, request }) => {
  await openDemoList(page);
  await page.route(/\/ui\/assets\/(tags-popover|action-bulk-modal)-[^/]*\.js$/, (route) => route.abort('connectionrefused'));

  await test.step('"+2 more" of a row', async () => {
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'broken-imports' }) });
    const more = row.getByRole('button', { name: '+2 more tags' });
    await more.click();
    await expect(more).toHaveAttribute('aria-disabled', 'true');
    await expect(more).toHaveAccessibleDescription('The list of tags could not load: check the connection, then reload the page');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  await test.step('"Delete selected"', async () => {
    await page.getByRole('checkbox', { name: 'Select demo/nginx' }).check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The dialog could not load: check the connection, then reload the page. Nothing was changed.' })).toBeVisible();
    expect((await request.get('/apis/image.openshift.io/v1/namespaces/demo/imagestreams/nginx')).ok()).toBe(true);
    await expect(streamLink(page, FIRST_ROW)).toBeVisible();
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect(page.getByRole('button', { name: 'Delete selected' })).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: 'The dialog could not load' })).toHaveCount(0);
    await neverReloaded(page);
  });
});
