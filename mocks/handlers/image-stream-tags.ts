// imagestreamimports (POST), imagestreamtags (get, list, PUT, DELETE), imagestreamimages (get).
import type { HttpHandler } from 'msw';
import type { Cluster } from '../cluster/cluster';
import { dryRunOf, json, readJson, route } from './route';

const NS = '*/apis/image.openshift.io/v1/namespaces/:namespace';

export function imageStreamTagHandlers(cluster: Cluster): HttpHandler[] {
  return [
    route(cluster, 'post', `${NS}/imagestreamimports`, async ({ request, params, query }) =>
      json(cluster.createImageStreamImport(params.namespace ?? '', await readJson(request), { dryRun: dryRunOf(query) }), 201),
    ),
    route(cluster, 'get', `${NS}/imagestreamtags`, ({ params }) => json(cluster.listImageStreamTags(params.namespace ?? ''))),
    route(cluster, 'get', `${NS}/imagestreamtags/:name`, ({ params }) => json(cluster.getImageStreamTag(params.namespace ?? '', params.name ?? ''))),
    route(cluster, 'put', `${NS}/imagestreamtags/:name`, async ({ request, params, query }) =>
      json(cluster.putImageStreamTag(params.namespace ?? '', params.name ?? '', await readJson(request), { dryRun: dryRunOf(query) })),
    ),
    route(cluster, 'delete', `${NS}/imagestreamtags/:name`, ({ params }) => json(cluster.deleteImageStreamTag(params.namespace ?? '', params.name ?? ''))),
    route(cluster, 'get', `${NS}/imagestreamimages/:name`, ({ params }) => json(cluster.getImageStreamImage(params.namespace ?? '', params.name ?? ''))),
    route(cluster, 'post', '*/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', async ({ request }) =>
      json(cluster.createAccessReview(await readJson(request)), 201),
    ),
  ];
}
