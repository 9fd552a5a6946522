// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderDetails } from './details-test-support';
import { setupEmbeddedCluster } from '../test-cluster';

const { cluster } = setupEmbeddedCluster();

describe('ImageStream details page', () => {
  it('summarises the stream: repositories, lookup, counts, labels', async () => {
    renderDetails('/ns/demo/imagestreams/python-app');
    const summary = await screen.findByLabelText('Summary');
    expect(summary).toHaveTextContent('image-registry.openshift-image-registry.svc:5000/demo/python-app');
    expect(summary).toHaveTextContent('default-route-openshift-image-registry.apps.demo.example.com/demo/python-app');
    expect(summary).toHaveTextContent(/Local lookup on: pods in namespace demo may use the short name python-app:latest/);
    expect(summary).toHaveTextContent(/Tags\s*3/);
    // 3.9 has 2 images, 3.11 has 3, and latest shares 3.11's.
    expect(summary).toHaveTextContent(/Unique images\s*5/);
    expect(within(summary).getByText('app=python-app')).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: 'Copy internal repository' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ImageStreams in demo' })).toHaveAttribute('href', '/ns/demo/imagestreams');
  });

  it('selects the tab from the URL and keeps it there', async () => {
    const user = userEvent.setup();
    const { router } = renderDetails('/ns/demo/imagestreams/nginx');
    expect(await screen.findByRole('tab', { name: 'Tags', selected: true })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'YAML' }));
    expect(router.state.location.search).toBe('?tab=yaml');
    expect(screen.queryByRole('grid', { name: 'Tags' })).not.toBeInTheDocument();
  });

  it('shows the object as YAML that parses back to the same stream', async () => {
    renderDetails('/ns/demo/imagestreams/web-frontend?tab=yaml');
    const region = await screen.findByRole('region', { name: 'YAML of web-frontend' });
    const text = region.querySelector('pre')?.textContent ?? '';
    expect(text).toMatch(/^apiVersion: image\.openshift\.io\/v1\nkind: ImageStream\nmetadata:\n {2}name: web-frontend\n/);
    const object = parse(text) as { spec: { tags: { name: string }[] }; status: { tags: { items: unknown[] }[] } };
    expect(object.spec.tags.map((t) => t.name)).toEqual(['canary', 'latest', 'stable', 'v2.3.1']);
    expect(within(region).getByRole('button', { name: 'Copy YAML' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Download web-frontend.yaml' })).toBeInTheDocument();
  });

  it('says when a stream does not exist', async () => {
    renderDetails('/ns/demo/imagestreams/no-such-stream');
    expect(await screen.findByRole('heading', { name: 'ImageStream not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no ImageStream no-such-stream in namespace demo.')).toBeInTheDocument();
  });

  it('keeps the last known state and says the stream was deleted when it goes away', async () => {
    renderDetails('/ns/demo/imagestreams/nginx');
    expect(await screen.findByRole('grid', { name: 'Tags' })).toBeInTheDocument();
    await screen.findByRole('status', { name: 'Live updates: live' }, { timeout: 3000 });
    cluster.deleteImageStream('demo', 'nginx');
    expect(await screen.findByText('This ImageStream was deleted', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Tags' })).toBeInTheDocument();
  });
});
