import { isExpired } from './errors';
import { k8sRequest } from './request';

export interface ListOptions {
  /** Page size; omitted means the server returns everything in one page. */
  limit?: number;
  /**
   * Pages after the first double in size up to this: the first page stays small so something shows
   * soon, and a long list takes a few requests rather than one per `limit` items (each request costs
   * the API server a pass over the collection). Default: `limit`.
   */
  maxLimit?: number;
  labelSelector?: string;
  fieldSelector?: string;
  signal?: AbortSignal;
}

export interface ListPage<T> {
  items: T[];
  /** The list's resourceVersion: the same on every page of one snapshot; start a watch from it. */
  resourceVersion: string;
  continue: string | undefined;
  remainingItemCount: number | undefined;
  /**
   * True on the first page after the list was restarted because its continue token expired:
   * everything yielded before belongs to an older snapshot and must be dropped.
   */
  restarted: boolean;
}

interface ListResponse<T> {
  items?: T[] | null;
  metadata?: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
}

/**
 * Yields the pages of a list. A continue token pins the snapshot of the first page; once the
 * server has compacted that snapshot away it answers 410 Expired. Continuing inconsistently
 * would mix two snapshots and leave no single resourceVersion to watch from, so the list starts
 * over once. A second expiry means pages cannot be fetched within the server's window: throw.
 */
export async function* listPages<T>(path: string, options: ListOptions = {}): AsyncGenerator<ListPage<T>> {
  const { labelSelector, fieldSelector, signal } = options;
  let limit = options.limit;
  let token: string | undefined;
  let restarts = 0;
  let restarted = false;
  for (;;) {
    let body: ListResponse<T>;
    try {
      body = await k8sRequest<ListResponse<T>>(path, {
        query: { limit, labelSelector, fieldSelector, continue: token },
        signal,
      });
    } catch (error) {
      if (token === undefined || restarts > 0 || !isExpired(error)) throw error;
      restarts += 1;
      restarted = true;
      token = undefined;
      limit = options.limit;
      continue;
    }
    const meta = body.metadata ?? {};
    token = meta.continue || undefined;
    yield {
      items: body.items ?? [],
      resourceVersion: meta.resourceVersion ?? '',
      continue: token,
      remainingItemCount: meta.remainingItemCount,
      restarted,
    };
    restarted = false;
    if (token === undefined) return;
    if (limit !== undefined && options.maxLimit !== undefined) limit = Math.min(limit * 2, Math.max(limit, options.maxLimit));
  }
}

/** Collects every page into one list with the snapshot's resourceVersion. */
export async function listAll<T>(
  path: string,
  options: ListOptions = {},
): Promise<{ items: T[]; resourceVersion: string }> {
  let items: T[] = [];
  let resourceVersion = '';
  for await (const page of listPages<T>(path, options)) {
    if (page.restarted) items = [];
    for (const item of page.items) items.push(item);
    resourceVersion = page.resourceVersion;
  }
  return { items, resourceVersion };
}
