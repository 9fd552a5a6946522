// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyBoundary } from './lazy-boundary';
import { CodeLoadError, lazyPart } from './lazy-part';

class PageBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    return this.state.error ? <p>page error: {String(this.state.error)}</p> : this.props.children;
  }
}

afterEach(cleanup);

function renderPart(part: ReactNode, onError = vi.fn()) {
  render(
    <PageBoundary>
      <p>the rest of the page</p>
      <LazyBoundary fallback={<p>part unavailable</p>} loading={<p>loading</p>} onError={onError}>
        {part}
      </LazyBoundary>
    </PageBoundary>,
  );
  return onError;
}

describe('LazyBoundary with lazyPart', () => {
  it('renders the part once its code is in', async () => {
    const Part = lazyPart(async () => ({ label }: { label: string }) => <p>{label}</p>);
    renderPart(<Part label="the part" />);
    expect(await screen.findByText('the part')).toBeVisible();
  });

  it('replaces only the part when its code cannot load, and says why to the caller', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Part = lazyPart<object>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const onError = renderPart(<Part />);
    expect(await screen.findByText('part unavailable')).toBeVisible();
    expect(screen.getByText('the rest of the page')).toBeVisible();
    expect(onError).toHaveBeenCalledOnce();
    const error = onError.mock.calls[0]![0] as CodeLoadError;
    expect(error).toBeInstanceOf(CodeLoadError);
    expect(error.message).toMatch(/Failed to fetch dynamically imported module/);
  });

  it('lets a bug in the loaded part reach the page, not pass for a connection problem', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new RangeError('a bug');
    };
    const Part = lazyPart(async () => Broken);
    const onError = renderPart(<Part />);
    expect(await screen.findByText('page error: RangeError: a bug')).toBeVisible();
    expect(screen.queryByText('part unavailable')).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });
});
