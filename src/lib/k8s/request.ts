import { errorFromResponse } from './error-response';
import { ProxyUnreachableError, isAbortError } from './errors';
import { withQuery } from './paths';
import type { Query } from './paths';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** `merge` = RFC 7386 merge patch (replaces arrays such as spec.tags whole); `json` = RFC 6902. */
export type PatchType = 'merge' | 'json';

export interface K8sRequestOptions {
  method?: HttpMethod;
  query?: Query;
  body?: unknown;
  patchType?: PatchType;
  /** Adds `dryRun=All`: the server validates and defaults fully but persists nothing. */
  dryRun?: boolean;
  signal?: AbortSignal;
  accept?: string;
  headers?: Record<string, string>;
}

const PATCH_CONTENT_TYPES: Record<PatchType, string> = {
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
};

let apiBaseUrl = '';

/** '' (the default) means same origin; tests in node point it at an absolute origin. */
export function setApiBaseUrl(url: string): void {
  apiBaseUrl = url.replace(/\/+$/, '');
}

export function getApiBaseUrl(): string {
  return apiBaseUrl;
}

function buildInit(options: K8sRequestOptions): RequestInit {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] =
      method === 'PATCH' ? PATCH_CONTENT_TYPES[options.patchType ?? 'merge'] : 'application/json';
    body = JSON.stringify(options.body);
  }
  return { method, headers: { ...headers, ...options.headers }, body, signal: options.signal };
}

/**
 * Low-level call: returns the 2xx Response with its body unread (for streams), or throws
 * K8sApiError / ProxyUnreachableError. Aborts surface as the AbortError fetch throws.
 */
export async function k8sFetch(path: string, options: K8sRequestOptions = {}): Promise<Response> {
  const query = options.dryRun ? { ...options.query, dryRun: 'All' } : options.query;
  const res = await guardNetwork(
    () => fetch(`${apiBaseUrl}${withQuery(path, query)}`, buildInit(options)),
    options.signal,
  );
  if (!res.ok) throw await errorFromResponse(res);
  return res;
}

/** Maps network-level failures to ProxyUnreachableError; lets aborts through untouched. */
export async function guardNetwork<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isAbortError(error) || signal?.aborted) throw error;
    // fetch and body reads reject with TypeError only when the connection itself failed
    // (refused, DNS, reset mid-body, CORS): no HTTP answer we could interpret.
    if (error instanceof TypeError) {
      throw new ProxyUnreachableError('The Kubernetes API is unreachable', { cause: error });
    }
    throw error;
  }
}

/** Calls the API and returns the parsed JSON body (undefined for an empty body). */
export async function k8sRequest<T>(path: string, options: K8sRequestOptions = {}): Promise<T> {
  const res = await k8sFetch(path, options);
  return parseJsonBody<T>(await guardNetwork(() => res.text(), options.signal), path, res);
}

/** A 2xx body read as text, parsed; undefined when empty. */
export function parseJsonBody<T>(text: string, path: string, res: Response): T {
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    // A 2xx that is not JSON is almost always an HTML page from a misrouted proxy or dev server.
    throw new ProxyUnreachableError(
      `Expected JSON from ${path} but got ${res.headers.get('Content-Type') || 'something else'}`,
      { cause, httpStatus: res.status },
    );
  }
}
