import { isExpired } from './errors';
import { requestListPage, type ListResponse, type PageRequest } from './list-page';

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

// Pages asked for and not yet handed to the caller: the one it waits for and one beyond. More would
// hold more of the browser's six connections per origin without making the list come sooner.
const PAGES_AHEAD = 2;

interface PageEntry<T> {
  token: string | undefined;
  limit: number | undefined;
  request: PageRequest<T>;
  /** The next page's token from the head of this one: null until its text is in. */
  nextToken: string | undefined | null;
  nextAsked: boolean;
}

/**
 * Yields the pages of a list. A page is asked for as soon as the text of the one before is in (its
 * continue token read from the head, before parsing), so the server works on it while the pages
 * before parse, validate and render (at most PAGES_AHEAD not yet handed over). A continue token pins the snapshot of the first page;
 * once the server has compacted that snapshot away it answers 410 Expired. Continuing inconsistently
 * would mix two snapshots and leave no single resourceVersion to watch from, so the list starts over
 * once. A second expiry means pages cannot be fetched within the server's window: throw.
 */
export async function* listPages<T>(path: string, options: ListOptions = {}): AsyncGenerator<ListPage<T>> {
  const { labelSelector, fieldSelector, signal } = options;
  const grow = (limit: number | undefined) =>
    limit !== undefined && options.maxLimit !== undefined ? Math.min(limit * 2, Math.max(limit, options.maxLimit)) : limit;
  let pending: PageEntry<T>[] = [];
  let stopped = false;
  const ask = (token: string | undefined, limit: number | undefined) => {
    const request = requestListPage<T>(path, { limit, labelSelector, fieldSelector, continue: token }, signal);
    const entry: PageEntry<T> = { token, limit, request, nextToken: null, nextAsked: false };
    pending.push(entry);
    void request.headToken.then((next) => {
      entry.nextToken = next;
      askAhead();
    });
  };
  const askAhead = () => {
    const last = pending.at(-1);
    if (stopped || !last || last.nextAsked || typeof last.nextToken !== 'string' || pending.length >= PAGES_AHEAD) return;
    last.nextAsked = true;
    ask(last.nextToken, grow(last.limit));
  };
  const dropPending = (from: number) => {
    for (const entry of pending.slice(from)) entry.request.abort();
    pending = pending.slice(0, from);
  };

  let restarts = 0;
  let restarted = false;
  ask(undefined, options.limit);
  try {
    for (;;) {
      const entry = pending[0]!;
      let body: ListResponse<T>;
      try {
        body = await entry.request.body;
      } catch (error) {
        dropPending(0);
        if (entry.token === undefined || restarts > 0 || !isExpired(error)) throw error;
        restarts += 1;
        restarted = true;
        ask(undefined, options.limit);
        continue;
      }
      const meta = body.metadata ?? {};
      const token = meta.continue || undefined;
      // The head is only a shortcut: the parsed body has the last word.
      if (pending[1] && pending[1].token !== token) {
        dropPending(1);
        entry.nextAsked = false;
      }
      pending.shift();
      if (token !== undefined && !entry.nextAsked) {
        entry.nextAsked = true;
        ask(token, grow(entry.limit));
      }
      askAhead();
      yield {
        items: body.items ?? [],
        resourceVersion: meta.resourceVersion ?? '',
        continue: token,
        remainingItemCount: meta.remainingItemCount,
        restarted,
      };
      restarted = false;
      if (token === undefined) return;
    }
  } finally {
    // Left early (the caller stopped reading) or failed: no page goes on loading for nobody.
    stopped = true;
    dropPending(0);
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
