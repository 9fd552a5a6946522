import { Component, type ReactNode } from 'react';

interface LazyBoundaryProps {
  /** Shown instead of the children once their code failed to load (or they threw). */
  fallback: ReactNode;
  /** Told once the part is replaced, so that the caller can stop relying on it. */
  onError?: (error: unknown) => void;
  children: ReactNode;
}

/**
 * Keeps a part that loads its code on first use from taking the whole page down when that code
 * cannot be fetched (a dropped connection): only the part is replaced, by a message of the caller's.
 */
export class LazyBoundary extends Component<LazyBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    this.props.onError?.(error);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
