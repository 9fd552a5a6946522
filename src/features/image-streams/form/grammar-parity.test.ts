// The form and the embedded cluster must give the same verdict wherever the client can decide.
import { describe, expect, it } from 'vitest';
import {
  DNS1123_LABEL as serverDnsLabel,
  labelValueProblems,
  parseImageReference as serverParseImage,
  qualifiedNameProblems,
  streamNameProblems,
} from '../../../../mocks/cluster/names';
import { parseImageReference, streamNameProblem } from './image-names';
import { annotationKeyProblem, labelValueProblem, namespaceProblem, qualifiedNameProblem } from './k8s-names';

const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
const names = [
  '', 'a', 'A', 'app', 'my-app', 'my--app', 'my._app', 'a.b_c-d', '.', '..', '-a', 'a-', 'a_', '_a', 'a/b', 'a%b', 'a b', 'ä',
  '4.5', 'x'.repeat(63), 'x'.repeat(64), 'x'.repeat(254), 'Example.com/x', 'example.com/x', 'example.com/', '/x', 'a/b/c',
  'app.kubernetes.io/name', `${'a'.repeat(253)}/x`, `${'a'.repeat(254)}/x`, 'a.io/-x', 'a.io/x_', 'a-.io/x', 'A.io/x', '1.0', 'v1.0-rc_1',
];
const images = [
  'nginx', 'nginx:latest', 'library/nginx', 'docker.io/library/nginx:latest', 'quay.io/org/app:v1', `quay.io/app@${digest}`,
  `quay.io/app:v1@${digest}`, 'localhost/app', 'localhost:5000/app', 'Registry.io/app', 'UPPER/app', 'org/Image', 'app:', 'app:-x',
  'a___b', 'a__b', 'a---b', 'a..b', 'app@sha256:short', 'https://quay.io/app', 'quay.io/', '-x.io/app', 'a//b', ' app', 'app ', '',
  `x/${'a'.repeat(255)}`, 'a:b:c', 'host:port/app', 'host:5000/app:tag', `app:${'t'.repeat(128)}`, `app:${'t'.repeat(129)}`,
];

describe('grammar parity with the embedded cluster', () => {
  it.each(names)('stream name %j', (name) => {
    // The 255-character limit on namespace/name is the form schema's, tested there.
    expect(streamNameProblem(name) === undefined || name === '').toBe(streamNameProblems('', name).length === 0 || name === '');
  });
  // The cluster's label regex has no length limit because namespaces it knows are already valid; apimachinery's stops at 63.
  it.each(names.filter((n) => n.length <= 63))('namespace %j', (ns) =>
    expect(namespaceProblem(ns) === undefined).toBe(ns !== '' && serverDnsLabel.test(ns)),
  );
  it.each(names)('label key %j', (key) => expect(qualifiedNameProblem(key) === undefined).toBe(qualifiedNameProblems(key).length === 0));
  it.each(names)('annotation key %j', (key) =>
    expect(annotationKeyProblem(key) === undefined).toBe(qualifiedNameProblems(key.toLowerCase()).length === 0),
  );
  it.each(names)('label value %j', (value) => expect(labelValueProblem(value) === undefined).toBe(labelValueProblems(value).length === 0));
  it.each(images)('image reference %j', (image) => expect(parseImageReference(image) !== undefined).toBe(serverParseImage(image) !== undefined));
});
