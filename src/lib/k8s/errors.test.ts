import { describe, expect, it } from 'vitest';
import { errorFromResponse, errorFromStatus, parseRetryAfter } from './error-response';
import {
  K8sApiError, ProxyUnreachableError, isAlreadyExists, isConflict, isExpired, isInvalid,
  isNotFound, isRetryable,
} from './errors';

const invalid = {
  kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 422, reason: 'Invalid',
  message: 'ImageStream.image.openshift.io "Bad" is invalid: metadata.name: Invalid value',
  details: {
    name: 'Bad', group: 'image.openshift.io', kind: 'ImageStream',
    causes: [{ reason: 'FieldValueInvalid', field: 'metadata.name', message: 'Invalid value: "Bad"' }],
  },
};

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('errorFromResponse', () => {
  it('reads code, reason, message, causes and details from a Status body', async () => {
    const error = await errorFromResponse(json(invalid, 422));
    expect(error).toBeInstanceOf(K8sApiError);
    expect(error).toMatchObject({
      name: 'K8sApiError', code: 422, reason: 'Invalid', message: invalid.message,
      causes: invalid.details.causes, details: { name: 'Bad', group: 'image.openshift.io', kind: 'ImageStream' },
    });
    expect(isInvalid(error)).toBe(true);
  });

  it('takes retryAfterSeconds from the header, else from the details', async () => {
    const status = { kind: 'Status', code: 429, reason: 'TooManyRequests', message: 'slow down', details: { retryAfterSeconds: 7 } };
    expect((await errorFromResponse(json(status, 429, { 'Retry-After': '3' }))) as K8sApiError).toMatchObject({ retryAfterSeconds: 3 });
    expect((await errorFromResponse(json(status, 429))) as K8sApiError).toMatchObject({ retryAfterSeconds: 7 });
  });

  it('falls back to the HTTP status when the body is HTML or empty', async () => {
    const html = await errorFromResponse(new Response('<html><body>Not Found</body></html>', { status: 404, statusText: 'Not Found' }));
    expect(html).toMatchObject({ code: 404, reason: 'NotFound', message: 'the server responded with HTTP 404 Not Found', causes: [] });
    expect(isNotFound(html)).toBe(true);
    const empty = await errorFromResponse(new Response(null, { status: 429, headers: { 'Retry-After': '2' } }));
    expect(empty).toMatchObject({ code: 429, reason: 'TooManyRequests', retryAfterSeconds: 2 });
    expect(isRetryable(empty)).toBe(true);
  });

  it('keeps a short plain-text message', async () => {
    const error = await errorFromResponse(new Response('Forbidden\n', { status: 403 }));
    expect(error).toMatchObject({ code: 403, reason: 'Forbidden', message: 'Forbidden' });
  });

  it('treats a 5xx without a Status as an unreachable API (kubectl proxy, dev proxy, gateways)', async () => {
    const kubectlProxy = await errorFromResponse(new Response('dial tcp 127.0.0.1:6443: connect: connection refused\n', { status: 500 }));
    expect(kubectlProxy).toBeInstanceOf(ProxyUnreachableError);
    expect(kubectlProxy.message).toBe('The Kubernetes API is unreachable: dial tcp 127.0.0.1:6443: connect: connection refused');
    expect(await errorFromResponse(new Response('', { status: 500 }))).toBeInstanceOf(ProxyUnreachableError);
    expect(await errorFromResponse(new Response('<html>busy</html>', { status: 503 }))).toBeInstanceOf(ProxyUnreachableError);
    const bad = await errorFromResponse(new Response('<html>Bad Gateway</html>', { status: 502 }));
    expect(bad).toBeInstanceOf(ProxyUnreachableError);
    expect(bad).toMatchObject({ httpStatus: 502 });
    const timeout = await errorFromResponse(new Response('dial tcp 127.0.0.1:6443: connect: connection refused', { status: 504 }));
    expect(timeout).toBeInstanceOf(ProxyUnreachableError);
    expect(timeout.message).toContain('connection refused');
  });

  it('keeps a 504 that carries a Status as an API error', async () => {
    const error = await errorFromResponse(json({ kind: 'Status', code: 504, reason: 'Timeout', message: 'timed out' }, 504));
    expect(error).toBeInstanceOf(K8sApiError);
  });
});

describe('predicates', () => {
  const make = (code: number, reason: string) => errorFromStatus({ kind: 'Status', code, reason });

  it('tells AlreadyExists from Conflict although both are 409', () => {
    expect(isConflict(make(409, 'Conflict'))).toBe(true);
    expect(isConflict(make(409, 'AlreadyExists'))).toBe(false);
    expect(isAlreadyExists(make(409, 'AlreadyExists'))).toBe(true);
  });

  it('falls back to the code when the reason is unknown', () => {
    expect(isNotFound(make(404, 'Whatever'))).toBe(true);
    expect(isExpired(make(410, 'Gone'))).toBe(true);
    expect(isExpired(make(410, 'Expired'))).toBe(true);
    expect(isNotFound(new Error('404'))).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('12')).toBe(12);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
