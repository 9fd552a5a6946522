// One wrapper for every API handler: applies the fault switches, turns StatusErrors into Status
// responses, and hands the resolver the parsed query. Handlers stay small and domain-shaped.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Cluster } from '../cluster/cluster';
import type { FaultRule } from '../cluster/faults';
import { StatusError, badRequest } from '../cluster/status-error';

export interface RouteContext {
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  faults: FaultRule[];
  cluster: Cluster;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Resolver = (ctx: RouteContext) => Response | Promise<Response>;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers: { 'Cache-Control': 'no-cache, private', ...headers } });

export function statusResponse(error: StatusError): Response {
  const retry = error.details?.retryAfterSeconds;
  return json(error.toStatus(), error.code, retry ? { 'Retry-After': String(retry) } : {});
}

/** Kubernetes query booleans: any value except 0, f, false, n, no (any case) is true. */
export function isTrue(value: string | null): boolean {
  return value !== null && !/^(0|f|false|n|no)$/i.test(value);
}

export function dryRunOf(query: URLSearchParams): boolean {
  const values = query.getAll('dryRun');
  if (values.length === 0) return false;
  if (values.some((v) => v !== 'All')) throw badRequest(`Invalid dry run value: ${JSON.stringify(values.find((v) => v !== 'All'))}, supported values: "All"`);
  return true;
}

export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw badRequest(`the body of the request could not be decoded: ${(e as Error).message}`);
  }
}

function faultResponse(rule: FaultRule): Response | undefined {
  if (rule.network) return HttpResponse.error();
  if (!rule.status) return undefined;
  const reasons: Record<number, string> = { 429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable', 504: 'Timeout', 403: 'Forbidden', 401: 'Unauthorized', 404: 'NotFound', 409: 'Conflict' };
  const message = rule.message ?? (rule.status === 429 ? 'the server has received too many requests and has asked us to try again later' : rule.status === 503 ? 'the server is currently unable to handle the request' : 'an error on the server ("injected fault") has prevented the request from succeeding');
  const retry = rule.retryAfterSeconds;
  return statusResponse(new StatusError(rule.status, reasons[rule.status] ?? 'InternalError', message, retry ? { retryAfterSeconds: retry } : undefined));
}

export function route(cluster: Cluster, method: Method, path: string, resolver: Resolver): HttpHandler {
  return http[method](path, async ({ request, params }) => {
    const url = new URL(request.url);
    const faults = url.pathname.startsWith('/__cluster/') ? [] : cluster.faults.match({ method: request.method, path: url.pathname, watch: isTrue(url.searchParams.get('watch')) });
    const latency = Math.max(0, ...faults.map((f) => f.latencyMs ?? 0));
    if (latency > 0) await delay(latency);
    for (const rule of faults) {
      const response = faultResponse(rule);
      if (response) return response;
    }
    const decoded: Record<string, string> = {};
    for (const [key, value] of Object.entries(params)) if (typeof value === 'string') decoded[key] = decodeURIComponent(value);
    try {
      return await resolver({ request, params: decoded, query: url.searchParams, faults, cluster });
    } catch (error) {
      if (error instanceof StatusError) return statusResponse(error);
      const message = error instanceof Error ? error.message : String(error);
      return statusResponse(new StatusError(500, 'InternalError', `Internal error occurred: ${message}`));
    }
  });
}
