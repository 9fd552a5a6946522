// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useImageStreamsWatch } from '../../api/live';
import { LiveIndicator } from './live-indicator';
import { setupEmbeddedCluster } from '../test-cluster';

const { cluster } = setupEmbeddedCluster();

function Watched({ namespace }: { namespace: string }) {
  useImageStreamsWatch(namespace);
  return <LiveIndicator watchKey={namespace} />;
}

function renderWatched(namespace = 'demo') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <Watched namespace={namespace} />
    </QueryClientProvider>,
  );
}

const indicator = (status: string) => screen.findByRole('status', { name: `Live updates: ${status}` }, { timeout: 3000 });

describe('LiveIndicator', () => {
  it('says connecting, then live', async () => {
    const { unmount } = renderWatched();
    expect(screen.getByRole('status', { name: 'Live updates: connecting' })).toHaveTextContent('Connecting…');
    expect(await indicator('live')).toHaveTextContent('Live');
    unmount();
  });

  it('says reconnecting while the server refuses the watch, then live again', async () => {
    cluster.faults.add({ watch: true, status: 503, times: 1 });
    const { unmount } = renderWatched();
    expect(await indicator('reconnecting')).toHaveTextContent('Reconnecting…');
    expect(await indicator('live')).toBeInTheDocument();
    unmount();
  });

  it('says offline while the API cannot be reached', async () => {
    cluster.faults.add({ watch: true, network: true, times: 1 });
    const { unmount } = renderWatched('');
    expect(await indicator('offline')).toHaveTextContent('Offline');
    expect(await indicator('live')).toBeInTheDocument();
    unmount();
  });

  it('says no access, with the server\'s reason, when the namespace refuses the watch (403)', async () => {
    cluster.faults.add({ watch: true, status: 403, message: 'imagestreams.image.openshift.io is forbidden: User "dev" cannot watch' });
    const { unmount } = renderWatched();
    const denied = await indicator('denied');
    expect(denied).toHaveTextContent('No access');
    expect(denied).toHaveAccessibleDescription(/You may not watch ImageStreams here.*User "dev" cannot watch/);
    unmount();
  });

  it('says offline with the reason and what to do while the API cannot be reached', async () => {
    cluster.faults.add({ watch: true, network: true });
    const { unmount } = renderWatched();
    expect(await indicator('offline')).toHaveAccessibleDescription(/The API cannot be reached.*unreachable.*npm start/);
    unmount();
  });
});
