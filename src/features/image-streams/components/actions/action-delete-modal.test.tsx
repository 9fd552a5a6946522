// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderDetails } from '../details/details-test-support';
import { setupEmbeddedCluster } from '../test-cluster';

const { server } = setupEmbeddedCluster();

const forbidden = {
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  code: 403,
  reason: 'Forbidden',
  message: 'imagestreams.image.openshift.io "nginx" is forbidden: User "dev" cannot delete resource "imagestreams" in API group "image.openshift.io" in the namespace "demo"',
};

describe('delete from the details page', () => {
  it('shows a 403 that arrives although the review allowed it, plainly and in place', async () => {
    server.use(http.delete('*/apis/image.openshift.io/v1/namespaces/demo/imagestreams/nginx', () => HttpResponse.json(forbidden, { status: 403 })));
    renderDetails('/ns/demo/imagestreams/nginx');
    const user = userEvent.setup();
    await screen.findByLabelText('Summary');
    // Enabled once the stream is loaded and the access review said yes.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete' })).not.toHaveAttribute('aria-disabled'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete' })).not.toHaveClass('pf-m-in-progress'));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: /Delete ImageStream\?/ });
    expect(within(dialog).getByRole('radio', { name: /Foreground/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText(/Could not delete nginx in demo: Permission denied/)).toBeInTheDocument();
    expect(dialog).toHaveTextContent('cannot delete resource "imagestreams"');
  });
});
