import { describe, expect, it } from 'vitest';
import ciPipeline from '../../../../mocks/fixtures/ci-pipeline-stream.json';
import rubySamples from '../../../../mocks/fixtures/ruby-samples-stream.json';
import { emptyFormValues } from './form-schema';
import type { ImageStreamFormValues } from './form-schema';
import { fromObject } from './from-object';
import { emptyTagValues } from './tag-schema';
import type { TagFormValues } from './tag-schema';
import { toObject } from './to-object';

const tag = (overrides: Partial<TagFormValues>): TagFormValues => ({ ...emptyTagValues('latest'), ...overrides });
const form = (overrides: Partial<ImageStreamFormValues>): ImageStreamFormValues => ({ ...emptyFormValues('demo'), name: 'app', ...overrides });

const loaded = {
  apiVersion: 'image.openshift.io/v1',
  kind: 'ImageStream',
  metadata: {
    name: 'app',
    namespace: 'demo',
    uid: 'u-1',
    resourceVersion: '42',
    generation: 3,
    creationTimestamp: '2024-01-01T00:00:00Z',
    finalizers: ['example.com/keep'],
    managedFields: [{ manager: 'oc' }],
    labels: { app: 'web' },
    annotations: { 'openshift.io/display-name': 'App' },
  },
  spec: {
    lookupPolicy: { local: false },
    dockerImageRepository: 'quay.io/legacy/app',
    futureField: { x: 1 },
    tags: [
      {
        name: 'latest',
        annotations: null,
        from: { kind: 'DockerImage', name: 'quay.io/org/app:latest', uid: 'keep-me' },
        generation: 2,
        importPolicy: { importMode: 'Legacy', insecure: false, futureFlag: true },
        referencePolicy: { type: 'Source' },
        futureTagField: 'kept',
      },
      { name: 'old', annotations: null, from: { kind: 'DockerImage', name: 'quay.io/org/app:old' }, generation: 1, importPolicy: {}, referencePolicy: { type: 'Source' } },
    ],
  },
  status: { dockerImageRepository: 'image-registry.openshift-image-registry.svc:5000/demo/app', tags: [] },
};

