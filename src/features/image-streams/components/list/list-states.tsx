import { Alert, AlertActionLink, Button, EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import CubesIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-cubes-icon';
import LockIcon from '@patternfly/react-icons/dist/esm/icons/lock-icon';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { describeError } from '../../../../components/ui/describe-error';

const where = (namespace: string) => (namespace ? `namespace ${namespace}` : 'any namespace');

export function EmptyNamespaceState({ namespace }: { namespace: string }) {
  return (
    <EmptyState headingLevel="h2" icon={CubesIcon} titleText={`No ImageStreams in ${where(namespace)}`}>
      <EmptyStateBody>
        ImageStreams appear here when someone creates one or pushes an image with <code>oc</code>, a build or the
        registry.
      </EmptyStateBody>
    </EmptyState>
  );
}

export function ForbiddenState({ namespace, error }: { namespace: string; error: unknown }) {
  const scope = namespace ? `in namespace ${namespace}` : 'in all namespaces';
  return (
    <EmptyState headingLevel="h2" icon={LockIcon} titleText={`You cannot list ImageStreams ${scope}`}>
      <EmptyStateBody>
        <p>
          Missing permission: <strong>list</strong> on <code>imagestreams.image.openshift.io</code> {scope}
          {namespace ? '' : ' (a cluster-wide grant)'}. Ask an administrator for a role that grants it, such as{' '}
          <code>view</code>, or pick another namespace.
        </p>
        <p>The API server said: {describeError(error).message}</p>
      </EmptyStateBody>
    </EmptyState>
  );
}

export function MissingNamespaceState({ namespace }: { namespace: string }) {
  return (
    <EmptyState headingLevel="h2" icon={SearchIcon} titleText={`Namespace ${namespace} not found`}>
      <EmptyStateBody>Check the spelling, or pick a namespace from the list.</EmptyStateBody>
    </EmptyState>
  );
}

export function NoMatchState({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState headingLevel="h2" icon={SearchIcon} titleText="No ImageStreams match the filters">
      <EmptyStateBody>Change the name or label selector, or clear the filters to see every ImageStream.</EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="link" onClick={onClear}>
            Clear all filters
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
}

interface LoadErrorBannerProps {
  error: unknown;
  /** ImageStreams loaded earlier are still on screen. */
  hasData: boolean;
  isRetrying: boolean;
  onRetry: () => void;
}

/** The proxy or API failed: say what and how to fix it, keep what is shown, offer to try again. */
export function LoadErrorBanner({ error, hasData, isRetrying, onRetry }: LoadErrorBannerProps) {
  const { title, message, hint } = describeError(error);
  return (
    <Alert
      component="h2"
      isInline
      variant="danger"
      title={title}
      actionLinks={
        <AlertActionLink onClick={onRetry} isDisabled={isRetrying}>
          {isRetrying ? 'Retrying…' : 'Retry'}
        </AlertActionLink>
      }
    >
      <p>{message}</p>
      {hint ? <p>{hint}</p> : null}
      {hasData ? <p>The list below is what was loaded before and may be out of date.</p> : null}
    </Alert>
  );
}

/**
 * The watch cannot reach the API while the list is shown: say so where the list is, not only in the
 * small indicator. No retry button: the watch keeps trying by itself and catches up.
 */
export function WatchOfflineBanner({ error }: { error: unknown }) {
  const { message, hint } = describeError(error);
  return (
    <Alert component="h2" isInline variant="warning" title="Live updates paused: the API cannot be reached">
      <p>{message}</p>
      {hint ? <p>{hint}</p> : null}
      <p>The list below may be out of date; it catches up by itself as soon as the API answers again.</p>
    </Alert>
  );
}
