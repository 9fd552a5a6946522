import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest } from '../../../lib/k8s/request';
import { imageStreamQueries } from './queries';
import type { TagReference } from './schemas';

const istagPath = (namespace: string, stream: string, tag: string) =>
  resourcePath({ group: 'image.openshift.io', version: 'v1', resource: 'imagestreamtags', namespace, name: `${stream}:${tag}` });

export interface RollbackVariables {
  namespace: string;
  name: string;
  tag: string;
  /** sha256:… of the older history item. */
  digest: string;
  /** The tag as it is in spec now, if it is there; its policies and annotations are kept. */
  spec?: TagReference;
}

/** Points the tag at an older image by digest; the server prepends a new history item (like `oc tag stream@digest stream:tag`). */
export async function rollbackTag({ namespace, name, tag, digest, spec }: RollbackVariables): Promise<void> {
  // Only DockerImage tags may be scheduled (422 otherwise): a tag pinned to a digest stops being polled.
  const importPolicy = spec?.importPolicy ? { ...spec.importPolicy, scheduled: false } : undefined;
  const body = {
    kind: 'ImageStreamTag',
    apiVersion: 'image.openshift.io/v1',
    metadata: { name: `${name}:${tag}`, namespace },
    tag: { ...spec, ...(importPolicy ? { importPolicy } : {}), name: tag, from: { kind: 'ImageStreamImage', name: `${name}@${digest}` } },
  };
  await k8sRequest<unknown>(istagPath(namespace, name, tag), { method: 'PUT', body });
}

/** Removes the tag from spec and status alike, like `oc tag -d`. */
export async function removeTag({ namespace, name, tag }: { namespace: string; name: string; tag: string }): Promise<void> {
  await k8sRequest<unknown>(istagPath(namespace, name, tag), { method: 'DELETE' });
}

const refresh = (queryClient: QueryClient, namespace: string, name: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: imageStreamQueries.detail({ namespace, name }).queryKey }),
    queryClient.invalidateQueries({ queryKey: imageStreamQueries.lists() }),
  ]);

// Both dialogs show their own errors in place.
const meta = { errorNotice: false };

export function useRollbackTag() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: rollbackTag, meta, onSuccess: (_d, { namespace, name }) => refresh(queryClient, namespace, name) });
}

export function useRemoveTag() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeTag, meta, onSuccess: (_d, { namespace, name }) => refresh(queryClient, namespace, name) });
}
