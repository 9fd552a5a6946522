// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImageStream } from '../../api/schemas';
import { draftKey, loadDraft } from '../../form/draft-store';
import { setupEmbeddedCluster } from '../test-cluster';
import { renderForm, tagField } from './form-test-support';

const { cluster } = setupEmbeddedCluster();

/** Someone else edits nginx: a label, the lookup policy and the latest tag's description. */
function changeOnServer() {
  const stream = structuredClone(cluster.getImageStream('demo', 'nginx')) as ImageStream;
  stream.metadata.labels = { ...stream.metadata.labels, app: 'theirs' };
  stream.spec.lookupPolicy = { local: false };
  const latest = stream.spec.tags?.[0];
  if (latest) latest.annotations = { description: 'theirs' };
  cluster.updateImageStream('demo', 'nginx', stream);
}

// The draft is written when the page goes away (and, debounced, as the user types).
const leavePage = () => window.dispatchEvent(new Event('pagehide'));
const storedDraft = () => loadDraft(draftKey('demo', 'nginx'));

async function openEdit(user: ReturnType<typeof userEvent.setup>) {
  renderForm('/ns/demo/imagestreams/nginx/edit');
  expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('nginx');
  await user.type(tagField(1, 'Description'), 'mine');
  changeOnServer();
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByRole('heading', { name: /Not saved: this ImageStream was changed on the server/ }, { timeout: 5000 });
}

describe('edit conflict', { timeout: 20_000 }, () => {
  it('names each server change the way the form does, next to the value in the form', async () => {
    const user = userEvent.setup();
    await openEdit(user);
    const table = screen.getByRole('table', { name: 'Changes on the server' });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Field', 'When you opened it', 'On the server now', 'In your form']);
    const row = (label: string) => within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
    const cells = (label: string) => within(row(label)).getAllByRole('cell').map((td) => td.textContent);
    expect(cells('Labels › app')).toEqual(['nginx', 'theirs', 'nginx']);
    expect(cells('Lookup policy')).toEqual(['true', 'false', 'true']);
    expect(cells('Tag latest › Description')).toEqual(['not set', 'theirs', 'mine']);
    expect(within(table).queryByText(/spec\.|metadata\./)).toBeNull();
  });

  it('keeps no draft after "Discard my edits", until the user edits the new version', async () => {
    const user = userEvent.setup();
    await openEdit(user);
    leavePage();
    expect(storedDraft()?.values.tags[0]?.description).toBe('mine');

    await user.click(screen.getByRole('button', { name: 'Discard my edits and load the new version' }));
    expect(tagField(1, 'Description')).toHaveValue('theirs');
    leavePage();
    expect(storedDraft()).toBeUndefined();

    const newVersion = cluster.getImageStream('demo', 'nginx').metadata.resourceVersion;
    await user.type(tagField(1, 'Description'), '!');
    leavePage();
    expect(storedDraft()).toMatchObject({ resourceVersion: newVersion });
    await user.type(tagField(1, 'Description'), '{Backspace}');
    leavePage();
    expect(storedDraft()).toBeUndefined();
  });

  it('keeps the rebased edits as a draft of the new version', async () => {
    const user = userEvent.setup();
    await openEdit(user);
    await user.click(screen.getByRole('button', { name: 'Keep my edits on top of the new version' }));
    expect(tagField(1, 'Description')).toHaveValue('mine');
    leavePage();
    const newVersion = cluster.getImageStream('demo', 'nginx').metadata.resourceVersion;
    expect(storedDraft()).toMatchObject({ resourceVersion: newVersion });
    expect(storedDraft()?.values.labels).toContainEqual({ key: 'app', value: 'theirs' });
  });
});
