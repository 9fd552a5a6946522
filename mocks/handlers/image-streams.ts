// imagestreams: list (one namespace or all), watch, get, create, update, patch, delete.
import type { HttpHandler } from 'msw';
import type { Cluster } from '../cluster/cluster';
import type { DeleteOptions } from '../cluster/deletion';
import type { PatchType } from '../cluster/image-streams';
import { StatusError, badRequest } from '../cluster/status-error';
import { toTable, wantsTable } from '../cluster/table';
import { dryRunOf, isTrue, json, readJson, route, type RouteContext } from './route';
import { watchResponse } from './watch-stream';

const BASE = '*/apis/image.openshift.io/v1';
const PATCH_TYPES: Record<string, PatchType> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/strategic-merge-patch+json': 'strategic',
};

function listOrWatch({ cluster, query, request, faults, params }: RouteContext): Response {
  const namespace = params.namespace;
  const asTable = wantsTable(request.headers.get('Accept'));
  if (isTrue(query.get('watch'))) {
    const drop = faults.find((f) => f.dropWatchAfterMs !== undefined)?.dropWatchAfterMs;
    return watchResponse(
      cluster,
      {
        namespace,
        resourceVersion: query.get('resourceVersion'),
        labelSelector: query.get('labelSelector'),
        fieldSelector: query.get('fieldSelector'),
        allowWatchBookmarks: isTrue(query.get('allowWatchBookmarks')),
        timeoutSeconds: Number(query.get('timeoutSeconds') ?? 0) || undefined,
        forceExpired: faults.some((f) => f.expire),
      },
      { asTable, dropAfterMs: drop, signal: request.signal },
    );
  }
  const continueToken = query.get('continue');
  if (continueToken && faults.some((f) => f.expire))
    throw new StatusError(410, 'Expired', 'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.');
  const limit = Number(query.get('limit') ?? 0);
  if (!Number.isFinite(limit) || limit < 0) throw badRequest(`limit: Invalid value: ${JSON.stringify(query.get('limit'))}`);
  const result = cluster.listImageStreams(namespace, {
    labelSelector: query.get('labelSelector'),
    fieldSelector: query.get('fieldSelector'),
    limit,
    continueToken,
  });
  const meta = {
    resourceVersion: result.resourceVersion,
    ...(result.continueToken ? { continue: result.continueToken, remainingItemCount: result.remainingItemCount } : {}),
  };
  if (asTable) return json(toTable(result.items, cluster.clock.now(), meta));
  return json({ kind: 'ImageStreamList', apiVersion: 'image.openshift.io/v1', metadata: meta, items: result.items });
}

function deleteOptions(body: unknown, query: URLSearchParams): DeleteOptions {
  const options = (body ?? {}) as { propagationPolicy?: string; preconditions?: DeleteOptions['preconditions']; dryRun?: string[] };
  const policy = query.get('propagationPolicy') ?? options.propagationPolicy;
  if (policy && !['Foreground', 'Background', 'Orphan'].includes(policy))
    throw badRequest(`propagationPolicy: Unsupported value: ${JSON.stringify(policy)}: supported values: "Foreground", "Background", "Orphan"`);
  return {
    propagationPolicy: policy as DeleteOptions['propagationPolicy'],
    preconditions: options.preconditions,
    dryRun: dryRunOf(query) || Boolean(options.dryRun?.includes('All')),
  };
}

export function imageStreamHandlers(cluster: Cluster): HttpHandler[] {
  const named = `${BASE}/namespaces/:namespace/imagestreams/:name`;
  return [
    route(cluster, 'get', `${BASE}/imagestreams`, listOrWatch),
    route(cluster, 'get', `${BASE}/namespaces/:namespace/imagestreams`, listOrWatch),
    route(cluster, 'post', `${BASE}/namespaces/:namespace/imagestreams`, async ({ request, params, query }) =>
      json(cluster.createImageStream(params.namespace ?? '', await readJson(request), { dryRun: dryRunOf(query) }), 201),
    ),
    route(cluster, 'get', named, ({ params, request }) => {
      const stream = cluster.getImageStream(params.namespace ?? '', params.name ?? '');
      if (wantsTable(request.headers.get('Accept'))) return json(toTable([stream], cluster.clock.now(), { resourceVersion: stream.metadata.resourceVersion }));
      return json(stream);
    }),
    route(cluster, 'put', named, async ({ request, params, query }) =>
      json(cluster.updateImageStream(params.namespace ?? '', params.name ?? '', await readJson(request), { dryRun: dryRunOf(query) })),
    ),
    route(cluster, 'patch', named, async ({ request, params, query }) => {
      const contentType = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
      const type = PATCH_TYPES[contentType];
      if (!type) throw new StatusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${Object.keys(PATCH_TYPES).join(', ')}`);
      return json(cluster.patchImageStream(params.namespace ?? '', params.name ?? '', await readJson(request), type, { dryRun: dryRunOf(query) }));
    }),
    route(cluster, 'delete', named, async ({ request, params, query }) =>
      json(cluster.deleteImageStream(params.namespace ?? '', params.name ?? '', deleteOptions(await readJson(request), query))),
    ),
  ];
}
