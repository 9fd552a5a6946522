import type { HttpHandler } from 'msw';
import type { Cluster } from '../cluster/cluster';
import { json, route } from './route';

export function namespaceHandlers(cluster: Cluster): HttpHandler[] {
  return [
    route(cluster, 'get', '*/api/v1/namespaces', () =>
      json({ kind: 'NamespaceList', apiVersion: 'v1', metadata: { resourceVersion: cluster.store.currentRv() }, items: cluster.namespaces.list() }),
    ),
    route(cluster, 'get', '*/api/v1/namespaces/:namespace', ({ params }) => json(cluster.namespaces.get(params.namespace ?? ''))),
  ];
}
