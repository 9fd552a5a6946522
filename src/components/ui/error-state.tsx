import { EmptyState, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import type { ReactNode } from 'react';
import { describeError } from './describe-error';

interface ErrorStateProps {
  error: unknown;
  /** Overrides the title derived from the error, e.g. "Could not load ImageStreams". */
  title?: string;
  actions?: ReactNode;
}

export function ErrorState({ error, title, actions }: ErrorStateProps) {
  const described = describeError(error);
  return (
    <EmptyState
      headingLevel="h2"
      titleText={title ?? described.title}
      icon={ExclamationCircleIcon}
      status="danger"
    >
      <EmptyStateBody>
        {title ? <p>{described.title}: {described.message}</p> : <p>{described.message}</p>}
        {described.hint ? <p>{described.hint}</p> : null}
      </EmptyStateBody>
      {actions ? <EmptyStateFooter>{actions}</EmptyStateFooter> : null}
    </EmptyState>
  );
}
