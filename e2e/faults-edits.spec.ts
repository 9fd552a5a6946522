// Changes to an existing stream under faults (edit save, roll back a tag, remove a tag): each is sent
// once, the error says what happened and what to do, nothing typed is lost, and a second try works.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { FAULT_CONSOLE_ERRORS, clearFaults, recordRequests, refuseConnections, setFaults } from './faults-support';
import { expect, test } from './fixtures';
import { StreamForm, readStream } from './form-page';

test.use({ allowedConsoleErrors: FAULT_CONSOLE_ERRORS });

interface Fault {
  name: string;
  /** Answered by the server with this code; unset: the connection is refused in the browser. */
  status?: number;
  title: string;
  message: RegExp;
  hint: RegExp;
}

const SERVER_FAILED: Fault = { name: '500', status: 500, title: 'The API server failed', message: /injected fault/, hint: /try again in a moment/ };
const UNAVAILABLE: Fault = { name: '503', status: 503, title: 'The API server is unavailable', message: /unable to handle the request/, hint: /try again in a moment/ };
const REFUSED: Fault = { name: 'connection refused', title: 'The API proxy cannot be reached', message: /unreachable/, hint: /`npm start`/ };

/** Breaks requests with this method and path; returns what mends them. */
async function breakRequests(page: Page, request: APIRequestContext, fault: Fault, method: string, path: RegExp) {
  if (fault.status === undefined) return refuseConnections(page);
  await setFaults(request, [{ method, path: path.source, status: fault.status }]);
  return () => clearFaults(request);
}

const STREAM = /\/namespaces\/demo\/imagestreams\/nginx$/;

for (const fault of [SERVER_FAILED, REFUSED]) {
  test(`edit save under ${fault.name}: sent once, explained on the form, nothing typed is lost`, async ({ page, request }) => {
    const form = new StreamForm(page);
    const log = recordRequests(page);
    const description = form.tag(1).getByRole('textbox', { name: 'Description', exact: true });
    await page.goto('./#/ns/demo/imagestreams/nginx/edit');
    await expect(page.getByRole('heading', { level: 1, name: 'Edit nginx' })).toBeVisible();
    const row = await form.addRow('Label', 'owner', 'me');
    const label = page.getByRole('group', { name: `Label ${row}` });
    await description.fill('typed before the fault');
    const mend = await breakRequests(page, request, fault, 'PUT', STREAM);

    await test.step('the failed save is reported next to the buttons, and not sent again', async () => {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Danger alert: The server did not save this ImageStream' })).toBeVisible();
      await expect(page.getByText(new RegExp(`${fault.message.source}.*${fault.hint.source}`))).toBeVisible();
      await expect(page).toHaveURL(/imagestreams\/nginx\/edit$/);
      expect(log.sent('PUT', STREAM)).toHaveLength(1);
      expect((await readStream(request, 'demo', 'nginx')).metadata.labels).not.toHaveProperty('owner');
      await expect(label.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('owner');
      await expect(label.getByRole('textbox', { name: 'Value', exact: true })).toHaveValue('me');
      await expect(description).toHaveValue('typed before the fault');
    });

    await test.step('once the server is back, Save again saves what was typed', async () => {
      await mend();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page).toHaveURL(/#\/ns\/demo\/imagestreams\/nginx$/);
      expect(log.sent('PUT', STREAM)).toHaveLength(2);
      const stored = await readStream(request, 'demo', 'nginx');
      expect(stored.metadata).toMatchObject({ labels: { owner: 'me' } });
      expect(stored.spec).toMatchObject({ tags: [{ name: 'latest', annotations: { description: 'typed before the fault' } }] });
    });
  });
}

// The name is encoded in the path: web-frontend%3Alatest.
const ISTAG = (tag: string) => new RegExp(`/namespaces/demo/imagestreamtags/web-frontend(:|%3A)${tag}$`);

async function historyLength(request: APIRequestContext, tag: string) {
  const stream = (await readStream(request, 'demo', 'web-frontend')) as { status?: { tags?: { tag: string; items?: unknown[] }[] } };
  return stream.status?.tags?.find((t) => t.tag === tag)?.items?.length;
}

async function expectExplained(dialog: Locator, fault: Fault) {
  await expect(dialog.getByRole('heading', { name: `Danger alert: ${fault.title}` })).toBeVisible();
  await expect(dialog.getByText(fault.message)).toBeVisible();
  await expect(dialog.getByText(fault.hint)).toBeVisible();
}

for (const fault of [UNAVAILABLE, REFUSED]) {
  test(`roll back a tag under ${fault.name}: sent once, the dialog says why, and a second try rolls back`, async ({ page, request }) => {
    const log = recordRequests(page);
    const history = page.getByRole('list', { name: 'History of latest' });
    await page.goto('./#/ns/demo/imagestreams/web-frontend?tab=history&tag=latest');
    await expect(history.getByRole('listitem')).toHaveCount(14);
    const older = history.getByRole('button', { name: /^Make sha256:[0-9a-f]{12} the current image of latest$/ }).first();
    const short = /sha256:[0-9a-f]{12}/.exec((await older.getAttribute('aria-label')) ?? '')?.[0] ?? 'missing';
    const mend = await breakRequests(page, request, fault, 'PUT', ISTAG('latest'));

    await older.click();
    const dialog = page.getByRole('dialog', { name: `Make ${short} the current image of latest?` });
    await dialog.getByRole('button', { name: 'Make current' }).click();
    await expectExplained(dialog, fault);
    expect(log.sent('PUT', ISTAG('latest'))).toHaveLength(1);
    // Behind the modal the history is hidden from assistive technology: ask the server.
    expect(await historyLength(request, 'latest')).toBe(14);

    await mend();
    // After a failure the button says it is a second try, as delete's does.
    await dialog.getByRole('button', { name: 'Make current again' }).click();
    await expect(dialog).toBeHidden();
    await expect(history.getByRole('listitem')).toHaveCount(15);
    await expect(history.getByRole('listitem', { name: /Current/ })).toContainText(short);
    expect(log.sent('PUT', ISTAG('latest'))).toHaveLength(2);
  });
}

for (const fault of [SERVER_FAILED, REFUSED]) {
  test(`remove a tag under ${fault.name}: sent once, the dialog says why, the tag stays, and a second try removes it`, async ({ page, request }) => {
    const log = recordRequests(page);
    await page.goto('./#/ns/demo/imagestreams/web-frontend');
    await page.getByRole('button', { name: 'canary Details' }).click();
    const mend = await breakRequests(page, request, fault, 'DELETE', ISTAG('canary'));

    await page.getByRole('button', { name: 'Remove canary' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove tag web-frontend:canary?' });
    await dialog.getByRole('button', { name: 'Remove tag' }).click();
    await expectExplained(dialog, fault);
    expect(log.sent('DELETE', ISTAG('canary'))).toHaveLength(1);
    const tags = (await readStream(request, 'demo', 'web-frontend')).spec.tags as { name: string }[];
    expect(tags.map((t) => t.name)).toContain('canary');

    await mend();
    await dialog.getByRole('button', { name: 'Remove tag again' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'canary Details' })).toHaveCount(0);
    expect(log.sent('DELETE', ISTAG('canary'))).toHaveLength(2);
  });
}
