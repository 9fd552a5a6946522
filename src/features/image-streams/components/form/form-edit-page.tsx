import { PageSection } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingState } from '../../../../components/ui/loading-state';
import { isNotFound } from '../../../../lib/k8s/errors';
import { useImageStreamWatch } from '../../api/live';
import { imageStreamQueries } from '../../api/queries';
import type { ImageStream } from '../../api/schemas';
import { draftKey } from '../../form/draft-store';
import { fromObject } from '../../form/from-object';
import { ImageStreamForm } from './form-image-stream';
import { detailsPath } from '../list/namespace-route';
import { StreamLoadError } from '../details/stream-load-error';

function EditForm({ namespace, name, loaded, latest, deleted }: { namespace: string; name: string; loaded: ImageStream; latest: ImageStream; deleted: boolean }) {
  // The form starts from the object as first loaded; later versions arrive as `latest` and are offered, never forced.
  const [defaultValues] = useState(() => fromObject(loaded));
  return (
    <ImageStreamForm
      mode="edit"
      defaultValues={defaultValues}
      loaded={loaded}
      latest={latest}
      deleted={deleted}
      draftKey={draftKey(namespace, name)}
      cancelPath={detailsPath(namespace, name)}
    />
  );
}

export function ImageStreamEditPage() {
  const { namespace = '', name = '' } = useParams();
  return <EditLoader key={`${namespace}/${name}`} namespace={namespace} name={name} />;
}

function EditLoader({ namespace, name }: { namespace: string; name: string }) {
  // An edit starts from what the server holds now, not from a cached copy that may be minutes old.
  const query = useQuery({ ...imageStreamQueries.detail({ namespace, name }), refetchOnMount: 'always' });
  // A watch keeps `latest` current, so a change elsewhere shows while editing.
  useImageStreamWatch(namespace, name);
  const stream = query.data;
  const [first, setFirst] = useState<ImageStream>();
  const loaded = first ?? (stream && query.isFetchedAfterMount ? stream : undefined);
  if (loaded && !first) setFirst(loaded);

  if (loaded && stream) {
    return (
      <EditForm
        namespace={namespace}
        name={name}
        loaded={loaded}
        latest={stream}
        deleted={query.isError && isNotFound(query.error)}
      />
    );
  }
  return (
    <PageSection isFilled>
      {query.isPending || (stream && !query.isFetchedAfterMount) ? (
        <LoadingState label={`Loading ImageStream ${name}`} />
      ) : (
        <StreamLoadError namespace={namespace} name={name} error={query.error} onRetry={() => void query.refetch()} headingLevel="h1" purpose=" to edit" />
      )}
    </PageSection>
  );
}
