// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderDetails } from '../details/details-test-support';
import { setupEmbeddedCluster } from '../test-cluster';

const { cluster } = setupEmbeddedCluster();

const SHORT = /sha256:[0-9a-f]{12}/g;

describe('History tab', () => {
  it('lists a tag newest first, marks the current item and says what changed', async () => {
    renderDetails('/ns/demo/imagestreams/web-frontend?tab=history&tag=latest');
    const list = await screen.findByRole('list', { name: 'History of latest' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(14);
    expect(within(list).getByRole('listitem', { name: /Current/ })).toBe(items[0]);
    expect(items.filter((item) => within(item).queryByText('Current'))).toHaveLength(1);

    // The newest item says its image moved from the next older item's digest to its own.
    const [newest, older] = items.map((item) => item.textContent ?? '');
    const olderDigest = older?.match(SHORT)?.[0];
    const newestDigest = newest?.match(SHORT)?.[0];
    expect(newest).toContain(`Image changed from ${olderDigest} to ${newestDigest}`);
    expect(newest).toMatch(/generation 1/);
    expect(newest).toMatch(/Pull spec quay\.io\/acme\/web-frontend@sha256:[0-9a-f]{64}/);
    expect(items[13]).toHaveTextContent('First image of tag latest');
  });

  it('opens an item to show its pull specs by digest and what the registry knows of the image', async () => {
    const user = userEvent.setup();
    renderDetails('/ns/demo/imagestreams/web-frontend?tab=history&tag=latest');
    const list = await screen.findByRole('list', { name: 'History of latest' });
    const current = within(list).getByRole('listitem', { name: /Current/ });
    await user.click(within(current).getByRole('button', { name: 'Show pull specs by digest' }));
    expect(current).toHaveTextContent(/image-registry\.openshift-image-registry\.svc:5000\/demo\/web-frontend@sha256:[0-9a-f]{64}/);
    expect(current).toHaveTextContent(/default-route-openshift-image-registry\.apps\.demo\.example\.com\/demo\/web-frontend@sha256/);
    expect(await within(current).findByText(/architecture amd64 · size [\d.]+ MiB · 3 layers/)).toBeInTheDocument();
  });

  it('switches to the merged timeline of every tag', async () => {
    const user = userEvent.setup();
    const { router } = renderDetails('/ns/demo/imagestreams/web-frontend?tab=history');
    // Without ?tag= the tag most people mean is picked.
    expect(await screen.findByRole('list', { name: 'History of latest' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Tag'), 'All tags (merged timeline)');
    const list = await screen.findByRole('list', { name: 'History of all tags' });
    // latest 14 + stable (tracks latest) 14 + canary 5 + v2.3.1 1.
    expect(within(list).getAllByRole('listitem')).toHaveLength(34);
    expect(within(list).getAllByRole('listitem', { name: /Current/ })).toHaveLength(4);
    expect(router.state.location.search).toBe('?tab=history&tag=*');
  });

  it('says "same image" when an item repeats the previous one', async () => {
    // A re-import that found the same digest again: the server prepends an identical item.
    const stream = structuredClone(cluster.store.get('demo', 'nginx'));
    const items = stream?.status?.tags?.[0]?.items;
    if (!stream || !items?.[0]) throw new Error('sample nginx has no history');
    items.unshift({ ...items[0] });
    cluster.store.write('MODIFIED', stream);
    renderDetails('/ns/demo/imagestreams/nginx?tab=history&tag=latest');
    const list = await screen.findByRole('list', { name: 'History of latest' });
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Same image as the previous item');
  });
});
