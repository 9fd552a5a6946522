// Hostile strings from the server are shown as text, never run: no dialog, no script, no markup,
// links only to http(s) addresses, and nothing credential-like left in the browser's storage.
import type { Page } from '@playwright/test';
import { setFaults } from './faults-support';
import { expect, test } from './fixtures';
import { StreamForm } from './form-page';
import { HOSTILE_TAG, LATEST_DIGEST, NAMESPACE, PAYLOAD, STREAM, seedHostileStreams } from './hostile-stream';

const detailsUrl = `./#/ns/${NAMESPACE}/imagestreams/${STREAM}`;

/** Nothing ran and nothing was parsed as markup; every link goes into the app or to an http(s) site. */
async function expectInert(page: Page, dialogs: string[]) {
  expect(dialogs, 'dialogs opened by the page').toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const injected = await page.evaluate(() => document.querySelectorAll('[onerror], [onload], img[src="x"], body script').length);
  expect(injected, 'elements made from payload markup').toBe(0);
  const links = await page.getByRole('link').evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' })),
  );
  for (const { href, rel } of links) {
    expect(href).toMatch(/^(#|https?:\/\/)/);
    if (/^https?:/.test(href)) expect(rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  }
}

test('hostile strings from the server stay inert text everywhere they are shown', async ({ page, request, context }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const authorized: string[] = [];
  page.on('request', (sent) => {
    if (sent.headers().authorization !== undefined) authorized.push(sent.url());
  });
  await seedHostileStreams(request);

  await test.step('the list shows a hostile name as the text of an in-app link', async () => {
    await page.goto(`./#/ns/${NAMESPACE}/imagestreams`);
    const hostileName = page.getByRole('link', { name: PAYLOAD.svg, exact: true });
    await expect(hostileName).toBeVisible();
    await expect(hostileName).toHaveAttribute('href', `#/ns/${NAMESPACE}/imagestreams/${encodeURIComponent(PAYLOAD.svg)}`);
    await expect(page.getByRole('link', { name: STREAM, exact: true })).toBeVisible();
    await expectInert(page, dialogs);
  });

  await test.step('the summary shows labels and annotations literally; only the web address is a link', async () => {
    await page.goto(detailsUrl);
    await expect(page.getByRole('heading', { level: 1, name: STREAM })).toBeVisible();
    const summary = page.getByLabel('Summary');
    for (const value of [PAYLOAD.img, PAYLOAD.script, PAYLOAD.svg, PAYLOAD.template, PAYLOAD.rtl, PAYLOAD.long]) {
      await expect(summary).toContainText(value);
    }
    await expect(summary).toContainText(`openshift.io/website=${PAYLOAD.jsUrl}`);
    await expect(summary).toContainText(`app=${PAYLOAD.script}`);
    await expect(summary.getByRole('link', { name: /javascript:/ })).toHaveCount(0);
    const website = summary.getByRole('link', { name: /example\.com/ });
    await expect(website).toHaveAttribute('href', 'https://example.com/%22%3E%3Cimg/src=x/onerror=alert(6)%3E');
    await expect(website).toHaveAttribute('target', '_blank');
    await expectInert(page, dialogs);
  });

  await test.step('tags show sources, image references, annotations and import failures literally', async () => {
    await expect(page.getByRole('list', { name: 'Failing tags' })).toContainText(`broken: ${PAYLOAD.script}`);
    await expect(page.getByRole('list', { name: 'Failing tags' })).toContainText(PAYLOAD.template);
    const tags = page.getByRole('grid', { name: 'Tags' });
    const row = (tag: string) => tags.getByRole('row').filter({ has: page.getByRole('button', { name: `${tag} Details`, exact: true }) });
    await expect(row('broken')).toContainText(PAYLOAD.img);
    await expect(row(HOSTILE_TAG)).toContainText(`${PAYLOAD.jsUrl}/${PAYLOAD.svg}:v1`);

    await row('latest').getByRole('button', { name: 'latest Details' }).click();
    const latest = page.getByLabel('Details of tag latest');
    await expect(latest).toContainText(`website=${PAYLOAD.jsUrl}`);
    await expect(latest).toContainText(`description=${PAYLOAD.svg}`);
    await expect(latest).toContainText(`${PAYLOAD.img}@${LATEST_DIGEST}`);
    await expect(latest.getByRole('link', { name: /javascript:/ })).toHaveCount(0);
    await expect(latest.getByRole('link', { name: /github\.com/ })).toHaveAttribute('href', 'https://github.com/sclorg/ruby-ex.git');

    await row(HOSTILE_TAG).getByRole('button', { name: `${HOSTILE_TAG} Details` }).click();
    await expect(page.getByLabel(`Details of tag ${HOSTILE_TAG}`)).toContainText(PAYLOAD.rtl);
    await expectInert(page, dialogs);
  });

  await test.step('history items, opened, show image references and metadata literally', async () => {
    await page.goto(`${detailsUrl}?tab=history&tag=latest`);
    const history = page.getByRole('list', { name: 'History of latest' });
    const current = history.getByRole('listitem', { name: /Current/ });
    await expect(current).toContainText(`Pull spec ${PAYLOAD.img}@${LATEST_DIGEST}`);
    await expect(history).toContainText(PAYLOAD.template);
    await current.getByRole('button', { name: 'Show pull specs by digest' }).click();
    await expect(current).toContainText(`${PAYLOAD.script}@${LATEST_DIGEST}`);
    await expect(current).toContainText(/architecture amd64 · size/);
    await page.getByLabel('Tag', { exact: true }).selectOption({ label: 'All tags (merged timeline)' });
    await expect(page.getByRole('list', { name: 'History of all tags' })).toContainText(PAYLOAD.rtl);
    await expectInert(page, dialogs);
  });

  await test.step('the YAML tab prints the payloads as text', async () => {
    await page.getByRole('tab', { name: 'YAML' }).click();
    await expect(page.getByRole('tabpanel', { name: 'YAML' })).toContainText(PAYLOAD.img);
    await expect(page.getByRole('tabpanel', { name: 'YAML' })).toContainText(PAYLOAD.script);
    await expectInert(page, dialogs);
  });

  await test.step('the export dialog shows them as text in every format', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: `Export ${STREAM}` });
    for (const format of ['YAML', 'Python', 'oc commands']) {
      await dialog.getByRole('tab', { name: format }).click();
      await expect(dialog.getByRole('tabpanel', { name: format })).toContainText(PAYLOAD.script);
    }
    // Pasted into a shell, a value stays one single-quoted word (oc commands is the open tab).
    await expect(dialog.getByRole('tabpanel', { name: 'oc commands' })).toContainText(`'svg=${PAYLOAD.svg}'`);
    await expectInert(page, dialogs);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('the edit form holds the payloads as field values', async () => {
    await page.goto(`${detailsUrl}/edit`);
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${STREAM}` })).toBeVisible();
    const values = page.getByRole('group', { name: /^Annotation \d+$/ }).getByRole('textbox', { name: 'Value', exact: true });
    await expect.poll(() => values.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(
      expect.arrayContaining([PAYLOAD.img, PAYLOAD.script, PAYLOAD.jsUrl, PAYLOAD.template]),
    );
    // Typing saves a draft: the one thing the dashboard keeps in the browser.
    const description = page.getByRole('region', { name: 'Tag 1', exact: true }).getByRole('textbox', { name: 'Description', exact: true });
    await expect(description).toHaveValue(PAYLOAD.svg);
    await description.fill(PAYLOAD.script);
    await expect(page.getByLabel('Preview YAML', { exact: true })).toContainText(`description: ${PAYLOAD.script}`);
    await expectInert(page, dialogs);
  });

  await test.step('the browser stores no credentials and the app sends none', async () => {
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => key.includes('draft')))).toBe(true);
    const stored = await page.evaluate(async () => ({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      cookie: document.cookie,
    }));
    expect(JSON.stringify(stored)).not.toMatch(/authorization|bearer|token/i);
    expect(await context.cookies()).toEqual([]);
    expect(authorized, 'requests with an Authorization header').toEqual([]);
  });
});

test.describe('a server error whose message carries markup', () => {
  // The injected 500s are logged by Chromium as failed loads.
  test.use({ allowedConsoleErrors: [/status of 500/] });
  const message = `${PAYLOAD.img} ${PAYLOAD.script}`;

  test('is shown as inert text in the list banner, on the form and in a dialog', async ({ page, request }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await test.step('the list\'s load-error banner', async () => {
      await setFaults(request, [{ method: 'GET', path: '/namespaces/demo/imagestreams$', watch: false, status: 500, message }]);
      await page.goto('./#/ns/demo/imagestreams');
      // After the read's own retries (0.5, 1 and 2 s).
      await expect(page.getByRole('heading', { name: 'Danger alert: The API server failed' })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByText(message, { exact: true })).toBeVisible();
      await expectInert(page, dialogs);
    });

    await test.step('the create form\'s server error', async () => {
      await setFaults(request, [{ method: 'POST', path: '/namespaces/demo/imagestreams$', status: 500, message }]);
      const form = new StreamForm(page);
      await form.gotoNew();
      await form.name.fill('refused-with-markup');
      await page.getByRole('button', { name: 'Create', exact: true }).click();
      const alert = page.getByRole('heading', { name: 'Danger alert: The server did not accept this ImageStream' });
      await expect(alert).toBeVisible();
      await expect(page.getByText(`${message}. This is usually temporary`)).toBeVisible();
      await expectInert(page, dialogs);
    });

    await test.step('a confirmation dialog\'s error', async () => {
      await setFaults(request, [{ method: 'DELETE', path: 'imagestreamtags', status: 500, message }]);
      await page.goto('./#/ns/demo/imagestreams/web-frontend');
      await page.getByRole('button', { name: 'canary Details' }).click();
      await page.getByRole('button', { name: 'Remove canary' }).click();
      const dialog = page.getByRole('dialog', { name: 'Remove tag web-frontend:canary?' });
      await dialog.getByRole('button', { name: 'Remove tag' }).click();
      await expect(dialog.getByText(message, { exact: true })).toBeVisible();
      await expectInert(page, dialogs);
    });
  });
});
