// Fault switches of the embedded cluster, and a log of the requests the page sends, for the faults specs.
import type { APIRequestContext, Locator, Page, Request, Route } from '@playwright/test';
import { expect } from './fixtures';
import type { FaultRule } from '../mocks/cluster/faults';

export const API = '/apis/image.openshift.io/v1';
export const STREAMS = `${API}/namespaces/demo/imagestreams`;
/** The list read of demo (not its watch, not a single stream). */
export const LIST_PATH = '/namespaces/demo/imagestreams$';

// The table renders only the rows in view: check the first one, and give new streams names that sort first.
export const FIRST_ROW = 'api-server';
export const streamLink = (page: Page, name: string) => page.getByRole('grid', { name: 'ImageStreams' }).getByRole('link', { name, exact: true });

/** The live indicator in one of its states. */
export const live = (page: Page, status: string) => page.getByRole('status', { name: `Live updates: ${status}` });

/** The demo list, loaded and live, marked so that a reload would show (see neverReloaded). */
export async function openDemoList(page: Page) {
  await page.goto('./#/ns/demo/imagestreams');
  await expect(streamLink(page, FIRST_ROW)).toBeVisible();
  await expect(live(page, 'live')).toHaveText('Live');
  await page.evaluate(() => Object.assign(window, { e2eNoReload: true }));
}

export const neverReloaded = async (page: Page) => expect(await page.evaluate(() => 'e2eNoReload' in window)).toBe(true);

/** The bar: back within 2 s of the server recovering (measured from the fault's end). */
export async function visibleWithin2s(locator: Locator) {
  await expect(locator).toBeVisible({ timeout: 2_000 });
}

export type { FaultRule };

export async function setFaults(request: APIRequestContext, rules: FaultRule[]) {
  const response = await request.post('/__cluster/faults', { data: rules });
  expect(response.ok(), `POST /__cluster/faults answered ${response.status()}`).toBe(true);
}

export async function clearFaults(request: APIRequestContext) {
  const response = await request.delete('/__cluster/faults');
  expect(response.ok()).toBe(true);
}

export async function dropWatches(request: APIRequestContext) {
  expect((await request.post('/__cluster/watches/drop')).ok()).toBe(true);
}

export const newStream = (name: string) => ({
  apiVersion: 'image.openshift.io/v1',
  kind: 'ImageStream',
  metadata: { name },
  spec: { tags: [{ name: 'latest', from: { kind: 'DockerImage', name: 'quay.io/example/app:latest' } }] },
});

/** Creates a stream in demo behind the page's back, as another client does. */
export async function createElsewhere(request: APIRequestContext, name: string) {
  const created = await request.post(STREAMS, { data: newStream(name) });
  expect(created.status(), `POST ${name} answered ${created.status()}`).toBe(201);
}

const API_ROUTES = ['**/api/**', '**/apis/**'];

/**
 * From now on the page's API requests (those `only` picks; all by default) are refused at the
 * connection, as when the proxy is gone: the browser's own net::ERR_CONNECTION_REFUSED, not an answer
 * from the server. Returns the function that brings the proxy back for new requests.
 */
export async function refuseConnections(page: Page, only: (request: Request) => boolean = () => true) {
  const refuse = (route: Route) => (only(route.request()) ? route.abort('connectionrefused') : route.fallback());
  for (const pattern of API_ROUTES) await page.route(pattern, refuse);
  return async () => {
    for (const pattern of API_ROUTES) await page.unroute(pattern, refuse);
  };
}

export const isWatch = (request: Request) => new URL(request.url()).searchParams.has('watch');

export interface SentRequest {
  method: string;
  path: string;
  watch: boolean;
  at: number;
}

/** Every API request the page sends from now on (the browser's own record, failures included). */
export function recordRequests(page: Page) {
  const sent: SentRequest[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api')) return;
    sent.push({ method: request.method(), path: url.pathname, watch: url.searchParams.has('watch'), at: Date.now() });
  });
  return {
    /** Non-watch requests with this method whose path matches. */
    sent: (method: string, path: RegExp) => sent.filter((r) => r.method === method && !r.watch && path.test(r.path)),
    /** Watch requests whose path matches. */
    watches: (path: RegExp) => sent.filter((r) => r.watch && path.test(r.path)),
  };
}

/**
 * Chromium logs each failed request as a console error; this matches the ones the faults provoke.
 * One pattern: Playwright would read a second array element as fixture options.
 */
export const FAULT_CONSOLE_ERRORS = [
  /Failed to load resource: (the server responded with a status of (429|500|503)|net::ERR_(EMPTY_RESPONSE|CONNECTION_REFUSED|CONNECTION_RESET))/,
];
