import * as z from 'zod/mini';
import { listAll, listPages } from '../../../lib/k8s/list';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest } from '../../../lib/k8s/request';
import { parseImageStream, parseImageStreams } from './image-stream-guard';
import { namespaceSchema } from './schemas';
import type { ImageStream, Namespace } from './schemas';

/** client-go's NamespaceAll: the empty namespace lists across every namespace. */
export const ALL_NAMESPACES = '';

const imageStreamsRef = { group: 'image.openshift.io', version: 'v1', resource: 'imagestreams' };
const namespaceArray = z.array(namespaceSchema);

/** The collection path for one namespace, or for every namespace with ALL_NAMESPACES. */
export const imageStreamsPath = (namespace: string): string =>
  resourcePath({ ...imageStreamsRef, namespace: namespace || undefined });

/** Page size for stream lists: the first page renders while the rest loads. */
export const LIST_PAGE_SIZE = 500;
/** Later pages grow to this (500, 1,000, 2,000, ...): 10,000 streams in 7 requests instead of 20. */
export const LIST_MAX_PAGE_SIZE = 2_000;

export interface ImageStreamListData {
  items: ImageStream[];
  /** Snapshot to start a watch from; opaque, compare for equality only. */
  resourceVersion: string;
  /** Present only while later pages are still loading; `remaining` is the server's estimate. */
  progress?: { loaded: number; remaining?: number };
}

interface ListImageStreamsParams {
  namespace: string;
  signal?: AbortSignal;
  limit?: number;
}

/** Yields the list as it grows, one snapshot per page; the last one is complete and has no `progress`. */
export async function* listImageStreamsInPages({
  namespace,
  signal,
  limit = LIST_PAGE_SIZE,
}: ListImageStreamsParams): AsyncGenerator<ImageStreamListData> {
  const path = imageStreamsPath(namespace);
  let items: ImageStream[] = [];
  for await (const page of listPages<unknown>(path, { limit, maxLimit: LIST_MAX_PAGE_SIZE, signal })) {
    const parsed = parseImageStreams(page.items);
    // A restarted list is a new snapshot: what came before it is dropped, not merged.
    items = page.restarted ? parsed : [...items, ...parsed];
    const { resourceVersion } = page;
    yield page.continue === undefined
      ? { items, resourceVersion }
      : { items, resourceVersion, progress: { loaded: items.length, remaining: page.remainingItemCount } };
  }
}

export async function listImageStreams(params: ListImageStreamsParams): Promise<ImageStreamListData> {
  let last: ImageStreamListData = { items: [], resourceVersion: '' };
  for await (const snapshot of listImageStreamsInPages(params)) last = snapshot;
  return last;
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
  return parseImageStream(body);
}

export async function listNamespaces({ signal }: { signal?: AbortSignal } = {}): Promise<Namespace[]> {
  const { items } = await listAll<unknown>(resourcePath({ version: 'v1', resource: 'namespaces' }), { signal });
  return namespaceArray.parse(items);
}
