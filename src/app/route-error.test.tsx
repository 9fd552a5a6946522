// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { Suspense, lazy } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RouteErrorBoundary } from './route-error';

function Broken(): never {
  throw new Error('tag rows are not an array');
}

describe('RouteErrorBoundary', () => {
  // React reports every error a boundary catches on the console; that is expected here.
  const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {});

  it('replaces a page that threw, and clears once the user goes to another page', () => {
    quiet();
    const { rerender } = render(
      <RouteErrorBoundary pathname="/ns/demo/imagestreams/nginx">
        <Broken />
      </RouteErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'This page failed to render' })).toBeVisible();
    expect(screen.getByText(/tag rows are not an array/)).toBeVisible();

    rerender(
      <RouteErrorBoundary pathname="/ns/demo/imagestreams">
        <p>The list</p>
      </RouteErrorBoundary>,
    );
    expect(screen.getByText('The list')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'This page failed to render' })).toBeNull();
  });

  it('shows a lazy page whose code could not be loaded as failed', async () => {
    quiet();
    const Missing = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <RouteErrorBoundary pathname="/ns/demo/imagestreams/~new">
        <Suspense fallback={<p>Loading</p>}>
          <Missing />
        </Suspense>
      </RouteErrorBoundary>,
    );
    expect(await screen.findByRole('heading', { name: 'This page failed to render' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});
