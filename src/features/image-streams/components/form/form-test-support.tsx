// Renders the create and edit pages on a memory router against the embedded cluster (msw/node).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { ImageStreamCreatePage } from './form-create-page';
import { ImageStreamEditPage } from './form-edit-page';


export function renderForm(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/ns/:namespace/imagestreams/~new', element: <ImageStreamCreatePage /> },
      { path: '/ns/:namespace/imagestreams/:name/edit', element: <ImageStreamEditPage /> },
      { path: '/ns/:namespace/imagestreams/:name', element: <p>details page</p> },
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

export const tagCard = (n: number) => screen.getByRole('region', { name: `Tag ${n}` });
export const tagField = (n: number, label: string) => within(tagCard(n)).getByRole('textbox', { name: label });
/** The tag names in the order the form shows them. */
export const tagNames = () =>
  screen.queryAllByRole('region', { name: /^Tag \d+$/ }).map((card) => (within(card).getByRole('textbox', { name: 'Tag name' }) as HTMLInputElement).value);
