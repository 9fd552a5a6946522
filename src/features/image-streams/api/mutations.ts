import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest } from '../../../lib/k8s/request';
import { imageStreamQueries } from './queries';
import { imageStreamSchema } from './schemas';
import type { ImageStream } from './schemas';

const ref = { group: 'image.openshift.io', version: 'v1', resource: 'imagestreams' };

export interface SaveImageStreamVariables {
  object: ImageStream;
  /** `dryRun=All`: the server validates and defaults fully and persists nothing ("Validate"). */
  dryRun?: boolean;
}

export async function createImageStream({ object, dryRun }: SaveImageStreamVariables): Promise<ImageStream> {
  const namespace = object.metadata.namespace ?? '';
  const body = await k8sRequest<unknown>(resourcePath({ ...ref, namespace }), { method: 'POST', body: object, dryRun });
  return imageStreamSchema.parse(body);
}

/** PUT: `object.metadata.resourceVersion` must be the one it was read at, or the server answers 409. */
export async function updateImageStream({ object, dryRun }: SaveImageStreamVariables): Promise<ImageStream> {
  const { namespace = '', name } = object.metadata;
  const body = await k8sRequest<unknown>(resourcePath({ ...ref, namespace, name }), { method: 'PUT', body: object, dryRun });
  return imageStreamSchema.parse(body);
}

function saved(queryClient: QueryClient, stream: ImageStream, dryRun: boolean | undefined): Promise<void> | undefined {
  // A dry run persisted nothing, so there is nothing to refresh.
  if (dryRun) return undefined;
  const { namespace = '', name } = stream.metadata;
  queryClient.setQueryData(imageStreamQueries.detail({ namespace, name }).queryKey, stream);
  return queryClient.invalidateQueries({ queryKey: imageStreamQueries.lists() });
}

// The form shows save errors at the fields they concern, so no global notice as well.
const meta = { errorNotice: false };

export function useCreateImageStream() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createImageStream,
    meta,
    onSuccess: (stream, { dryRun }) => saved(queryClient, stream, dryRun),
  });
}

export function useUpdateImageStream() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateImageStream,
    meta,
    onSuccess: (stream, { dryRun }) => saved(queryClient, stream, dryRun),
  });
}
