import { z } from 'zod';
import { listAll } from '../../../lib/k8s/list';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest } from '../../../lib/k8s/request';
import { imageStreamSchema, namespaceSchema } from './schemas';
import type { ImageStream, Namespace } from './schemas';

/** client-go's NamespaceAll: the empty namespace lists across every namespace. */
export const ALL_NAMESPACES = '';

const imageStreamsRef = { group: 'image.openshift.io', version: 'v1', resource: 'imagestreams' };
const imageStreamArray = z.array(imageStreamSchema);
const namespaceArray = z.array(namespaceSchema);

export interface ImageStreamListData {
  items: ImageStream[];
  /** Snapshot to start a watch from; opaque, compare for equality only. */
  resourceVersion: string;
}

export async function listImageStreams({
  namespace,
  signal,
}: {
  namespace: string;
  signal?: AbortSignal;
}): Promise<ImageStreamListData> {
  const path = resourcePath({ ...imageStreamsRef, namespace: namespace || undefined });
  const { items, resourceVersion } = await listAll<unknown>(path, { signal });
  return { items: imageStreamArray.parse(items), resourceVersion };
}

export async function getImageStream({
  namespace,
  name,
  signal,
}: {
  namespace: string;
  name: string;
  signal?: AbortSignal;
}): Promise<ImageStream> {
  const body = await k8sRequest<unknown>(resourcePath({ ...imageStreamsRef, namespace, name }), { signal });
  return imageStreamSchema.parse(body);
}

export async function listNamespaces({ signal }: { signal?: AbortSignal } = {}): Promise<Namespace[]> {
  const { items } = await listAll<unknown>(resourcePath({ version: 'v1', resource: 'namespaces' }), { signal });
  return namespaceArray.parse(items);
}
