import { Component, Suspense, type ReactNode } from 'react';
import { CodeLoadError } from './lazy-part';

interface LazyBoundaryProps {
  /** Shown instead of the children once their code failed to load. */
  fallback: ReactNode;
  /** Shown while their code loads; nothing by default. */
  loading?: ReactNode;
  /** Told once the part is replaced, so that the caller can stop relying on it. */
  onError?: (error: CodeLoadError) => void;
  children: ReactNode;
}

/**
 * Suspense for a part that loads its code on first use (`lazyPart`), which also keeps the part from
 * taking the whole page down when that code cannot be fetched: only the part is replaced, by a
 * message of the caller's. Any other error is a bug, not a connection problem: it goes on to the
 * page's error boundary.
 */
export class LazyBoundary extends Component<LazyBoundaryProps, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown) {
    if (error instanceof CodeLoadError) this.props.onError?.(error);
  }

  render() {
    const { error } = this.state;
    if (error === null) return <Suspense fallback={this.props.loading ?? null}>{this.props.children}</Suspense>;
    if (error instanceof CodeLoadError) return this.props.fallback;
    throw error;
  }
}
