import { isK8sApiError, isProxyUnreachable } from '../../lib/k8s/errors';

export interface ErrorDescription {
  title: string;
  message: string;
  /** What the user can do about it, when there is something. */
  hint?: string;
}

const TITLES: Record<string, string> = {
  NotFound: 'Not found',
  Forbidden: 'Permission denied',
  Unauthorized: 'Not logged in',
  Conflict: 'Changed by someone else',
  Invalid: 'Rejected by the API server',
  TooManyRequests: 'The API server is busy',
  ServiceUnavailable: 'The API server is unavailable',
  InternalError: 'The API server failed',
};

// 5xx and 429 say what to do: these pass, so waiting and trying again is the remedy.
const SERVER_TROUBLE_HINT =
  'This is usually temporary: try again in a moment. If it keeps failing, check the API server\'s health with `oc get --raw /readyz`.';
const throttledHint = (seconds: number | undefined) =>
  `The API server asked to be called less often: try again ${seconds ? `in ${seconds} s` : 'in a few seconds'}.`;

// Nothing answered: the server that delivered this page (npm start, npm run dev, kubectl proxy) is gone.
const SERVER_DOWN_HINT =
  'Check that the server you opened the dashboard from is still running: `npm start` for the ' +
  'embedded cluster, or `oc proxy --port=8001 --www=dist --www-prefix=/ui/ --api-prefix=/` for a real one.';

// Our server answered 502/504: the proxy it forwards to (K8S_API_URL) is down.
const UPSTREAM_DOWN_HINT =
  'Start the API proxy with `oc proxy --port=8001` (or `kubectl proxy --port=8001`) and reload, ' +
  'or run `npm start` without K8S_API_URL to use the embedded cluster.';

export function describeError(error: unknown): ErrorDescription {
  if (isProxyUnreachable(error)) {
    const upstream = error.httpStatus === 502 || error.httpStatus === 504;
    const hint = upstream ? UPSTREAM_DOWN_HINT : SERVER_DOWN_HINT;
    return { title: 'The API proxy cannot be reached', message: error.message, hint };
  }
  if (isK8sApiError(error) && (error.code === 502 || error.code === 504)) {
    return { title: 'The API proxy cannot be reached', message: error.message, hint: UPSTREAM_DOWN_HINT };
  }
  if (isK8sApiError(error)) {
    const title = TITLES[error.reason] ?? `Request failed (${error.code} ${error.reason})`;
    if (error.code === 429) return { title, message: error.message, hint: throttledHint(error.retryAfterSeconds) };
    if (error.code >= 500) return { title, message: error.message, hint: SERVER_TROUBLE_HINT };
    return { title, message: error.message };
  }
  if (error instanceof Error) return { title: 'Something went wrong', message: error.message };
  return { title: 'Something went wrong', message: String(error) };
}
