import { Alert, Content, Flex, FlexItem, Spinner } from '@patternfly/react-core';
import { useEffect, useState } from 'react';
import { describeError } from '../../../../components/ui/describe-error';
import { isAbortError } from '../../../../lib/k8s/errors';
import { DeletionTimeoutError } from '../../api/actions';
import { formatElapsed } from '../../model/delete-summary';

/** Elapsed time while the dialog waits for the stream to disappear. */
export function DeleteWaiting({ name, startedAt }: { name: string; startedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  return (
    <Flex role="status" aria-live="polite" alignItems={{ default: 'alignItemsCenter' }} spaceItems={{ default: 'spaceItemsSm' }}>
      <FlexItem>
        <Spinner size="md" aria-label="Deleting" />
      </FlexItem>
      <FlexItem>
        Waiting until {name} is gone… {formatElapsed(Math.max(0, now - startedAt))} elapsed
      </FlexItem>
    </Flex>
  );
}

/** Timeout (naming what holds the stream), stop, or an API error such as 403, said plainly. */
export function DeleteOutcome({ error, name, namespace }: { error: unknown; name: string; namespace: string }) {
  if (error instanceof DeletionTimeoutError) {
    return (
      <Alert component="h2" isInline variant="warning" title={`${name} was not deleted within ${error.timeoutSeconds} s`}>
        <Content component="p">
          Deletion has started{error.deletionTimestamp ? ` (at ${error.deletionTimestamp})` : ''} but the ImageStream still exists.
        </Content>
        <Content component="p">
          {error.finalizers.length
            ? `Finalizers holding it: ${error.finalizers.join(', ')}. It goes away once their controllers remove them.`
            : 'No finalizers are left; it should disappear shortly.'}
        </Content>
      </Alert>
    );
  }
  if (isAbortError(error)) {
    return (
      <Alert component="h2" isInline variant="info" title="Stopped waiting">
        The deletion of {name} was requested and goes on in the cluster; this dialog just no longer waits for it.
      </Alert>
    );
  }
  const { title, message, hint } = describeError(error);
  return (
    <Alert component="h2" isInline variant="danger" title={`Could not delete ${name} in ${namespace}: ${title}`}>
      <p>{message}</p>
      {hint ? <p>{hint}</p> : null}
    </Alert>
  );
}
