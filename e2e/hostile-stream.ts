// A stream whose every string a user sees is hostile: markup, script URLs, template injections,
// bidi overrides and very long values. Each script payload would set window.__pwned if it ever ran.
import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';

export const PAYLOAD = {
  img: '<img src=x onerror="window.__pwned=1;alert(1)">',
  script: '<script>window.__pwned=2;alert(2)</script>',
  jsUrl: 'javascript:window.__pwned=3;alert(3)',
  svg: '"><svg onload="window.__pwned=4;alert(4)">',
  template: "{{constructor.constructor('window.__pwned=5;alert(5)')()}}",
  rtl: '\u202Egnp.exe\u202C שלום مرحبا ｗｉｄｅ 🙂',
  long: 'long-'.repeat(2000),
  // A real web address may be a link; its markup must still only be part of the address.
  webUrl: 'https://example.com/"><img/src=x/onerror=alert(6)>',
} as const;

export const HOSTILE_TAG = '<img src=x onerror="window.__pwned=7;alert(7)">';
export const NAMESPACE = 'demo';
export const STREAM = 'hostile';

const digest = (hex: string) => `sha256:${hex.repeat(64)}`;
export const LATEST_DIGEST = digest('a');
const created = '2026-01-02T03:04:05Z';

const hostileStream = {
  kind: 'ImageStream',
  apiVersion: 'image.openshift.io/v1',
  metadata: {
    name: STREAM,
    namespace: NAMESPACE,
    creationTimestamp: '2026-01-01T00:00:00Z',
    generation: 2,
    labels: { app: PAYLOAD.script, 'hostile.example.com/img': PAYLOAD.img, svg: PAYLOAD.svg, rtl: PAYLOAD.rtl },
    annotations: {
      'hostile.example.com/img': PAYLOAD.img,
      'hostile.example.com/script': PAYLOAD.script,
      'openshift.io/website': PAYLOAD.jsUrl,
      'hostile.example.com/svg': PAYLOAD.svg,
      'hostile.example.com/template': PAYLOAD.template,
      'hostile.example.com/rtl': PAYLOAD.rtl,
      'hostile.example.com/long': PAYLOAD.long,
      'app.openshift.io/vcs-uri': PAYLOAD.webUrl,
    },
  },
  spec: {
    lookupPolicy: { local: true },
    tags: [
      {
        name: 'latest',
        annotations: { description: PAYLOAD.svg, 'openshift.io/display-name': PAYLOAD.img, website: PAYLOAD.jsUrl, sampleRepo: 'https://github.com/sclorg/ruby-ex.git' },
        from: { kind: 'DockerImage', name: 'quay.io/acme/hostile:latest' },
        generation: 2,
        importPolicy: { importMode: 'Legacy' },
        referencePolicy: { type: 'Source' },
      },
      {
        name: 'broken',
        annotations: null,
        from: { kind: 'DockerImage', name: 'quay.io/acme/broken:1' },
        generation: 2,
        importPolicy: {},
        referencePolicy: { type: 'Source' },
      },
      {
        name: HOSTILE_TAG,
        annotations: { 'openshift.io/display-name': PAYLOAD.template },
        from: { kind: 'ImageStreamTag', namespace: PAYLOAD.jsUrl, name: `${PAYLOAD.svg}:v1` },
        generation: 2,
        importPolicy: {},
        referencePolicy: { type: 'Local' },
      },
    ],
  },
  status: {
    dockerImageRepository: `image-registry.openshift-image-registry.svc:5000/${PAYLOAD.script}`,
    publicDockerImageRepository: PAYLOAD.jsUrl,
    tags: [
      {
        tag: 'latest',
        items: [
          { created, dockerImageReference: `${PAYLOAD.img}@${LATEST_DIGEST}`, image: LATEST_DIGEST, generation: 2 },
          { created: '2026-01-01T00:00:00Z', dockerImageReference: PAYLOAD.template, image: digest('b'), generation: 1 },
        ],
      },
      {
        tag: 'broken',
        items: null,
        conditions: [
          {
            type: 'ImportSuccess',
            status: 'False',
            lastTransitionTime: created,
            reason: PAYLOAD.script,
            message: `${PAYLOAD.img} ${PAYLOAD.template} ${PAYLOAD.rtl}`,
            generation: 2,
          },
        ],
      },
      { tag: 'pushed', items: [{ created, dockerImageReference: PAYLOAD.svg, image: digest('c'), generation: 1 }] },
      { tag: HOSTILE_TAG, items: [{ created, dockerImageReference: PAYLOAD.rtl, image: digest('d'), generation: 2 }] },
    ],
  },
};

/** A second stream whose name itself is hostile: only the list shows it. */
const hostileName = {
  kind: 'ImageStream',
  apiVersion: 'image.openshift.io/v1',
  metadata: { name: PAYLOAD.svg, namespace: NAMESPACE, creationTimestamp: '2026-01-01T00:00:00Z', generation: 1 },
  spec: { lookupPolicy: { local: false }, tags: [] },
  status: { dockerImageRepository: PAYLOAD.img, tags: [] },
};

/**
 * Stores both streams as they are, past the API's validation (labels like these would be refused):
 * the dashboard must stay safe whatever a server, controller or backup hands it.
 */
export async function seedHostileStreams(request: APIRequestContext) {
  for (const stream of [hostileStream, hostileName]) {
    const response = await request.post('/__cluster/store', { data: stream });
    expect(response.ok(), `POST /__cluster/store answered ${response.status()}`).toBe(true);
  }
}