describe('toObject', () => {
  it('builds a new stream with explicit policies, null tag annotations and no empty maps', () => {
    const values = form({ tags: [tag({}), tag({ name: 'ext', sourceKind: 'ImageStreamTag', sourceName: 'base:1', sourceNamespace: 'ci' })] });
    expect(toObject(values)).toEqual({
      apiVersion: 'image.openshift.io/v1',
      kind: 'ImageStream',
      metadata: { name: 'app', namespace: 'demo' },
      spec: {
        lookupPolicy: { local: false },
        tags: [
          { name: 'latest', annotations: null, importPolicy: { importMode: 'Legacy' }, referencePolicy: { type: 'Source' } },
          {
            name: 'ext',
            annotations: null,
            from: { kind: 'ImageStreamTag', name: 'base:1', namespace: 'ci' },
            importPolicy: { importMode: 'Legacy' },
            referencePolicy: { type: 'Source' },
          },
        ],
      },
    });
  });

  it('skips blank rows, puts the tag annotation fields first, and drops a namespace a DockerImage source cannot have', () => {
    const values = form({
      labels: [{ key: '', value: '' }, { key: 'a', value: '1' }],
      annotations: [{ key: '', value: '' }],
      tags: [
        tag({
          sourceKind: 'DockerImage',
          sourceName: 'nginx',
          sourceNamespace: 'left-over',
          scheduled: true,
          insecure: true,
          reference: true,
          importMode: 'PreserveOriginal',
          referencePolicy: 'Local',
          description: 'd',
          supports: 's',
          annotations: [{ key: 'iconClass', value: 'icon' }, { key: '', value: '' }],
        }),
      ],
    });
    const object = toObject(values);
    expect(object.metadata).toEqual({ name: 'app', namespace: 'demo', labels: { a: '1' } });
    expect(object.spec.tags).toEqual([
      {
        name: 'latest',
        annotations: { description: 'd', supports: 's', iconClass: 'icon' },
        from: { kind: 'DockerImage', name: 'nginx' },
        reference: true,
        importPolicy: { insecure: true, scheduled: true, importMode: 'PreserveOriginal' },
        referencePolicy: { type: 'Local' },
      },
    ]);
  });

  it('keeps everything the form does not model when editing, and never sends status', () => {
    const values = fromObject(loaded);
    const sent = toObject(values, loaded);
    const { status: _status, ...withoutStatus } = loaded;
    expect(sent).toEqual({
      ...withoutStatus,
      spec: {
        ...loaded.spec,
        tags: [loaded.spec.tags[0], { ...loaded.spec.tags[1], importPolicy: { importMode: 'Legacy' } }],
      },
    });
    expect(sent.metadata.resourceVersion).toBe('42');
  });

  it('applies the edits over the base: removed maps, changed sources, renamed and new tags', () => {
    const values = fromObject(loaded);
    values.labels = [];
    values.annotations.push({ key: 'note', value: 'x' });
    values.lookupLocal = true;
    const [latest, old] = values.tags as [TagFormValues, TagFormValues];
    values.tags = [
      { ...latest, sourceKind: 'ImageStreamTag', sourceName: 'old', scheduled: false },
      { ...old, name: 'renamed' },
      tag({ name: 'new', description: 'fresh' }),
    ];
    const sent = toObject(values, loaded);
    expect(sent.metadata).not.toHaveProperty('labels');
    expect(sent.metadata.annotations).toEqual({ 'openshift.io/display-name': 'App', note: 'x' });
    expect(sent.spec.lookupPolicy).toEqual({ local: true });
    expect(sent.spec.tags).toEqual([
      {
        name: 'latest',
        annotations: null,
        // A source of another kind starts afresh: the old reference's extra fields belonged to the old image.
        from: { kind: 'ImageStreamTag', name: 'old' },
        generation: 2,
        importPolicy: { importMode: 'Legacy', insecure: false, futureFlag: true },
        referencePolicy: { type: 'Source' },
        futureTagField: 'kept',
      },
      { name: 'renamed', annotations: null, from: { kind: 'DockerImage', name: 'quay.io/org/app:old' }, importPolicy: { importMode: 'Legacy' }, referencePolicy: { type: 'Source' } },
      { name: 'new', annotations: { description: 'fresh' }, importPolicy: { importMode: 'Legacy' }, referencePolicy: { type: 'Source' } },
    ]);
  });

  it.each([
    ['the Ruby builder stream OpenShift ships', rubySamples],
    ['a CI cluster dump with status', ciPipeline],
  ])('round-trips %s through the form unchanged, apart from explicit import modes', (_name, fixture) => {
    const sent = toObject(fromObject(fixture), fixture);
    const { status: _status, ...expected } = fixture as typeof fixture & { status?: unknown };
    const withModes = {
      ...expected,
      spec: { ...expected.spec, tags: expected.spec.tags.map((t) => ({ ...t, importPolicy: { ...t.importPolicy, importMode: 'Legacy' } })) },
    };
    expect(sent).toEqual(withModes);
  });
});

describe('fromObject', () => {
  it('fills a default for everything missing or mistyped', () => {
    expect(fromObject(undefined)).toEqual(emptyFormValues());
    expect(fromObject({ metadata: { name: 7, labels: ['x'] }, spec: { tags: [{}, null, { from: { kind: 'Weird', name: 'x' } }] } })).toEqual({
      ...emptyFormValues(),
      name: '7',
      tags: [emptyTagValues(), emptyTagValues(), emptyTagValues()],
    });
  });

  it('splits tag annotations into their fields and rows', () => {
    const values = fromObject(rubySamples);
    expect(values.tags[0]).toMatchObject({
      name: '3.0-ubi7',
      description: expect.stringContaining('Ruby 3.0') as unknown,
      version: '3.0',
      supports: '',
      referencePolicy: 'Local',
      annotations: [
        { key: 'iconClass', value: 'icon-ruby' },
        { key: 'openshift.io/display-name', value: 'Ruby 3.0 (UBI 7)' },
        { key: 'openshift.io/provider-display-name', value: 'Red Hat, Inc.' },
        { key: 'sampleRepo', value: 'https://github.com/sclorg/ruby-ex.git' },
        { key: 'tags', value: 'builder,ruby' },
      ],
    });
  });
});
