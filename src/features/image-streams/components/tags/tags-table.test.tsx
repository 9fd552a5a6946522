// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderDetails } from '../details/details-test-support';
import { setupEmbeddedCluster } from '../test-cluster';

setupEmbeddedCluster();

const rowOf = async (tag: string) => {
  const table = await screen.findByRole('grid', { name: 'Tags' });
  const row = within(table).getByRole('button', { name: `${tag} Details` }).closest('tr');
  if (!row) throw new Error(`no row for ${tag}`);
  return row;
};

describe('Tags tab', () => {
  it('shows each failing import with its reason and message, next to the one that works', async () => {
    renderDetails('/ns/demo/imagestreams/broken-imports');
    const gone = await rowOf('gone');
    expect(gone).toHaveTextContent('Import failed');
    expect(gone).toHaveTextContent('NotFound');
    expect(gone).toHaveTextContent('"quay.io/example/app:missing-2023" not found');
    expect(await rowOf('private')).toHaveTextContent(/Unauthorized.*you may not have access/);
    expect(await rowOf('plain-http')).toHaveTextContent(/BadRequest.*server gave HTTP response to HTTPS client/);
    const works = await rowOf('works');
    expect(works).toHaveTextContent('Imported');
    expect(works).not.toHaveTextContent('Import failed');

    const alert = screen.getByRole('list', { name: 'Failing tags' });
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent?.split(':')[0])).toEqual([
      'gone',
      'offline',
      'plain-http',
      'private',
    ]);
    expect(screen.getByText('4 tags fail to import')).toBeInTheDocument();
  });

  it('links a tracking tag to the tag it follows, and says which tags have no source', async () => {
    renderDetails('/ns/demo/imagestreams/python-app');
    const latest = await rowOf('latest');
    expect(within(latest).getByRole('link', { name: 'python-app:3.11' })).toHaveAttribute(
      'href',
      '/ns/demo/imagestreams/python-app?tab=tags&tag=3.11',
    );
    expect(latest).toHaveTextContent('ImageStreamTag');
    expect(await rowOf('3.11')).toHaveTextContent('registry.access.redhat.com/ubi9/python-311:latest');
  });

  it('links another stream’s tag and opens the linked row', async () => {
    const user = userEvent.setup();
    const { router } = renderDetails('/ns/demo/imagestreams/tag-config');
    const tracking = await rowOf('tracking');
    await user.click(within(tracking).getByRole('link', { name: 'nginx:latest' }));
    expect(router.state.location.pathname).toBe('/ns/demo/imagestreams/nginx');
    expect(await screen.findByRole('heading', { level: 1, name: 'nginx' })).toBeInTheDocument();
    const details = await screen.findByLabelText('Details of tag latest');
    expect(within(details).getByRole('button', { name: 'Copy internal pull spec by tag of latest' })).toBeInTheDocument();
  });

  it('says pushed tags were pushed, and opens a row for its pull specs and policies', async () => {
    const user = userEvent.setup();
    renderDetails('/ns/demo/imagestreams/api-server');
    const latest = await rowOf('latest');
    expect(latest).toHaveTextContent('Pushed');
    expect(latest).toHaveTextContent('pushed image');
    await user.click(within(latest).getByRole('button', { name: 'latest Details' }));
    const details = screen.getByLabelText('Details of tag latest');
    expect(details).toHaveTextContent('image-registry.openshift-image-registry.svc:5000/demo/api-server:latest');
    expect(details).toHaveTextContent(/image-registry\.openshift-image-registry\.svc:5000\/demo\/api-server@sha256:[0-9a-f]{64}/);
    expect(details).toHaveTextContent('default-route-openshift-image-registry.apps.demo.example.com/demo/api-server:latest');
    expect(details).toHaveTextContent('the tag was pushed and is not declared in spec');
    expect(within(details).getByRole('button', { name: 'Copy public pull spec by digest of latest' })).toBeInTheDocument();
  });

  it('shows import and reference policies in words', async () => {
    const user = userEvent.setup();
    renderDetails('/ns/demo/imagestreams/nginx');
    await user.click(within(await rowOf('latest')).getByRole('button', { name: 'latest Details' }));
    const details = screen.getByLabelText('Details of tag latest');
    expect(details).toHaveTextContent('scheduled re-import');
    expect(details).toHaveTextContent(/Local: Pods pull through the integrated registry/);
    expect(details).toHaveTextContent('nginx:latest');
  });
});
