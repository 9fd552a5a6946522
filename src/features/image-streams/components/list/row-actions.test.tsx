// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RowActions } from './row-actions';
import { RowLink, RowLinksProvider } from './row-link';
import { setupEmbeddedCluster } from '../test-cluster';

setupEmbeddedCluster();

function renderRow() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/ns/demo/imagestreams',
        element: (
          <RowLinksProvider>
            <RowLink to="/ns/demo/imagestreams/nginx">nginx</RowLink>
            <RowActions namespace="demo" name="nginx" />
          </RowLinksProvider>
        ),
      },
      { path: '/ns/demo/imagestreams/nginx', element: <h1>nginx details</h1> },
    ],
    { initialEntries: ['/ns/demo/imagestreams'] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('RowActions', () => {
  it('opens the real menu on the first click of its stand-in', async () => {
    renderRow();
    await userEvent.click(screen.getByRole('button', { name: 'Actions for nginx' }));
    expect(await screen.findByRole('menuitem', { name: /Re-import all tags/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Actions for nginx' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens from the keyboard and leaves focus in the menu', async () => {
    renderRow();
    const user = userEvent.setup();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Actions for nginx' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menuitem', { name: /Delete/ })).toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
  });
});

describe('RowLink', () => {
  it('links with the router href and navigates on a plain click', async () => {
    const router = renderRow();
    const link = screen.getByRole('link', { name: 'nginx' });
    expect(link).toHaveAttribute('href', '/ns/demo/imagestreams/nginx');
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { name: 'nginx details' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ns/demo/imagestreams/nginx');
  });
});
