import { describe, expect, it } from 'vitest';
import type { ImageStream, TagReference } from '../api/schemas';
import { importOutcomes, importRequest, reimportBlocker } from './reimport';

const stream = (tags: TagReference[], current: Record<string, string> = {}): ImageStream => ({
  metadata: { name: 'app', namespace: 'demo', resourceVersion: '42' },
  spec: { tags },
  status: { tags: Object.entries(current).map(([tag, image]) => ({ tag, items: [{ created: 'x', dockerImageReference: `r@${image}`, image, generation: 1 }] })) },
});
const docker = (name: string, extra: Partial<TagReference> = {}): TagReference => ({ name, from: { kind: 'DockerImage', name: `quay.io/a/app:${name}` }, ...extra });

describe('reimportBlocker', () => {
  it.each<[string, TagReference | undefined, RegExp | '']>([
    ['DockerImage', docker('latest'), ''],
    ['pushed only', undefined, /was pushed/],
    ['tracking tag', { name: 's', from: { kind: 'ImageStreamTag', name: 'app:latest' } }, /Only DockerImage tags can be re-imported; this one comes from ImageStreamTag app:latest/],
    ['no source', { name: 's' }, /no source/],
  ])('%s', (_name, spec, expected) => {
    if (expected === '') expect(reimportBlocker(spec)).toBe('');
    else expect(reimportBlocker(spec)).toMatch(expected);
  });
});

describe('importRequest', () => {
  it('sends what oc import-image sends, DockerImage tags only', () => {
    const s = stream([docker('latest', { importPolicy: { scheduled: true }, referencePolicy: { type: 'Local' } }), { name: 'stable', from: { kind: 'ImageStreamTag', name: 'app:latest' } }]);
    expect(importRequest(s)).toEqual({
      kind: 'ImageStreamImport',
      apiVersion: 'image.openshift.io/v1',
      metadata: { name: 'app', namespace: 'demo', resourceVersion: '42' },
      spec: { import: true, images: [{ from: { kind: 'DockerImage', name: 'quay.io/a/app:latest' }, to: { name: 'latest' }, importPolicy: { scheduled: true }, referencePolicy: { type: 'Local' } }] },
    });
    expect(importRequest(s, ['stable']).spec.images).toEqual([]);
  });
});

describe('importOutcomes', () => {
  const before = stream([docker('a'), docker('b'), docker('c')], { a: 'sha256:1', b: 'sha256:2' });
  const request = importRequest(before);
  const after = stream(before.spec.tags ?? [], { a: 'sha256:9', b: 'sha256:2' });
  it('says new image, unchanged, or failed per tag', () => {
    const ok = { status: { status: 'Success' } };
    const failed = { status: { status: 'Failure', reason: 'Unauthorized', message: 'you may not have access' } };
    expect(importOutcomes(before, request, [ok, ok, failed], after)).toEqual([
      { tag: 'a', kind: 'updated', from: 'sha256:1', to: 'sha256:9' },
      { tag: 'b', kind: 'unchanged', image: 'sha256:2' },
      { tag: 'c', kind: 'failed', reason: 'Unauthorized', message: 'you may not have access' },
    ]);
  });
});
