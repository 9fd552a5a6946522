import { describe, expect, it } from 'vitest';
import { changeLabel, tagOfPath } from './form-change-labels';

describe('changeLabel', () => {
  it.each([
    ['spec.lookupPolicy.local', 'Lookup policy'],
    ['metadata.labels.app', 'Labels › app'],
    ['metadata.labels.app.kubernetes.io/name', 'Labels › app.kubernetes.io/name'],
    ['metadata.annotations.openshift.io/display-name', 'Annotations › openshift.io/display-name'],
    ['metadata.deletionTimestamp', 'Deleted'],
    ['spec.tags[latest]', 'Tag latest'],
    ['spec.tags[latest].from.kind', 'Tag latest › Source'],
    ['spec.tags[latest].from.name', 'Tag latest › Source name'],
    ['spec.tags[v1.2].from.namespace', 'Tag v1.2 › Source namespace'],
    ['spec.tags[latest].reference', 'Tag latest › Reference only'],
    ['spec.tags[latest].importPolicy.scheduled', 'Tag latest › Scheduled'],
    ['spec.tags[latest].importPolicy.insecure', 'Tag latest › Insecure registry'],
    ['spec.tags[latest].importPolicy.importMode', 'Tag latest › Import mode'],
    ['spec.tags[latest].referencePolicy.type', 'Tag latest › Reference policy'],
    ['spec.tags[latest].annotations.description', 'Tag latest › Description'],
    ['spec.tags[latest].annotations.version', 'Tag latest › Version'],
    ['spec.tags[latest].annotations.supports', 'Tag latest › Supports'],
    ['spec.tags[latest].annotations.tags', 'Tag latest › Annotation tags'],
    ['spec.tags[latest].annotations.example.com/owner', 'Tag latest › Annotation example.com/owner'],
    // Fields the form has no control for keep their path, so nothing is hidden.
    ['spec.tags[latest].from.uid', 'Tag latest › from.uid'],
    ['spec.dockerImageRepository', 'spec.dockerImageRepository'],
  ])('%s -> %s', (path, label) => {
    expect(changeLabel(path)).toBe(label);
  });
});

describe('tagOfPath', () => {
  it.each([
    ['spec.tags[latest].from.name', 'spec.tags[latest]'],
    ['spec.tags[latest]', 'spec.tags[latest]'],
    ['spec.lookupPolicy.local', undefined],
    ['metadata.labels.spec.tags[x]', undefined],
  ])('%s -> %s', (path, tag) => {
    expect(tagOfPath(path)).toBe(tag);
  });
});
