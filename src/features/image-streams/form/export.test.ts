import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupClusterServer } from '../../../../mocks/node';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest, setApiBaseUrl } from '../../../lib/k8s/request';
import { TEST_ORIGIN } from '../../../lib/k8s/test-helpers';
import type { ImageStream } from '../api/schemas';
import { shellQuote, toOcCommands } from './export-oc';
import { pythonLiteral, toPython } from './export-python';
import { toYaml, yamlFileName } from './export-yaml';
import { emptyFormValues } from './form-schema';
import type { ImageStreamFormValues } from './form-schema';
import { fromObject } from './from-object';
import { pythonObject } from './python-call';
import { pythonExamples } from './python-examples';
import { emptyTagValues } from './tag-schema';
import type { TagFormValues } from './tag-schema';
import { toObject } from './to-object';

const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
const example = (name: string) => toObject(fromObject(pythonObject(pythonExamples[name] ?? '')));
const tag = (overrides: Partial<TagFormValues>): TagFormValues => ({ ...emptyTagValues('latest'), ...overrides });
const form = (overrides: Partial<ImageStreamFormValues>): ImageStreamFormValues => ({ ...emptyFormValues('demo'), name: 'app', ...overrides });

describe('YAML', () => {
  it('prints the object the way oc get -o yaml does', () => {
    expect(toYaml(example('externalImage'))).toBe(`apiVersion: image.openshift.io/v1
kind: ImageStream
metadata:
  name: nginx
  namespace: default
spec:
  lookupPolicy:
    local: true
  tags:
  - name: latest
    annotations: null
    from:
      kind: DockerImage
      name: docker.io/library/nginx:latest
    importPolicy:
      scheduled: true
      importMode: Legacy
    referencePolicy:
      type: Local
`);
    expect(yamlFileName('nginx')).toBe('nginx.imagestream.yaml');
    expect(yamlFileName('')).toBe('imagestream.yaml');
  });
});

describe('Python', () => {
  it('writes the external image example as the reference does, minus its comments', () => {
    expect(toPython(example('externalImage'))).toBe(`from ocp_resources.image_stream import ImageStream

image_stream = ImageStream(
    name="nginx",
    namespace="default",
    lookup_policy=True,
    tags=[
        {
            "name": "latest",
            "from": {
                "kind": "DockerImage",
                "name": "docker.io/library/nginx:latest"
            },
            "importPolicy": {
                "scheduled": True
            },
            "referencePolicy": {
                "type": "Local"
            }
        }
    ]
)
image_stream.deploy()
`);
  });

  it('passes labels and annotations as label= and annotations=, and leaves out defaults', () => {
    const values = form({
      labels: [{ key: 'app', value: 'web' }],
      annotations: [{ key: 'note', value: 'say "hi"\nbye' }],
      tags: [tag({ sourceKind: 'DockerImage', sourceName: 'nginx', reference: true, insecure: true, importMode: 'PreserveOriginal' })],
    });
    expect(toPython(toObject(values))).toBe(`from ocp_resources.image_stream import ImageStream

image_stream = ImageStream(
    name="app",
    namespace="demo",
    tags=[
        {
            "name": "latest",
            "from": {
                "kind": "DockerImage",
                "name": "nginx"
            },
            "reference": True,
            "importPolicy": {
                "insecure": True,
                "importMode": "PreserveOriginal"
            }
        }
    ],
    label={
        "app": "web"
    },
    annotations={
        "note": "say \\"hi\\"\\nbye"
    }
)
image_stream.deploy()
`);
  });

  it.each([
    [null, 'None'],
    [false, 'False'],
    [[], '[]'],
    [{}, '{}'],
    [1.5, '1.5'],
    ['ü', '"ü"'],
  ])('literal %j -> %s', (value, expected) => expect(pythonLiteral(value)).toBe(expected));
});

