// imagestreamimports (POST), imagestreamtags (get, list, PUT, DELETE), imagestreamimages (get).
import type { HttpHandler } from 'msw';
import type { Cluster } from '../cluster/cluster';
import { methodNotAllowed } from '../cluster/status-error';
import { dryRunOf, isTrue, json, readJson, route } from './route';

const NS = '*/apis/image.openshift.io/v1/namespaces/:namespace';

export function imageStreamTagHandlers(cluster: Cluster): HttpHandler[] {
  return [
    route(cluster, 'post', `${NS}/imagestreamimports`, async ({ request, params, query }) =>
      json(cluster.createImageStreamImport(params.namespace ?? '', await readJson(request), { dryRun: dryRunOf(query) }), 201),
    ),
    route(cluster, 'get', `${NS}/imagestreamtags`, ({ params, query }) => {
      // imagestreamtags has no watch verb: clients watch the stream and derive its tags.
      if (isTrue(query.get('watch'))) throw methodNotAllowed();
      return json(cluster.listImageStreamTags(params.namespace ?? ''));
    }),
    route(cluster, 'post', `${NS}/imagestreamtags`, async ({ request, params, query }) =>
      json(cluster.createImageStreamTag(params.namespace ?? '', await readJson(request), { dryRun: dryRunOf(query) }), 201),
    ),
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
