// The main flows with the keyboard only: no clicks, focus moved by Tab and arrow keys.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Waiting for the deleted stream to go means GETs that answer 404, which Chromium logs.
test.use({ allowedConsoleErrors: [/status of 404/] });

/** Presses `key` until `target` has focus, as a keyboard user moves through the page. */
async function pressTo(page: Page, target: Locator, key: string, max = 60) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `not reached with ${max} presses of ${key}`).toBeFocused();
}

const tabTo = (page: Page, target: Locator, { backward = false } = {}) => pressTo(page, target, backward ? 'Shift+Tab' : 'Tab');

test('find, read, create, re-import and delete with the keyboard only', async ({ page, request }) => {
  test.slow();
  const namespace = page.getByRole('combobox', { name: 'Namespace' });
  const streams = page.getByRole('grid', { name: 'ImageStreams' });
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

  await test.step('skip to content, switch namespace and filter the list', async () => {
    await page.goto('./#/ns/ci/imagestreams');
    await expect(heading('ImageStreams')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await tabTo(page, namespace);
    await page.keyboard.type('dem');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
    await expect(namespace).toHaveValue('demo');
    await tabTo(page, page.getByRole('textbox', { name: 'Filter by name' }));
    await page.keyboard.type('web');
    await expect(streams.getByRole('rowheader')).toHaveText(['web-frontend']);
  });

  await test.step('a row menu opens with Enter; a dialog it opened gives focus back to it', async () => {
    const actions = page.getByRole('button', { name: 'Actions for web-frontend' });
    await tabTo(page, actions);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeVisible();
    await pressTo(page, page.getByRole('menuitem', { name: 'Delete' }), 'ArrowDown', 5);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete ImageStream?' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(actions).toBeFocused();
  });

  await test.step('open the stream: focus lands on its heading', async () => {
    await tabTo(page, streams.getByRole('link', { name: 'web-frontend', exact: true }));
    await page.keyboard.press('Enter');
    await expect(heading('web-frontend')).toBeFocused();
  });

  await test.step('read a tag\'s history: tabs by arrow keys, an item opened with Enter', async () => {
    const tags = page.getByRole('tab', { name: 'Tags' });
    await tabTo(page, tags);
    await page.keyboard.press('ArrowRight');
    const history = page.getByRole('tab', { name: 'History' });
    await expect(history).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(history).toHaveAttribute('aria-selected', 'true');
    const current = page.getByRole('list', { name: 'History of latest' }).getByRole('listitem', { name: /Current/ });
    await tabTo(page, current.getByRole('button', { name: 'Show pull specs by digest' }));
    await page.keyboard.press('Enter');
    await expect(current).toContainText('architecture');
  });

  await test.step('re-import a tag after its upstream moved', async () => {
    expect((await request.post('/__cluster/registry/push', { data: { image: 'quay.io/acme/web-frontend:latest' } })).ok()).toBe(true);
    await tabTo(page, page.getByRole('tab', { name: 'History' }), { backward: true });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Tags' })).toHaveAttribute('aria-selected', 'true');
    await tabTo(page, page.getByRole('button', { name: 'latest Details' }));
    await page.keyboard.press('Enter');
    const reimport = page.getByRole('button', { name: 'Re-import latest' });
    await tabTo(page, reimport);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Last re-import of latest')).toContainText(/new image sha256:[0-9a-f]{12} → sha256:[0-9a-f]{12}/);
    // The button is busy while the import runs; it keeps focus all along.
    await expect(reimport).toBeFocused();
  });

  await test.step('create a stream through the form, with a tag', async () => {
    await tabTo(page, page.getByRole('link', { name: 'ImageStreams in demo' }), { backward: true });
    await page.keyboard.press('Enter');
    await expect(heading('ImageStreams')).toBeFocused();
    await tabTo(page, page.getByRole('link', { name: 'Create ImageStream' }));
    await page.keyboard.press('Enter');
    await expect(heading('Create ImageStream')).toBeFocused();
    await tabTo(page, page.getByRole('textbox', { name: 'Name', exact: true }));
    await page.keyboard.type('keyboard-made');
    await tabTo(page, page.getByRole('button', { name: 'Add tag', exact: true }));
    await page.keyboard.press('Enter');
    const tagName = page.getByRole('region', { name: 'Tag 1', exact: true }).getByRole('textbox', { name: 'Tag name', exact: true });
    await expect(tagName).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('dev');
    await tabTo(page, page.getByRole('button', { name: 'Create', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams\/keyboard-made$/);
    await expect(heading('keyboard-made')).toBeFocused();
  });

  await test.step('delete it: Escape gives focus back, confirming lands on the list heading', async () => {
    const remove = page.getByRole('button', { name: 'Delete', exact: true });
    const dialog = page.getByRole('dialog', { name: 'Delete ImageStream?' });
    await tabTo(page, remove);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(remove).toBeFocused();
    await page.keyboard.press('Enter');
    await tabTo(page, dialog.getByRole('button', { name: 'Delete', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
    await expect(page.getByText('ImageStream keyboard-made was deleted from namespace demo')).toBeVisible();
    await expect(heading('ImageStreams')).toBeFocused();
  });
});
