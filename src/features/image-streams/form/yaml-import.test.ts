import { describe, expect, it } from 'vitest';
import { importYaml } from './yaml-import';
import type { YamlImportResult } from './yaml-import';

const head = 'apiVersion: image.openshift.io/v1\nkind: ImageStream\n';
const errorOf = (result: YamlImportResult) => (result.ok ? undefined : result.error);

describe('importYaml', () => {
  it('reads an object fetched from the server, dropping what the server sets, and says so', () => {
    const result = importYaml(`${head}metadata:
  name: nginx
  namespace: demo
  uid: 7df88811-8103-11ea-99ef-42010a8e0002
  resourceVersion: "632136220"
  creationTimestamp: "2020-04-17T23:30:58Z"
  generation: 3
  labels:
    app: web
spec:
  lookupPolicy:
    local: true
  dockerImageRepository: ""
  tags:
  - name: latest
    annotations: null
    from:
      kind: DockerImage
      name: docker.io/library/nginx:latest
    generation: 3
    importPolicy:
      importMode: Legacy
    referencePolicy:
      type: Source
status:
  dockerImageRepository: image-registry.openshift-image-registry.svc:5000/demo/nginx
`);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.dropped).toEqual(['metadata.resourceVersion', 'metadata.uid', 'metadata.creationTimestamp', 'metadata.generation', 'status']);
    expect(result.notice).toBe('Dropped metadata.resourceVersion, metadata.uid, metadata.creationTimestamp, metadata.generation, status: the server sets them.');
    expect(result.object).toEqual({
      apiVersion: 'image.openshift.io/v1',
      kind: 'ImageStream',
      metadata: { name: 'nginx', namespace: 'demo', labels: { app: 'web' } },
      spec: expect.objectContaining({ dockerImageRepository: '' }) as unknown,
    });
    expect(result.values).toMatchObject({
      name: 'nginx',
      namespace: 'demo',
      lookupLocal: true,
      labels: [{ key: 'app', value: 'web' }],
      tags: [{ name: 'latest', sourceKind: 'DockerImage', sourceName: 'docker.io/library/nginx:latest' }],
    });
  });

  it('reads JSON, tabs and all, and says nothing was dropped', () => {
    const json = '{\n\t"apiVersion": "image.openshift.io/v1",\n\t"kind": "ImageStream",\n\t"metadata": {"name": "a", "creationTimestamp": null},\n\t"spec": {"tags": [{"name": "3.10", "from": {"kind": "ImageStreamTag", "name": "b:1"}}]}\n}';
    const result = importYaml(json);
    expect(result).toMatchObject({ ok: true, dropped: [], values: { name: 'a', tags: [{ name: '3.10', sourceKind: 'ImageStreamTag', sourceName: 'b:1' }] } });
    expect(result.ok && result.notice).toBeFalsy();
  });

  it('unwraps a List holding one ImageStream (oc get is -o yaml)', () => {
    const result = importYaml(`apiVersion: v1\nkind: List\nitems:\n- ${head.replace('\n', '\n  ')}  metadata:\n    name: one\n`);
    expect(result).toMatchObject({ ok: true, values: { name: 'one' } });
  });

  it.each([
    [`${head}metadata:\n  name: a\n   bad: b\n`, { line: 4, column: 9, message: 'Line 4, column 9: Invalid YAML: Nested mappings are not allowed in compact mappings' }],
    [`${head}metadata:\n  name: a\n labels: {}\n`, { line: 5, column: 1, message: 'Line 5, column 1: Invalid YAML: All mapping items must start at the same column' }],
    [`${head}metadata:\n  name: a\n  name: b\n`, { line: 5, column: 3, message: 'Line 5, column 3: Invalid YAML: Map keys must be unique' }],
    [`${head}spec: {tags: [\n`, { line: 4 }],
    [`${head}metadata:\n\tname: a\n`, { line: 4, message: expect.stringContaining('Tabs are not allowed as indentation') }],
    [`${head}metadata: {name: "a}\n`, { line: 4, message: expect.stringContaining('Missing closing "quote') }],
    [`${head}metadata:\n  name: a\n---\n${head}metadata:\n  name: b\n`, { line: 6, column: 1, message: 'Line 6, column 1: Found 2 YAML documents; import one ImageStream at a time' }],
    ['a: 1\n---\nb: 2\n---\nc: 3\n', { message: 'Line 3, column 1: Found 3 YAML documents; import one ImageStream at a time' }],
    ['', { message: 'There is nothing to import: paste or upload an ImageStream in YAML or JSON' }],
    ['# just a comment\n---\n', { message: 'There is nothing to import: paste or upload an ImageStream in YAML or JSON' }],
    ['- a\n- b\n', { line: 1, message: 'Line 1, column 1: Expected an ImageStream (a mapping with apiVersion, kind, metadata and spec), found a list' }],
    ['hello', { message: 'Line 1, column 1: Expected an ImageStream (a mapping with apiVersion, kind, metadata and spec), found the value "hello"' }],
    ['apiVersion: image.openshift.io/v1\nmetadata: {name: a}\n', { message: 'Line 1, column 1: kind is missing: it must be ImageStream' }],
    ['apiVersion: apps/v1\nkind: Deployment\n', { line: 2, column: 7, message: 'Line 2, column 7: This is a "Deployment", not an ImageStream: kind must be ImageStream' }],
    ['kind: ImageStream\napiVersion: v1\n', { line: 2, message: 'Line 2, column 13: apiVersion is "v1": ImageStreams use image.openshift.io/v1' }],
    ['kind: ImageStream\n', { message: 'Line 1, column 1: apiVersion is missing: it must be image.openshift.io/v1' }],
    ['apiVersion: v1\nkind: List\nitems: []\n', { line: 3, message: 'Line 3, column 8: This List holds 0 objects; import one ImageStream at a time' }],
    [`${head}metadata: [a]\n`, { line: 3, message: 'Line 3, column 11: metadata must be a mapping, not a list' }],
    [`${head}metadata:\n  name: a\n  labels:\n    version: 1.10\n`, { line: 6, message: 'Line 6, column 14: metadata.labels.version must be a string, not the number 1.10: put it in quotes' }],
    [`${head}metadata:\n  annotations:\n    example.com/on: true\n`, { message: 'Line 5, column 21: metadata.annotations["example.com/on"] must be a string, not the boolean true: put it in quotes' }],
    [`${head}spec:\n  tags:\n  - name: 3.10\n`, { line: 5, column: 11, message: 'Line 5, column 11: spec.tags[0].name must be a string, not the number 3.10: put it in quotes' }],
    [`${head}spec:\n  tags:\n  - from: {kind: DockerImage, name: x}\n`, { line: 5, message: 'Line 5, column 5: spec.tags[0].name is missing: it must be a string' }],
    [`${head}spec:\n  tags:\n  - name: a\n    from:\n      kind: Image\n`, { line: 7, message: 'Line 7, column 13: spec.tags[0].from.kind must be "DockerImage", "ImageStreamTag", "ImageStreamImage", not the string Image' }],
    [`${head}spec:\n  tags:\n  - name: a\n    importPolicy: {scheduled: "yes"}\n`, { message: 'Line 6, column 31: spec.tags[0].importPolicy.scheduled must be true or false, not the string "yes"' }],
    [`${head}spec:\n  tags:\n  - name: a\n    referencePolicy: {type: Mirror}\n`, { message: expect.stringContaining('spec.tags[0].referencePolicy.type must be "", "Source", "Local"') }],
    [`${head}spec:\n  tags: {latest: {}}\n`, { message: 'Line 4, column 9: spec.tags must be a list, not a mapping' }],
    ['a: &x [1, 2]\nb: *y\n', { message: expect.stringContaining('Could not read this YAML') }],
  ])('refuses %j with the line', (text, expected) => expect(errorOf(importYaml(text))).toMatchObject(expected));

  it('accepts a trailing document marker and nulls where the server writes them', () => {
    expect(importYaml(`${head}metadata:\n  name: a\n  labels: null\nspec:\n  tags: null\nstatus: null\n---\n`)).toMatchObject({ ok: true, dropped: [] });
  });

  it('never throws, whatever it is given', () => {
    const weird = [
      '\u0000', '\uFFFF\uD800', '{{{{', ']]]]', '&a [*a]', '!!binary AAAA', '!!js/function "x"', '? [a, b]\n: c', '%YAML 9.9\n---\na: 1',
      `${'['.repeat(5000)}`, `${'- '.repeat(2000)}x`, 'a: '.repeat(1000), '"\\u00', "'", '|\n  text', '---\n...\n---', 'x'.repeat(100_000),
      `a: &a [${'x,'.repeat(50)}x]\n${Array.from({ length: 12 }, (_, i) => `b${i}: &b${i} [${`*${i ? `b${i - 1}` : 'a'},`.repeat(9)}x]`).join('\n')}`,
      'kind: ImageStream\napiVersion: image.openshift.io/v1\nmetadata: {name: [1]}\nspec: {tags: [null, 1, "x"]}',
      'kind: ImageStream\napiVersion: image.openshift.io/v1\n__proto__: {polluted: true}\nmetadata: {name: a}',
    ];
    let seed = 7;
    const chars = ':-[]{},#&*!|>\'"%@` \n\tab1';
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += chars[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % chars.length];
      weird.push(text);
    }
    for (const text of weird) {
      const result = importYaml(text);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
