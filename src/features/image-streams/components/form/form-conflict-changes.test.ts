import { describe, expect, it } from 'vitest';
import type { ImageStream } from '../../api/schemas';
import { serverChanges } from './form-conflict-changes';

const stream = (patch: Partial<ImageStream['metadata']>, spec: ImageStream['spec']): ImageStream => ({
  metadata: { name: 'app', namespace: 'demo', resourceVersion: '1', generation: 1, ...patch },
  spec,
});

describe('serverChanges', () => {
  it('lists edited fields by path, with tags known by name, and leaves out server bookkeeping', () => {
    const before = stream({ labels: { a: '1' } }, {
      lookupPolicy: { local: false },
      tags: [{ name: 'latest', from: { kind: 'DockerImage', name: 'a:1' }, generation: 1 }, { name: 'gone', generation: 1 }],
    });
    const after = stream({ labels: { a: '2' }, annotations: { by: 'them' }, resourceVersion: '9', generation: 2 }, {
      lookupPolicy: { local: true },
      tags: [{ name: 'latest', from: { kind: 'DockerImage', name: 'a:2' }, generation: 2 }],
    });
    expect(serverChanges(before, after)).toEqual([
      { path: 'metadata.labels.a', before: '"1"', after: '"2"' },
      { path: 'spec.lookupPolicy.local', before: 'false', after: 'true' },
      { path: 'spec.tags[latest].from.name', before: '"a:1"', after: '"a:2"' },
      { path: 'spec.tags[gone].name', before: '"gone"', after: undefined },
      { path: 'metadata.annotations.by', after: '"them"' },
    ]);
  });

  it('finds nothing when only bookkeeping moved', () => {
    const spec = { tags: [{ name: 'latest', generation: 1 }] };
    expect(serverChanges(stream({}, spec), stream({ resourceVersion: '2', generation: 3 }, { tags: [{ name: 'latest', generation: 3 }] }))).toEqual([]);
  });
});
