import { guardNetwork, k8sFetch, parseJsonBody } from './request';
import type { Query } from './paths';

export interface ListResponse<T> {
  items?: T[] | null;
  metadata?: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
}

/** One page of a list on its way: its continue token as soon as the text is in, then the parsed body. */
export interface PageRequest<T> {
  /** The continue token read from the head of the text, before parsing; undefined when the head does not say. */
  headToken: Promise<string | undefined>;
  body: Promise<ListResponse<T>>;
  abort: () => void;
}

// The API server writes a list's metadata (with `continue`) before its items: a glance at the start
// of the text finds the token long before JSON.parse of a 20 MB page is done. A head that is not
// where it is expected (items first, no metadata, not JSON) gives no token, and the parsed body decides.
const HEAD_LIMIT = 64 * 1024;
const ITEMS_KEY = /"items"\s*:/;

/** The continue token in the head of a list's text, if the head shows one. */
export function readListHead(text: string): string | undefined {
  const start = text.slice(0, HEAD_LIMIT);
  const match = ITEMS_KEY.exec(start);
  if (!match) return undefined;
  const head = start.slice(0, match.index).trimEnd();
  if (!head.endsWith(',')) return undefined;
  try {
    const parsed = JSON.parse(`${head}"items":null}`) as ListResponse<unknown>;
    return parsed.metadata?.continue || undefined;
  } catch {
    return undefined;
  }
}

/** Starts the request for one page now; see PageRequest. */
export function requestListPage<T>(path: string, query: Query, signal?: AbortSignal): PageRequest<T> {
  // The caller's signal aborts the page too; linked by hand, AbortSignal.any is newer than the build's target.
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort, { once: true });
  const pageSignal = controller.signal;
  let onHead!: (token: string | undefined) => void;
  const headToken = new Promise<string | undefined>((resolve) => (onHead = resolve));
  const body = k8sFetch(path, { query, signal: pageSignal }).then(async (res) => {
    const text = await guardNetwork(() => res.text(), pageSignal);
    onHead(readListHead(text));
    // One turn for the next page's request to go out before this page is parsed.
    await Promise.resolve();
    return parseJsonBody<ListResponse<T>>(text, path, res);
  });
  // A failed page names no next one. A page asked for ahead may never be awaited (the list was
  // abandoned): its failure is nobody's.
  body.catch(() => onHead(undefined)).finally(() => signal?.removeEventListener('abort', abort));
  return { headToken, body, abort: () => controller.abort() };
}
