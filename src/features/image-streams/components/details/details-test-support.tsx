// Renders the details page on a memory router against the embedded cluster (msw/node).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { ImageStreamDetailsPage } from './image-stream-details-page';

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
