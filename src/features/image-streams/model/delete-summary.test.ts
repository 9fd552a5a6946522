import { describe, expect, it } from 'vitest';
import type { ImageStream } from '../api/schemas';
import { deleteSummary, formatElapsed, plural } from './delete-summary';

const item = (image: string) => ({ created: '2024-01-01T00:00:00Z', dockerImageReference: `r@${image}`, image, generation: 1 });

describe('deleteSummary', () => {
  it.each<[string, ImageStream, { tags: number; images: number }]>([
    ['empty', { metadata: { name: 'a' }, spec: {} }, { tags: 0, images: 0 }],
    [
      'spec-only, pushed and shared digests',
      {
        metadata: { name: 'a' },
        spec: { tags: [{ name: 'latest' }, { name: 'next' }] },
        status: { tags: [{ tag: 'latest', items: [item('sha256:1'), item('sha256:2')] }, { tag: 'pushed', items: [item('sha256:1'), item('')] }] },
      },
      { tags: 3, images: 2 },
    ],
  ])('%s', (_name, stream, expected) => {
    expect(deleteSummary(stream)).toEqual(expected);
  });
});

describe('formatElapsed and plural', () => {
  it.each([[0, '0 s'], [4_999, '4 s'], [65_000, '1 min 5 s']])('%d ms -> %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
  it('pluralizes', () => {
    expect(plural(1, 'tag')).toBe('1 tag');
    expect(plural(2, 'image')).toBe('2 images');
  });
});
