import { K8sApiError, ProxyUnreachableError } from './errors';
import type { K8sStatus } from './errors';

const REASON_BY_CODE: Record<number, string> = {
  400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound',
  405: 'MethodNotAllowed', 406: 'NotAcceptable', 409: 'Conflict', 410: 'Gone',
  413: 'RequestEntityTooLarge', 415: 'UnsupportedMediaType', 422: 'Invalid',
  429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable', 504: 'Timeout',
};

const PROXY_FAILURE_CODES = new Set([500, 502, 503, 504]);

export function isStatus(value: unknown): value is K8sStatus {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Status';
}

/** Retry-After is delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

export function errorFromStatus(
  status: K8sStatus,
  opts: { httpStatus?: number; retryAfter?: string | null } = {},
): K8sApiError {
  const code = status.code || opts.httpStatus || 500;
  const details = status.details ?? {};
  return new K8sApiError({
    code,
    reason: status.reason || REASON_BY_CODE[code] || 'Unknown',
    message: status.message || `the server responded with HTTP ${code}`,
    causes: Array.isArray(details.causes) ? details.causes : [],
    details: { name: details.name, kind: details.kind, group: details.group },
    retryAfterSeconds: parseRetryAfter(opts.retryAfter) ?? details.retryAfterSeconds,
    status,
  });
}

// Plain-text errors (kubectl proxy, most proxies) are worth showing; HTML error pages are not.
function textMessage(body: string, res: Response): string {
  const text = body.trim();
  if (text && !text.startsWith('<') && text.length <= 300) return text;
  return `the server responded with HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
}

/** Turns a non-2xx response into the error to throw. Consumes the body. */
export async function errorFromResponse(res: Response): Promise<K8sApiError | ProxyUnreachableError> {
  const body = await res.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch {
    parsed = undefined;
  }
  const retryAfter = res.headers.get('Retry-After');
  if (isStatus(parsed)) return errorFromStatus(parsed, { httpStatus: res.status, retryAfter });
  // The API server sends a Status with every 5xx; a bare one comes from a proxy that could not
  // reach it: kubectl proxy answers 500 text/plain ("dial tcp ...: connection refused"), Vite's
  // dev proxy an empty 500, gateways 502/503/504 pages.
  if (PROXY_FAILURE_CODES.has(res.status)) {
    return new ProxyUnreachableError(`The Kubernetes API is unreachable: ${textMessage(body, res)}`, {
      httpStatus: res.status,
    });
  }
  return new K8sApiError({
    code: res.status,
    reason: REASON_BY_CODE[res.status] ?? 'Unknown',
    message: textMessage(body, res),
    retryAfterSeconds: parseRetryAfter(retryAfter),
  });
}
