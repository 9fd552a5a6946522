export interface StatusCause {
  reason?: string;
  field?: string;
  message?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

/** metav1.Status, the body of every API error and of watch ERROR events. */
export interface K8sStatus {
  kind: 'Status';
  apiVersion?: string;
  status?: string;
  code?: number;
  reason?: string;
  message?: string;
  details?: StatusDetails;
}

export interface K8sApiErrorInit {
  code: number;
  reason: string;
  message: string;
  causes?: StatusCause[];
  details?: Pick<StatusDetails, 'name' | 'kind' | 'group'>;
  retryAfterSeconds?: number;
  status?: K8sStatus;
}

/** A non-2xx answer from the API server (or something speaking for it). */
export class K8sApiError extends Error {
  override readonly name = 'K8sApiError';
  readonly code: number;
  readonly reason: string;
  readonly causes: StatusCause[];
  readonly details: Pick<StatusDetails, 'name' | 'kind' | 'group'>;
  readonly retryAfterSeconds: number | undefined;
  /** The Status body as sent, when there was one. */
  readonly status: K8sStatus | undefined;

  constructor(init: K8sApiErrorInit) {
    super(init.message);
    this.code = init.code;
    this.reason = init.reason;
    this.causes = init.causes ?? [];
    this.details = init.details ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.status = init.status;
  }
}

/** The proxy or the API server could not be reached at all (connection refused, 502/504 from a proxy). */
export class ProxyUnreachableError extends Error {
  override readonly name = 'ProxyUnreachableError';
  /** HTTP status when a proxy answered for the unreachable API; undefined for network failures. */
  readonly httpStatus: number | undefined;

  constructor(message: string, options: { cause?: unknown; httpStatus?: number } = {}) {
    super(message, { cause: options.cause });
    this.httpStatus = options.httpStatus;
  }
}

/** A watch's resourceVersion is older than the server's event history: list again, then watch. */
export class WatchExpiredError extends Error {
  override readonly name = 'WatchExpiredError';
  readonly resourceVersion: string | undefined;
  readonly status: K8sStatus | undefined;

  constructor(resourceVersion: string | undefined, status?: K8sStatus) {
    super(status?.message || `resourceVersion ${resourceVersion ?? '(none)'} is too old`);
    this.resourceVersion = resourceVersion;
    this.status = status;
  }
}

const KNOWN_REASONS = new Set([
  'NotFound', 'AlreadyExists', 'Conflict', 'Invalid', 'Forbidden', 'Unauthorized', 'BadRequest',
  'Expired', 'Gone', 'TooManyRequests', 'InternalError', 'ServiceUnavailable', 'ServerTimeout',
  'Timeout', 'MethodNotAllowed', 'NotAcceptable', 'UnsupportedMediaType', 'RequestEntityTooLarge',
]);

// Like apimachinery: the reason decides; the HTTP code only counts when the reason is unknown.
const matches = (e: unknown, reasons: string[], code: number): boolean =>
  e instanceof K8sApiError &&
  (reasons.includes(e.reason) || (!KNOWN_REASONS.has(e.reason) && e.code === code));

export const isK8sApiError = (e: unknown): e is K8sApiError => e instanceof K8sApiError;
export const isProxyUnreachable = (e: unknown): e is ProxyUnreachableError =>
  e instanceof ProxyUnreachableError;
export const isWatchExpired = (e: unknown): e is WatchExpiredError => e instanceof WatchExpiredError;
export const isNotFound = (e: unknown): boolean => matches(e, ['NotFound'], 404);
export const isAlreadyExists = (e: unknown): boolean => matches(e, ['AlreadyExists'], -1);
export const isConflict = (e: unknown): boolean => matches(e, ['Conflict'], 409);
export const isInvalid = (e: unknown): boolean => matches(e, ['Invalid'], 422);
export const isForbidden = (e: unknown): boolean => matches(e, ['Forbidden'], 403);
export const isUnauthorized = (e: unknown): boolean => matches(e, ['Unauthorized'], 401);
export const isExpired = (e: unknown): boolean => matches(e, ['Expired', 'Gone'], 410);
export const isTooManyRequests = (e: unknown): boolean => matches(e, ['TooManyRequests'], 429);

/** Worth retrying later with backoff: throttling, server-side trouble, an unreachable proxy. */
export function isRetryable(e: unknown): boolean {
  if (e instanceof ProxyUnreachableError) return true;
  if (!(e instanceof K8sApiError)) return false;
  if (['TooManyRequests', 'ServerTimeout', 'Timeout', 'ServiceUnavailable'].includes(e.reason)) return true;
  return e.code === 429 || e.code >= 500;
}

export const isAbortError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
