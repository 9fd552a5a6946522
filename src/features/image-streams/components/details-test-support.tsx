// Renders the details page on a memory router against the embedded cluster (msw/node).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupClusterServer } from '../../../../mocks/node';
import { setApiBaseUrl } from '../../../lib/k8s/request';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { ImageStreamDetailsPage } from './image-stream-details-page';

export const TEST_ORIGIN = 'http://cluster.test';

/** The embedded cluster through msw/node for one test file, reset after each test. */
export function setupEmbeddedCluster() {
  const { server, cluster } = setupClusterServer();
  beforeAll(() => {
    setApiBaseUrl(TEST_ORIGIN);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    cleanup();
    server.resetHandlers();
    cluster.reset();
  });
  afterAll(() => {
    cluster.stop();
    server.close();
  });
  return { server, cluster };
}

export function renderDetails(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/ns/:namespace/imagestreams/:name', element: <ImageStreamDetailsPage /> },
      { path: '/ns/:namespace/imagestreams', element: <p>list page</p> },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
