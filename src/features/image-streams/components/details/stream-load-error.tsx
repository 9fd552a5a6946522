import { Button, EmptyState, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import { Link } from 'react-router';
import { ErrorState } from '../../../../components/ui/error-state';
import { isNotFound } from '../../../../lib/k8s/errors';
import { listPath } from '../list/namespace-route';

interface StreamLoadErrorProps {
  namespace: string;
  name: string;
  error: unknown;
  onRetry: () => void;
  headingLevel: 'h1' | 'h2';
  /** Ends the "there is no ImageStream" sentence, e.g. " to edit". */
  purpose?: string;
}

/** A stream that could not be loaded: "not found" with a way back, or the error with a retry. */
export function StreamLoadError({ namespace, name, error, onRetry, headingLevel, purpose = '' }: StreamLoadErrorProps) {
  if (isNotFound(error))
    return (
      <EmptyState headingLevel={headingLevel} titleText="ImageStream not found">
        <EmptyStateBody>
          There is no ImageStream {name} in namespace {namespace}
          {purpose}.
        </EmptyStateBody>
        <EmptyStateFooter>
          <Link to={listPath(namespace)}>Back to ImageStreams in {namespace}</Link>
        </EmptyStateFooter>
      </EmptyState>
    );
  return (
    <ErrorState
      error={error}
      title={`Could not load ImageStream ${name}`}
      actions={
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
      }
    />
  );
}
