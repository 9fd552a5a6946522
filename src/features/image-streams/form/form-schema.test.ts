import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { emptyFormValues, imageStreamFormSchema } from './form-schema';
import type { ImageStreamFormValues } from './form-schema';
import { emptyTagValues } from './tag-schema';
import type { TagFormValues } from './tag-schema';

const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
const base = (): ImageStreamFormValues => ({ ...emptyFormValues('demo'), name: 'my-app' });
const tag = (overrides: Partial<TagFormValues> = {}): TagFormValues => ({ ...emptyTagValues('latest'), ...overrides });

/** path -> message of every issue. */
function errorsOf(values: ImageStreamFormValues): Record<string, string> {
  const result = imageStreamFormSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

// Compile-time: what the form holds is exactly what the schema accepts and returns.
const sameTypes: [z.input<typeof imageStreamFormSchema>, z.output<typeof imageStreamFormSchema>] = [base(), base()];

describe('the form schema', () => {
  it('accepts the empty form once named, with no undefined anywhere', () => {
    expect(sameTypes).toHaveLength(2);
    expect(errorsOf(base())).toEqual({});
    expect(JSON.stringify(base())).not.toContain('undefined');
    expect(Object.values(emptyTagValues()).every((v) => v !== undefined)).toBe(true);
  });

  it.each([
    ['', { name: 'Enter a name' }],
    ['My-App', { name: "No capital letters: use lowercase letters, digits, and '.', '_' or '-' between them" }],
    ['my..app', { name: "Put a letter or digit between '.', '_' or '-' (no two in a row)" }],
    ['a'.repeat(250), {}],
    ['a'.repeat(251), { name: 'Too long: namespace/name can be at most 255 characters; shorten the name by 1' }],
  ])('name %j', (name, expected) => expect(errorsOf({ ...base(), name })).toEqual(expected));

  it('counts the namespace into the 255-character limit and reports at the name', () => {
    expect(errorsOf({ ...base(), namespace: 'a'.repeat(63), name: 'b'.repeat(191) })).toEqual({});
    expect(errorsOf({ ...base(), namespace: 'a'.repeat(63), name: 'b'.repeat(192) })).toEqual({
      name: 'Too long: namespace/name can be at most 255 characters; shorten the name by 1',
    });
  });

  it.each([
    ['', { namespace: 'Enter a namespace' }],
    ['Demo', { namespace: "Use lowercase letters, digits and '-', starting and ending with a letter or digit" }],
  ])('namespace %j', (namespace, expected) => expect(errorsOf({ ...base(), namespace })).toEqual(expected));

  it.each([
    [[{ key: 'app', value: 'web' }, { key: 'app.kubernetes.io/part-of', value: '' }], {}],
    [[{ key: '', value: '' }], {}],
    [[{ key: '', value: 'x' }], { 'labels.0.key': 'Enter a key, or remove the row' }],
    [[{ key: 'a b', value: 'ok' }], { 'labels.0.key': "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit" }],
    [[{ key: 'Example.com/x', value: 'ok' }], { 'labels.0.key': "The prefix before '/' must be a DNS subdomain: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit" }],
    [[{ key: 'v', value: 'x'.repeat(64) }], { 'labels.0.value': 'A label value can be at most 63 characters (this one has 64)' }],
    [[{ key: 'v', value: 'a b' }], { 'labels.0.value': "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit (or leave it empty)" }],
    [
      [{ key: 'app', value: 'a' }, { key: 'team', value: 'b' }, { key: 'app', value: 'c' }],
      { 'labels.0.key': 'The key "app" is used more than once', 'labels.2.key': 'The key "app" is used more than once' },
    ],
  ])('labels %j', (labels, expected) => expect(errorsOf({ ...base(), labels })).toEqual(expected));

  it.each([
    [[{ key: 'openshift.io/display-name', value: 'My App: any text, "quotes" and\nnewlines' }], {}],
    [[{ key: 'Example.COM/Key', value: '' }], {}],
    [[{ key: 'a b', value: '' }], { 'annotations.0.key': "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit" }],
    [[{ key: 'x', value: '1' }, { key: 'x', value: '2' }], { 'annotations.0.key': 'The key "x" is used more than once', 'annotations.1.key': 'The key "x" is used more than once' }],
    [[{ key: 'big', value: 'x'.repeat(256 * 1024) }], { annotations: 'Annotations can hold at most 256 KiB in all (keys and values); these hold 257 KiB' }],
    [[{ key: 'big', value: 'x'.repeat(256 * 1024 - 3) }], {}],
  ])('annotations %#', (annotations, expected) => expect(errorsOf({ ...base(), annotations })).toEqual(expected));
});

describe('tags', () => {
  const withTags = (...tags: TagFormValues[]) => errorsOf({ ...base(), tags });

  it('reports every duplicate tag name at its own row, in one pass (resolvers #672)', () => {
    const message = 'Another tag is also named "latest": tag names must be unique';
    expect(withTags(tag(), tag({ name: '3.11' }), tag(), tag())).toEqual({ 'tags.0.name': message, 'tags.2.name': message, 'tags.3.name': message });
  });

  it.each([
    ['', 'Enter a tag name'],
    ['a:b', "A tag name can't contain ':' (it separates a stream from its tag)"],
    ['a@b', "A tag name can't contain '@' (it starts an image digest)"],
    ['a/b', "A tag name can't contain '/'"],
    ['.x', "Start with a letter, digit or '_'"],
    ['x'.repeat(129), 'A tag name can be at most 128 characters (this one has 129)'],
  ])('tag name %j', (name, message) => expect(withTags(tag({ name }))).toEqual({ 'tags.0.name': message }));

  it('does not call two empty tag names duplicates: each is reported as empty', () => {
    expect(withTags(tag({ name: '' }), tag({ name: '' }))).toEqual({ 'tags.0.name': 'Enter a tag name', 'tags.1.name': 'Enter a tag name' });
  });

  it.each<[Partial<TagFormValues>, Record<string, string>]>([
    [{ sourceKind: '' }, {}],
    [{ sourceKind: 'DockerImage', sourceName: 'docker.io/library/nginx:latest' }, {}],
    [{ sourceKind: 'DockerImage', sourceName: '' }, { 'tags.0.sourceName': 'Enter an image, such as quay.io/org/app:latest' }],
    [{ sourceKind: 'DockerImage', sourceName: 'quay.io/Org/app' }, { 'tags.0.sourceName': expect.stringMatching(/^Not an image reference/) as unknown as string }],
    [{ sourceKind: 'ImageStreamTag', sourceName: 'python-app:3.11' }, {}],
    [{ sourceKind: 'ImageStreamTag', sourceName: '3.11' }, {}],
    [{ sourceKind: 'ImageStreamTag', sourceName: '' }, { 'tags.0.sourceName': 'Enter a tag (of this stream) or stream:tag' }],
    [{ sourceKind: 'ImageStreamTag', sourceName: 'a:b:c' }, { 'tags.0.sourceName': "Write tag or stream:tag, with one ':'" }],
    [{ sourceKind: 'ImageStreamImage', sourceName: `my-app@${digest}` }, {}],
    [{ sourceKind: 'ImageStreamImage', sourceName: digest }, {}],
    [{ sourceKind: 'ImageStreamImage', sourceName: 'my-app:latest' }, { 'tags.0.sourceName': 'Write stream@sha256:<digest>, or sha256:<digest> for an image of this stream' }],
    [{ sourceKind: 'ImageStreamTag', sourceName: 'a:1', sourceNamespace: 'other-namespace' }, {}],
    [{ sourceKind: 'ImageStreamTag', sourceName: 'a:1', sourceNamespace: 'Other' }, { 'tags.0.sourceNamespace': "Use lowercase letters, digits and '-', starting and ending with a letter or digit" }],
    // A namespace left over from another kind is not sent for a DockerImage source, so it is not checked.
    [{ sourceKind: 'DockerImage', sourceName: 'nginx', sourceNamespace: 'Other' }, {}],
    [{ sourceKind: '', sourceName: 'leftover' }, {}],
  ])('source %j', (overrides, expected) => expect(withTags(tag(overrides))).toEqual(expected));

  it.each<[TagFormValues['sourceKind'], Record<string, string>]>([
    ['DockerImage', {}],
    ['ImageStreamTag', { 'tags.0.scheduled': 'Only tags that import a container image (DockerImage source) can be scheduled' }],
    ['ImageStreamImage', { 'tags.0.scheduled': 'Only tags that import a container image (DockerImage source) can be scheduled' }],
    // Found by names.property.test.ts: the server accepts scheduled on a tag without a source.
    ['', {}],
  ])('scheduled with a %j source', (sourceKind, expected) => {
    const sourceName = { DockerImage: 'nginx', ImageStreamTag: 'a:1', ImageStreamImage: digest, '': '' }[sourceKind];
    expect(withTags(tag({ sourceKind, sourceName, scheduled: true }))).toEqual(expected);
  });

  it('accepts every import and reference option', () => {
    const full = tag({ sourceKind: 'DockerImage', sourceName: 'nginx', reference: true, insecure: true, importMode: 'PreserveOriginal', referencePolicy: 'Local' });
    expect(withTags(full)).toEqual({});
  });

  it.each([
    [[{ key: 'openshift.io/display-name', value: 'Ruby' }, { key: 'tags', value: 'builder,ruby' }], {}],
    [[{ key: '', value: '' }], {}],
    [[{ key: '', value: 'x' }], { 'tags.0.annotations.0.key': 'Enter a key, or remove the row' }],
    [[{ key: 'description', value: 'x' }], { 'tags.0.annotations.0.key': 'Use the Description field for "description"' }],
    [[{ key: 'version', value: 'x' }], { 'tags.0.annotations.0.key': 'Use the Version field for "version"' }],
    [[{ key: 'k', value: '1' }, { key: 'k', value: '2' }], { 'tags.0.annotations.0.key': 'The key "k" is used more than once', 'tags.0.annotations.1.key': 'The key "k" is used more than once' }],
  ])('tag annotations %#', (annotations, expected) => expect(withTags(tag({ annotations }))).toEqual(expected));

  it('lands on react-hook-form paths through zodResolver, all rules in one pass', async () => {
    const values: ImageStreamFormValues = {
      ...base(),
      name: 'Bad',
      labels: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }],
      annotations: [{ key: 'big', value: 'x'.repeat(256 * 1024) }],
      tags: [tag(), tag({ sourceKind: 'ImageStreamTag', sourceName: 'x:1', scheduled: true }), tag({ name: '3.11' })],
    };
    const result = await zodResolver(imageStreamFormSchema)(values, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
      names: ['name', 'labels.0.key', 'labels.1.key', 'annotations.0.key', 'tags.0.name', 'tags.1.name', 'tags.2.name'],
    });
    const errors = result.errors as Record<string, unknown>;
    expect(errors).toMatchObject({
      name: { message: expect.stringContaining('No capital letters') },
      labels: [{ key: { message: 'The key "a" is used more than once' } }, { key: { message: 'The key "a" is used more than once' } }],
      annotations: { root: { message: expect.stringContaining('256 KiB') } },
      tags: [
        { name: { message: expect.stringContaining('unique') } },
        { name: { message: expect.stringContaining('unique') }, scheduled: { message: expect.stringContaining('scheduled') } },
      ],
    });
    expect((errors.tags as unknown[])[2]).toBeUndefined();
  });
});
