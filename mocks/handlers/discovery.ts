// Discovery documents kubectl and the Python dynamic client need before they make any other call.
import type { HttpHandler } from 'msw';
import { HttpResponse } from 'msw';
import type { Cluster } from '../cluster/cluster';
import { json, route } from './route';

// Only the verbs this cluster serves (the real server also has deletecollection and istag patch).
const IMAGE_RESOURCES = [
  { name: 'imagestreams', singularName: 'imagestream', namespaced: true, kind: 'ImageStream', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['is'], categories: ['all'] },
  { name: 'imagestreamimports', singularName: 'imagestreamimport', namespaced: true, kind: 'ImageStreamImport', verbs: ['create'] },
  { name: 'imagestreamtags', singularName: 'imagestreamtag', namespaced: true, kind: 'ImageStreamTag', verbs: ['create', 'delete', 'get', 'list', 'update'], shortNames: ['istag'] },
  { name: 'imagestreamimages', singularName: 'imagestreamimage', namespaced: true, kind: 'ImageStreamImage', verbs: ['get'], shortNames: ['isimage'] },
];

const group = (name: string) => ({
  name,
  versions: [{ groupVersion: `${name}/v1`, version: 'v1' }],
  preferredVersion: { groupVersion: `${name}/v1`, version: 'v1' },
});

/** The smallest valid protobuf openapi_v2.Document (swagger "2.0", no definitions): kubectl then skips schema validation. */
const OPENAPI_V2 = new Uint8Array([0x0a, 0x03, 0x32, 0x2e, 0x30]);

export function discoveryHandlers(cluster: Cluster): HttpHandler[] {
  return [
    route(cluster, 'get', '*/version', () =>
      json({ major: '1', minor: '32', gitVersion: 'v1.32.4+embedded', gitCommit: 'embedded', gitTreeState: 'clean', buildDate: '2026-11-01T00:00:00Z', goVersion: 'go1.23', compiler: 'gc', platform: 'linux/amd64' }),
    ),
    route(cluster, 'get', '*/api', () =>
      json({ kind: 'APIVersions', apiVersion: 'v1', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:8001' }] }),
    ),
    route(cluster, 'get', '*/api/v1', () =>
      json({
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: 'v1',
        resources: [{ name: 'namespaces', singularName: 'namespace', namespaced: false, kind: 'Namespace', verbs: ['get', 'list'], shortNames: ['ns'] }],
      }),
    ),
    route(cluster, 'get', '*/apis', () => json({ kind: 'APIGroupList', apiVersion: 'v1', groups: [group('image.openshift.io'), group('authorization.k8s.io')] })),
    route(cluster, 'get', '*/apis/image.openshift.io', () => json({ kind: 'APIGroup', apiVersion: 'v1', ...group('image.openshift.io') })),
    route(cluster, 'get', '*/apis/image.openshift.io/v1', () =>
      json({ kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'image.openshift.io/v1', resources: IMAGE_RESOURCES }),
    ),
    route(cluster, 'get', '*/apis/authorization.k8s.io/v1', () =>
      json({
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: 'authorization.k8s.io/v1',
        resources: [{ name: 'selfsubjectaccessreviews', singularName: 'selfsubjectaccessreview', namespaced: false, kind: 'SelfSubjectAccessReview', verbs: ['create'] }],
      }),
    ),
    route(cluster, 'get', '*/openapi/v2', () => new HttpResponse(OPENAPI_V2, { headers: { 'Content-Type': 'application/octet-stream' } })),
  ];
}
