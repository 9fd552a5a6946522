import { Button, EmptyState, EmptyStateBody, EmptyStateFooter, PageSection } from '@patternfly/react-core';
import { Component } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../components/ui/error-state';

export function NotFoundPage() {
  return (
    <PageSection isFilled>
      <EmptyState headingLevel="h1" titleText="Page not found">
        <EmptyStateBody>Nothing in this dashboard lives at this address.</EmptyStateBody>
        <EmptyStateFooter>
          <Link to="/">Go to ImageStreams</Link>
        </EmptyStateFooter>
      </EmptyState>
    </PageSection>
  );
}

/** Replaces a page that threw while rendering (or whose code failed to load); the masthead stays. */
export function RouteError({ error }: { error: unknown }) {
  return (
    <PageSection isFilled>
      <ErrorState
        error={error}
        title="This page failed to render"
        actions={
          <Button variant="primary" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      />
    </PageSection>
  );
}

interface BoundaryProps {
  /** The page the children show: an error belongs to it, and going to another page clears it. */
  pathname: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  error?: unknown;
  failedAt?: string;
}

// React catches render errors (and a lazy page whose code failed to load) only in a class component.
export class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): BoundaryState | null {
    if (!state.failed) return null;
    if (state.failedAt === undefined) return { ...state, failedAt: props.pathname };
    return state.failedAt === props.pathname ? null : { failed: false };
  }

  render() {
    return this.state.failed ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
