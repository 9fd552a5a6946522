import { Button, EmptyState, EmptyStateBody, EmptyStateFooter, PageSection } from '@patternfly/react-core';
import { Link, useRouteError } from 'react-router';
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

/** Replaces a page that threw while rendering; the masthead stays so the user can navigate away. */
export function RouteError() {
  const error = useRouteError();
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
