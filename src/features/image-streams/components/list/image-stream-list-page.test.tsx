// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupClusterServer } from '../../../../../mocks/node';
import { setApiBaseUrl } from '../../../../lib/k8s/request';
import { TEST_ORIGIN } from '../../../../lib/k8s/test-helpers';
import { imageStreamQueries } from '../../api/queries';
import { ImageStreamListPage } from './image-stream-list-page';

const { server, cluster } = setupClusterServer();
const LIST = '*/apis/image.openshift.io/v1/namespaces/:namespace/imagestreams';

beforeAll(() => {
  setApiBaseUrl(TEST_ORIGIN);
  server.listen({ onUnhandledRequest: 'error' });
});
// jsdom lays nothing out: give the virtualized table's scroller a height so it renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(2000);
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

function renderList(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/ns/:namespace/imagestreams', element: <ImageStreamListPage /> },
      { path: '/ns/:namespace/imagestreams/:name', element: <p>details page</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient, user: userEvent.setup() };
}

// The loading skeleton is a busy grid of the same name.
const table = () => screen.findByRole('grid', { name: 'ImageStreams', busy: false });
const streamNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent);

// PatternFly in jsdom on a busy 2-core machine: seconds per test, so more room than the default 5 s.
describe('ImageStream list page', { timeout: 30_000 }, () => {
  it('lists a namespace with tags, repository, lookup and import health', async () => {
    renderList('/ns/demo/imagestreams');
    const grid = await table();
    const row = (await within(grid).findByRole('link', { name: 'broken-imports' })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: /tags failing/ })).toHaveTextContent(/^\d tags failing$/);
    expect(within(row).getAllByText('Import failed', { exact: false }).length).toBeGreaterThan(0);
    expect(within(row).getByRole('button', { name: 'Copy image repository of broken-imports' })).toBeInTheDocument();
    const nginx = within(grid).getByRole('link', { name: 'nginx' }).closest('tr') as HTMLElement;
    expect(within(nginx).getByText('Local')).toBeInTheDocument();
    expect(within(nginx).getByText(/ago$/)).toBeInTheDocument();
    expect(within(grid).queryByRole('columnheader', { name: 'Namespace' })).not.toBeInTheDocument();
    expect(grid).toHaveAttribute('aria-rowcount', String(streamNames(grid).length + 1));
    expect(screen.getByText(`${streamNames(grid).length} ImageStreams`)).toBeInTheDocument();
  });

  it('shows a Namespace column for all namespaces', async () => {
    renderList('/ns/all/imagestreams');
    const grid = await table();
    expect(within(grid).getByRole('columnheader', { name: 'Namespace' })).toBeInTheDocument();
    expect(await within(grid).findByRole('link', { name: 'ruby' })).toBeInTheDocument();
  });

  it('filters by name and label selector from the URL, and clears the filters', async () => {
    const { user, router } = renderList('/ns/demo/imagestreams?name=front&labels=tier%3Dfrontend');
    const grid = await table();
    await waitFor(() => expect(streamNames(grid)).toEqual(['web-frontend']));
    expect(screen.getByLabelText('Filter by name')).toHaveValue('front');

    const selector = screen.getByLabelText('Label selector');
    await user.clear(selector);
    await user.type(selector, 'tier in (frontend');
    expect(await screen.findByText('Missing ")"')).toBeInTheDocument();
    expect(selector).toHaveAttribute('aria-invalid', 'true');
    await user.type(selector, '),team=nobody');
    await waitFor(() => expect(router.state.location.search).toContain('team%3Dnobody'));
    expect(await screen.findByRole('heading', { name: 'No ImageStreams match the filters' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    const again = await table();
    await waitFor(() => expect(streamNames(again).length).toBeGreaterThan(10));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Label selector')).toHaveValue('');
  });

  it('sorts by a column header and keeps the sort in the URL', async () => {
    const { user, router } = renderList('/ns/demo/imagestreams');
    const grid = await table();
    await within(grid).findByRole('link', { name: 'nginx' });
    expect(streamNames(grid)[0]).toBe('api-server');
    await user.click(within(grid).getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(router.state.location.search).toBe('?dir=desc'));
    expect(streamNames(grid)[0]).toBe('web-frontend');
    await user.click(within(grid).getByRole('button', { name: 'Updated' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=updated&dir=desc'));
    expect(within(grid).getByRole('columnheader', { name: 'Updated' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('says which namespace and which permission are missing on 403', async () => {
    cluster.rbac.forbidden.add('demo');
    renderList('/ns/demo/imagestreams');
    expect(await screen.findByRole('heading', { name: 'You cannot list ImageStreams in namespace demo' })).toBeInTheDocument();
    expect(screen.getByText(/Missing permission/)).toHaveTextContent('list on imagestreams.image.openshift.io in namespace demo');
  });

  it('says when a namespace has no ImageStreams', async () => {
    cluster.namespaces.add('empty-ns', new Date().toISOString(), 'uid-empty');
    renderList('/ns/empty-ns/imagestreams');
    expect(await screen.findByRole('heading', { name: 'No ImageStreams in namespace empty-ns' })).toBeInTheDocument();
  });

  it('says when a namespace does not exist', async () => {
    renderList('/ns/nowhere/imagestreams');
    expect(await screen.findByRole('heading', { name: 'Namespace nowhere not found' })).toBeInTheDocument();
  });

  it('shows a banner with Retry when the proxy is down, then the list', async () => {
    server.use(http.get(LIST, () => HttpResponse.error()));
    const { user } = renderList('/ns/demo/imagestreams');
    const banner = await screen.findByText('The API proxy cannot be reached');
    server.resetHandlers();
    await user.click(within(banner.closest('.pf-v6-c-alert') as HTMLElement).getByRole('button', { name: 'Retry' }));
    expect(await within(await table()).findByRole('link', { name: 'nginx' })).toBeInTheDocument();
    expect(screen.queryByText('The API proxy cannot be reached')).not.toBeInTheDocument();
  });

  it('keeps the rows on screen when a refresh fails', async () => {
    const { queryClient } = renderList('/ns/demo/imagestreams');
    const grid = await table();
    await within(grid).findByRole('link', { name: 'nginx' });
    server.use(http.get(LIST, () => HttpResponse.error()));
    await queryClient.refetchQueries({ queryKey: imageStreamQueries.lists() });
    expect(await screen.findByText('The API proxy cannot be reached')).toBeInTheDocument();
    expect(screen.getByText(/loaded before and may be out of date/)).toBeInTheDocument();
    expect(within(grid).getByRole('link', { name: 'nginx' })).toBeInTheDocument();
  });

  it('says where the list is when its live updates cannot reach the API, and what to do', async () => {
    cluster.faults.add({ watch: true, network: true });
    renderList('/ns/demo/imagestreams');
    const grid = await table();
    await within(grid).findByRole('link', { name: 'nginx' });
    const banner = await screen.findByText('Live updates paused: the API cannot be reached');
    const alert = banner.closest('.pf-v6-c-alert') as HTMLElement;
    expect(within(alert).getByText(/npm start/)).toBeInTheDocument();
    expect(within(alert).getByText(/may be out of date; it catches up by itself/)).toBeInTheDocument();
    cluster.faults.clear();
    await waitFor(() => expect(screen.queryByText('Live updates paused: the API cannot be reached')).not.toBeInTheDocument(), { timeout: 5_000 });
    expect(within(grid).getByRole('link', { name: 'nginx' })).toBeInTheDocument();
  });

  it('shows rows and progress while later pages load', async () => {
    const all = cluster.listImageStreams('demo').items;
    let release = () => {};
    const rest = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(LIST, async ({ request }) => {
        const page = new URL(request.url).searchParams.get('continue');
        const meta = { resourceVersion: '1' };
        if (!page) {
          return HttpResponse.json({ kind: 'ImageStreamList', apiVersion: 'image.openshift.io/v1', items: all.slice(0, 2), metadata: { ...meta, continue: 'next', remainingItemCount: all.length - 2 } });
        }
        await rest;
        return HttpResponse.json({ kind: 'ImageStreamList', apiVersion: 'image.openshift.io/v1', items: all.slice(2), metadata: meta });
      }),
    );
    renderList('/ns/demo/imagestreams');
    const grid = await table();
    expect(await screen.findByRole('progressbar', { name: `Loaded 2 of ${all.length}…` })).toHaveAttribute('aria-valuenow', '2');
    expect(streamNames(grid)).toHaveLength(2);
    release();
    await waitFor(() => expect(streamNames(grid)).toHaveLength(all.length));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
