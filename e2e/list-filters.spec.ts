import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

interface Stream {
  metadata: { name: string };
  status?: { tags?: { items?: { created: string }[] | null }[] | null };
}

/** The demo stream whose newest tag image is the newest of all, as the API says now. */
async function newestStream(request: APIRequestContext): Promise<string> {
  const response = await request.get('/apis/image.openshift.io/v1/namespaces/demo/imagestreams');
  const { items } = (await response.json()) as { items: Stream[] };
  const updated = (s: Stream) => Math.max(-Infinity, ...(s.status?.tags ?? []).map((t) => Date.parse(t.items?.[0]?.created ?? '') || -Infinity));
  return [...items].sort((a, b) => updated(b) - updated(a))[0]?.metadata.name ?? '';
}

test('filter by name and label selector, kept in the URL', async ({ page }) => {
  const streams = page.getByRole('grid', { name: 'ImageStreams' });
  const names = streams.getByRole('rowheader');
  const byName = page.getByLabel('Filter by name');
  const selector = page.getByLabel('Label selector');

  await page.goto('./#/ns/demo/imagestreams');
  await expect(streams.getByRole('link', { name: 'nginx', exact: true })).toBeVisible();

  await test.step('by name', async () => {
    await byName.fill('web');
    await expect(names).toHaveText(['web-frontend']);
    await expect(page).toHaveURL(/\?name=web$/);
    await expect(page.getByText('1 of 15 ImageStreams')).toBeVisible();
    // The box's clear button empties it and leaves the focus there for the next word.
    await page.getByRole('button', { name: 'Clear name filter' }).click();
    await expect(byName).toHaveValue('');
    await expect(byName).toBeFocused();
    await expect(page).not.toHaveURL(/name=/);
    await expect(page.getByText('15 ImageStreams', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Clear name filter' })).toHaveCount(0);
  });

  await test.step('by label selector', async () => {
    await selector.fill('tier=frontend');
    await expect(names).toHaveText(['nginx', 'web-frontend']);
    await expect(page).toHaveURL(/\?labels=tier%3Dfrontend$/);
    await selector.fill('tier=frontend,team notin (storefront)');
    await expect(names).toHaveText(['nginx']);
  });

  await test.step('a broken selector says why under the field', async () => {
    await selector.fill('tier in (frontend');
    await expect(page.getByText('Missing ")"')).toBeVisible();
    await expect(selector).toHaveAttribute('aria-invalid', 'true');
  });

  await test.step('the filters survive a reload', async () => {
    await selector.fill('app');
    await byName.fill('py');
    await expect(page).toHaveURL(/\?name=py&labels=app$/);
    await page.reload();
    await expect(byName).toHaveValue('py');
    await expect(selector).toHaveValue('app');
    await expect(names).toHaveText(['python-app']);
  });

  await test.step('when nothing matches, the filters can be cleared', async () => {
    await byName.fill('no-such-stream');
    await expect(page.getByRole('heading', { name: 'No ImageStreams match the filters' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(byName).toHaveValue('');
    await expect(selector).toHaveValue('');
    await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams$/);
    await expect(names).toHaveCount(15);
  });
});

test('sort by Updated, newest first, kept in the URL', async ({ page, request }) => {
  const streams = page.getByRole('grid', { name: 'ImageStreams' });
  const names = streams.getByRole('rowheader');
  await page.goto('./#/ns/demo/imagestreams');
  await expect(names.filter({ hasText: 'api-server' })).toBeVisible();

  await streams.getByRole('button', { name: 'Updated', exact: true }).click();
  await expect(page).toHaveURL(/\?sort=updated&dir=desc$/);
  await expect(streams.getByRole('columnheader', { name: 'Updated' })).toHaveAttribute('aria-sort', 'descending');
  // Imports may still land right after the reset: compare with what the API says at that moment.
  await expect(async () => {
    const all = await names.allTextContents();
    expect(all[0]).toBe(await newestStream(request));
    // Streams that never got an image go last.
    expect(all.slice(-2).sort()).toEqual(['my-app', 'temp-images']);
  }).toPass();

  await streams.getByRole('button', { name: 'Updated', exact: true }).click();
  await expect(page).toHaveURL(/\?sort=updated$/);
  await expect(streams.getByRole('columnheader', { name: 'Updated' })).toHaveAttribute('aria-sort', 'ascending');
  await page.reload();
  await expect(streams.getByRole('columnheader', { name: 'Updated' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(async () => {
    expect((await names.allTextContents()).slice(-2).sort()).toEqual(['my-app', 'temp-images']);
  }).toPass();
});
