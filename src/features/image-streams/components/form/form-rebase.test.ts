import { describe, expect, it } from 'vitest';
import { emptyFormValues } from '../../form/form-schema';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { emptyTagValues } from '../../form/tag-schema';
import { mergeRows, rebaseValues, same } from './form-rebase';

const values = (patch: Partial<ImageStreamFormValues>): ImageStreamFormValues => ({ ...emptyFormValues('demo'), name: 'app', ...patch });
const tag = (name: string, patch: Partial<ReturnType<typeof emptyTagValues>> = {}) => ({ ...emptyTagValues(name), ...patch });

describe('same', () => {
  it('compares plain values deeply', () => {
    expect(same({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(same({ a: [1] }, { a: [2] })).toBe(false);
    expect(same({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(same([], {})).toBe(false);
  });
});

describe('mergeRows', () => {
  const base = [{ key: 'a', value: '1' }, { key: 'b', value: '2' }, { key: 'c', value: '3' }];
  it('keeps what the user changed and takes what only the server changed', () => {
    const mine = [{ key: 'a', value: 'mine' }, { key: 'b', value: '2' }, { key: 'new', value: 'x' }, { key: '', value: '' }];
    const theirs = [{ key: 'a', value: 'theirs' }, { key: 'b', value: 'theirs' }, { key: 'c', value: '3' }, { key: 'added', value: 'y' }];
    expect(mergeRows(base, mine, theirs)).toEqual([
      { key: 'a', value: 'mine' },
      { key: 'b', value: 'theirs' },
      { key: 'new', value: 'x' },
      { key: '', value: '' },
      { key: 'added', value: 'y' },
    ]);
  });
  it('drops a row the server removed unless the user changed it', () => {
    const mine = [{ key: 'a', value: '1' }, { key: 'b', value: 'edited' }];
    expect(mergeRows(base, mine, [])).toEqual([{ key: 'b', value: 'edited' }]);
  });
});

describe('rebaseValues', () => {
  it('puts the user\'s edits on top of the server\'s version', () => {
    const base = values({ lookupLocal: false, tags: [tag('latest', { sourceKind: 'DockerImage', sourceName: 'a:1' }), tag('old')] });
    const mine = values({
      lookupLocal: false,
      labels: [{ key: 'owner', value: 'me' }],
      tags: [tag('latest', { sourceKind: 'DockerImage', sourceName: 'a:1', description: 'mine' }), tag('old'), tag('mine')],
    });
    const theirs = values({
      lookupLocal: true,
      annotations: [{ key: 'by', value: 'them' }],
      tags: [tag('latest', { sourceKind: 'DockerImage', sourceName: 'a:2', referencePolicy: 'Local' }), tag('theirs')],
    });
    expect(rebaseValues({ base, mine, theirs })).toEqual(
      values({
        lookupLocal: true,
        labels: [{ key: 'owner', value: 'me' }],
        annotations: [{ key: 'by', value: 'them' }],
        tags: [
          tag('latest', { sourceKind: 'DockerImage', sourceName: 'a:2', referencePolicy: 'Local', description: 'mine' }),
          tag('mine'),
          tag('theirs'),
        ],
      }),
    );
  });

  it('keeps a field both sides changed as the user typed it', () => {
    const base = values({ tags: [tag('latest', { sourceName: 'a:1', sourceKind: 'DockerImage' })] });
    const mine = values({ tags: [tag('latest', { sourceName: 'a:mine', sourceKind: 'DockerImage' })] });
    const theirs = values({ tags: [tag('latest', { sourceName: 'a:theirs', sourceKind: 'DockerImage' })] });
    expect(rebaseValues({ base, mine, theirs }).tags[0]?.sourceName).toBe('a:mine');
  });
});
