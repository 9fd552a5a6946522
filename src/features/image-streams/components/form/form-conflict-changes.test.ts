import { describe, expect, it } from 'vitest';
import type { ImageStream } from '../../api/schemas';
import { editableFields, serverChanges } from './form-conflict-changes';

const stream = (patch: Partial<ImageStream['metadata']>, spec: ImageStream['spec']): ImageStream => ({
  metadata: { name: 'app', namespace: 'demo', resourceVersion: '1', generation: 1, ...patch },
  spec,
});

describe('serverChanges', () => {
  it('lists edited fields by path, with tags known by name, and leaves out server bookkeeping', () => {
    const before = stream({ labels: { a: '1' } }, {
      lookupPolicy: { local: false },
      tags: [
        { name: 'latest', from: { kind: 'DockerImage', name: 'a:1' }, generation: 1 },
        { name: 'gone', from: { kind: 'ImageStreamTag', name: 'other:1', namespace: 'base' }, generation: 1, importPolicy: { importMode: 'Legacy' } },
      ],
    });
    const after = stream({ labels: { a: '2' }, annotations: { by: 'them' }, resourceVersion: '9', generation: 2 }, {
      lookupPolicy: { local: true },
      tags: [{ name: 'latest', from: { kind: 'DockerImage', name: 'a:2' }, generation: 2 }, { name: 'new', generation: 2 }],
    });
    expect(serverChanges(before, after)).toEqual([
      { path: 'metadata.labels.a', before: '1', after: '2' },
      { path: 'spec.lookupPolicy.local', before: 'false', after: 'true' },
      { path: 'spec.tags[latest].from.name', before: 'a:1', after: 'a:2' },
      // A tag added or removed as a whole is one change, not one per field.
      { path: 'spec.tags[gone]', before: 'ImageStreamTag base/other:1', after: undefined },
      { path: 'metadata.annotations.by', before: undefined, after: 'them' },
      { path: 'spec.tags[new]', before: undefined, after: 'no source (builds or pushes fill it)' },
    ]);
  });

  it('finds nothing when only bookkeeping moved, or an empty list became none', () => {
    const spec = { tags: [{ name: 'latest', generation: 1 }] };
    expect(serverChanges(stream({}, spec), stream({ resourceVersion: '2', generation: 3 }, { tags: [{ name: 'latest', generation: 3 }] }))).toEqual([]);
    expect(serverChanges(stream({ labels: {} }, { tags: [] }), stream({}, {}))).toEqual([]);
  });
});

describe('editableFields', () => {
  it('reads any object, such as the one the form would send', () => {
    const fields = editableFields({ metadata: { labels: { app: 'x' } }, spec: { tags: [{ name: 'v1', annotations: { description: 'd' }, reference: true }] } });
    expect(Object.fromEntries(fields)).toEqual({
      'metadata.labels.app': 'x',
      'spec.tags[v1]': 'no source (builds or pushes fill it)',
      'spec.tags[v1].annotations.description': 'd',
      'spec.tags[v1].reference': 'true',
    });
  });
});
