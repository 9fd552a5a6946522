// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupEmbeddedCluster } from '../test-cluster';
import { renderForm } from './form-test-support';

const { cluster } = setupEmbeddedCluster();

const DENIED = /You cannot create ImageStreams in namespace shared-images/;

describe('create permission follows the namespace field', { timeout: 20_000 }, () => {
  it('says at the field and on Create that the typed namespace is read-only, and lets go when it changes', async () => {
    const user = userEvent.setup();
    renderForm('/ns/demo/imagestreams/~new');
    const namespace = await screen.findByRole('textbox', { name: 'Namespace' });
    const create = screen.getByRole('button', { name: 'Create' });
    expect(create).not.toHaveAttribute('aria-disabled', 'true');

    await user.clear(namespace);
    await user.type(namespace, 'shared-images');
    await screen.findByRole('heading', { name: DENIED });
    expect(namespace).toHaveAccessibleDescription(DENIED);
    expect(screen.getByRole('button', { name: 'Create' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Create' })).toHaveAccessibleDescription(DENIED);

    await user.clear(namespace);
    await user.type(namespace, 'demo');
    expect(await screen.findByText('The project the stream is created in.')).toBeInTheDocument();
    expect(namespace).not.toHaveAccessibleDescription(DENIED);
    expect(screen.queryByRole('heading', { name: DENIED })).toBeNull();
    expect(screen.getByRole('button', { name: 'Create' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('goes to the created stream in the namespace typed, not the one in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderForm('/ns/demo/imagestreams/~new');
    const namespace = await screen.findByRole('textbox', { name: 'Namespace' });
    await user.clear(namespace);
    await user.type(namespace, 'samples');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'elsewhere');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('details page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ns/samples/imagestreams/elsewhere');
    expect(cluster.store.get('samples', 'elsewhere')).toBeDefined();
  });
});
