// Test controls under /__cluster: reset, fault switches, pushes to the simulated registry, raw writes.
// They are not part of any Kubernetes API; e2e tests use them to set the scene.
import { http, type HttpHandler } from 'msw';
import type { Cluster } from '../cluster/cluster';
import type { FaultRule } from '../cluster/faults';
import type { ImageStream } from '../cluster/types';
import { badRequest } from '../cluster/status-error';
import { json, readJson, route } from './route';

export function controlHandlers(cluster: Cluster): HttpHandler[] {
  return [
    route(cluster, 'post', '*/__cluster/reset', () => {
      cluster.reset();
      return json({ reset: true, resourceVersion: cluster.store.currentRv() });
    }),
    http.get('*/__cluster/faults', () => json(cluster.faults.list())),
    http.post('*/__cluster/faults', async ({ request }) => {
      const body = (await readJson(request)) as FaultRule[] | FaultRule;
      cluster.faults.set(Array.isArray(body) ? body : [body]);
      return json(cluster.faults.list());
    }),
    http.delete('*/__cluster/faults', () => {
      cluster.faults.clear();
      return json([]);
    }),
    route(cluster, 'post', '*/__cluster/registry/push', async ({ request }) => {
      const body = (await readJson(request)) as { image?: string } | undefined;
      if (!body?.image) throw badRequest('body must be {"image": "<pull spec>"}');
      return json({ image: body.image, digest: cluster.push(body.image) });
    }),
    // Stores a stream exactly as given, past validation, defaulting and the import controller: what a
    // newer server, another controller or a restored backup may hold. The UI must show even that safely.
    route(cluster, 'post', '*/__cluster/store', async ({ request }) => {
      const body = (await readJson(request)) as ImageStream | undefined;
      const { namespace, name } = body?.metadata ?? {};
      if (!body || !namespace || !name) throw badRequest('body must be an ImageStream with metadata.namespace and metadata.name');
      const existing = cluster.store.get(namespace, name);
      const uid = existing?.metadata.uid ?? body.metadata.uid ?? cluster.ctx.random.uid();
      return json(cluster.store.write(existing ? 'MODIFIED' : 'ADDED', { ...body, metadata: { ...body.metadata, uid } }), existing ? 200 : 201);
    }),
    route(cluster, 'post', '*/__cluster/imports/scheduled', () => {
      cluster.runScheduledImports();
      return json({ ran: true });
    }),
    route(cluster, 'post', '*/__cluster/watches/drop', () => json({ dropped: cluster.dropWatches() })),
    route(cluster, 'post', '*/__cluster/compact', () => {
      cluster.store.compact();
      return json({ compactedAt: cluster.store.currentRv() });
    }),
  ];
}
