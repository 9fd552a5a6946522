import { Alert, AlertActionLink, PageSection, Stack } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../../components/ui/describe-error';
import { LoadingState } from '../../../../components/ui/loading-state';
import { isNotFound } from '../../../../lib/k8s/errors';
import { useImageStreamWatch } from '../../api/live';
import { imageStreamQueries } from '../../api/queries';
import { tagRows } from '../../model/tag-rows';
import { DetailsAlerts } from './details-alerts';
import { DetailsHeader } from './details-header';
import { DetailsSummary } from './details-summary';
import { DetailsTabs } from './details-tabs';
import { LiveIndicator } from '../list/live-indicator';
import { listPath } from '../list/namespace-route';
import { StreamLoadError } from './stream-load-error';

export function ImageStreamDetailsPage() {
  const { namespace = '', name = '' } = useParams();
  const query = useQuery(imageStreamQueries.detail({ namespace, name }));
  const stream = query.data;
  const rows = useMemo(() => (stream ? tagRows(stream) : []), [stream]);
  // A change or a deletion elsewhere shows here at once (through the list's watch when it is loaded).
  const watchKey = useImageStreamWatch(namespace, name);

  const header = (
    <DetailsHeader
      namespace={namespace}
      name={name}
      displayName={stream?.metadata.annotations?.['openshift.io/display-name']}
      status={<LiveIndicator watchKey={watchKey} />}
    />
  );

  if (query.isPending) {
    return (
      <>
        {header}
        <PageSection isFilled>
          <LoadingState label={`Loading ImageStream ${name}`} />
        </PageSection>
      </>
    );
  }

  if (!stream) {
    return (
      <>
        {header}
        <PageSection isFilled>
          <StreamLoadError namespace={namespace} name={name} error={query.error} onRetry={() => void query.refetch()} headingLevel="h2" />
        </PageSection>
      </>
    );
  }

  // The watch invalidates this query on a DELETED event; the refetch then 404s while the last data stays.
  const deleted = query.isError && isNotFound(query.error);
  return (
    <>
      {header}
      <PageSection isFilled>
        <Stack hasGutter>
          {deleted ? (
            <Alert component="h2" isInline variant="danger" title="This ImageStream was deleted">
              {name} no longer exists in namespace {namespace}. What follows is its last known state.{' '}
              <Link to={listPath(namespace)}>Back to ImageStreams in {namespace}</Link>
            </Alert>
          ) : query.isError ? (
            <Alert
              component="h2"
              isInline
              variant="warning"
              title="Could not refresh this ImageStream"
              actionLinks={<AlertActionLink onClick={() => void query.refetch()}>Try again</AlertActionLink>}
            >
              {describeError(query.error).message}. What follows may be out of date.
            </Alert>
          ) : null}
          <DetailsAlerts stream={stream} rows={rows} />
          <DetailsSummary stream={stream} rows={rows} />
          <DetailsTabs stream={stream} rows={rows} />
        </Stack>
      </PageSection>
    </>
  );
}