describe('oc commands', () => {
  it('quotes for the shell only what needs it', () => {
    expect(shellQuote('quay.io/org/app:v1')).toBe('quay.io/org/app:v1');
    expect(shellQuote('a=b c')).toBe("'a=b c'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('$(rm -rf ~)')).toBe("'$(rm -rf ~)'");
  });

  it('builds the multiple tags example with oc tag, tracking latest with --alias', () => {
    expect(toOcCommands(example('multipleTags'))).toBe(`oc create imagestream python-app -n default
oc set image-lookup python-app --enabled -n default
oc tag registry.access.redhat.com/ubi8/python-39:latest python-app:3.9 --source=docker -n default
oc tag registry.access.redhat.com/ubi9/python-311:latest python-app:3.11 --source=docker -n default
oc tag python-app:3.11 python-app:latest --source=istag --alias -n default
`);
  });

  it('covers every flag, labels, annotations, cross-namespace sources and tags oc tag cannot express', () => {
    const values = form({
      lookupLocal: false,
      labels: [{ key: 'app', value: 'web' }, { key: 'tier', value: 'front' }],
      annotations: [{ key: 'openshift.io/display-name', value: "Bob's app" }],
      tags: [
        tag({ name: 'v1', sourceKind: 'DockerImage', sourceName: 'quay.io/org/app:v1', scheduled: true, insecure: true, reference: true, referencePolicy: 'Local', importMode: 'PreserveOriginal', description: 'First' }),
        tag({ name: 'pinned', sourceKind: 'ImageStreamImage', sourceName: `base@${digest}`, sourceNamespace: 'ci' }),
        tag({ name: 'own', sourceKind: 'ImageStreamImage', sourceName: digest }),
        tag({ name: 'same', sourceKind: 'ImageStreamTag', sourceName: 'v1' }),
        tag({ name: 'other', sourceKind: 'ImageStreamTag', sourceName: 'ruby:3.1', sourceNamespace: 'openshift' }),
        tag({ name: 'built' }),
      ],
    });
    const lines = toOcCommands(toObject(values)).split('\n');
    expect(lines).toEqual([
      'oc create imagestream app -n demo',
      'oc label imagestream/app app=web tier=front -n demo',
      "oc annotate imagestream/app 'openshift.io/display-name=Bob'\\''s app' -n demo",
      'oc tag quay.io/org/app:v1 app:v1 --source=docker --scheduled --insecure --reference --reference-policy=local --import-mode=PreserveOriginal -n demo',
      `oc tag ci/base@${digest} app:pinned --source=isimage -n demo`,
      `oc tag app@${digest} app:own --source=isimage -n demo`,
      'oc tag app:v1 app:same --source=istag --alias -n demo',
      '# oc tag --alias tracks only tags of the same stream, so tag "other" is added directly',
      '# tag "built" has no source: builds or pushes fill it',
      `oc patch imagestream/app --type=json -p '${JSON.stringify([
        { op: 'add', path: '/spec/tags/-', value: { name: 'other', annotations: null, from: { kind: 'ImageStreamTag', name: 'ruby:3.1', namespace: 'openshift' }, importPolicy: { importMode: 'Legacy' }, referencePolicy: { type: 'Source' } } },
        { op: 'add', path: '/spec/tags/-', value: { name: 'built', annotations: null, importPolicy: { importMode: 'Legacy' }, referencePolicy: { type: 'Source' } } },
      ])}' -n demo`,
      // Sorted: built, other, own, pinned, same, v1.
      `oc patch imagestream/app --type=json -p '${JSON.stringify([
        { op: 'test', path: '/spec/tags/5/name', value: 'v1' },
        { op: 'add', path: '/spec/tags/5/annotations', value: { description: 'First' } },
      ])}' -n demo`,
      '',
    ]);
  });
});

describe('the patches, applied to the embedded cluster', () => {
  const { server, cluster } = setupClusterServer();
  beforeAll(() => {
    setApiBaseUrl(TEST_ORIGIN);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => cluster.reset());
  afterAll(() => {
    cluster.stop();
    server.close();
  });
  const path = (name?: string) => resourcePath({ group: 'image.openshift.io', version: 'v1', resource: 'imagestreams', namespace: 'demo', name });
  const patches = (commands: string) =>
    commands.split('\n').filter((l) => l.startsWith('oc patch')).map((l) => JSON.parse(/-p '([^']*)'/.exec(l)?.[1] ?? '[]') as unknown[]);

  it('adds tags without a source to a new stream, and annotates tags added by oc tag', async () => {
    const values = form({ tags: [tag({ name: 'built', description: 'Built here' }), tag({ name: 'v1', sourceKind: 'DockerImage', sourceName: 'quay.io/example/app:latest', description: 'Tagged' })] });
    const commands = toOcCommands(toObject(values));
    const [addTags, annotate] = patches(commands);
    // oc create imagestream, then what oc tag leaves behind for v1.
    await k8sRequest(path(), { method: 'POST', body: { apiVersion: 'image.openshift.io/v1', kind: 'ImageStream', metadata: { name: 'app' } } });
    await k8sRequest(path('app'), { method: 'PATCH', patchType: 'json', body: [{ op: 'add', path: '/spec/tags', value: [{ name: 'v1', from: { kind: 'DockerImage', name: 'quay.io/example/app:latest' } }] }] });
    await k8sRequest(path('app'), { method: 'PATCH', patchType: 'json', body: addTags });
    await k8sRequest(path('app'), { method: 'PATCH', patchType: 'json', body: annotate });
    const stream = await k8sRequest<ImageStream>(path('app'));
    expect(stream.spec.tags?.map((t) => [t.name, t.annotations])).toEqual([
      ['built', { description: 'Built here' }],
      ['v1', { description: 'Tagged' }],
    ]);
  });

  it('adds the tags of a stream that has no oc tag at all in one patch', async () => {
    const commands = toOcCommands(example('buildOutput'));
    await k8sRequest(path(), { method: 'POST', body: { metadata: { name: 'build-out' } } });
    for (const body of patches(commands)) await k8sRequest(path('build-out'), { method: 'PATCH', patchType: 'json', body });
    const stream = await k8sRequest<ImageStream>(path('build-out'));
    expect(stream.spec.tags).toMatchObject([{ name: 'latest', annotations: { description: 'Latest build of my application' } }]);
  });
});
