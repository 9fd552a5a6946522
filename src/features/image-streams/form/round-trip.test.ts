// Each example of the Python reference: its object entered as YAML becomes form state, that form
// state builds the same object, and it exports back to the same Python call.
import { describe, expect, it } from 'vitest';
import { toPython } from './export-python';
import { toYaml } from './export-yaml';
import { fromObject } from './from-object';
import { asArray, asRecord } from './object-access';
import type { JsonRecord } from './object-access';
import { pythonKwargs, pythonObject } from './python-call';
import { DIGEST_A, pythonExamples } from './python-examples';
import { toObject } from './to-object';
import { importYaml } from './yaml-import';

/** What the server stores for `object`: its defaults filled in, false flags left out (omitempty). */
function serverView(object: JsonRecord): JsonRecord {
  const spec = asRecord(object.spec);
  const tags = asArray(spec.tags).map((raw) => {
    const { reference, importPolicy, referencePolicy, annotations, ...tag } = asRecord(raw);
    const { insecure, scheduled, importMode, ...policy } = asRecord(importPolicy);
    return {
      ...tag,
      annotations: annotations ?? null,
      ...(reference === true ? { reference } : {}),
      importPolicy: { ...policy, ...(insecure === true ? { insecure } : {}), ...(scheduled === true ? { scheduled } : {}), importMode: importMode || 'Legacy' },
      referencePolicy: { type: asRecord(referencePolicy).type || 'Source' },
    };
  });
  return { ...object, spec: { ...spec, lookupPolicy: { local: asRecord(spec.lookupPolicy).local === true }, tags } };
}

/** Python kwargs with the server's defaults dropped, as the export writes them. */
function withoutDefaults(kwargs: JsonRecord): JsonRecord {
  const { lookup_policy, tags, ...rest } = kwargs;
  const cleanTags = asArray(tags).map((raw) => {
    const { importPolicy, ...tag } = asRecord(raw);
    const { insecure, ...policy } = asRecord(importPolicy);
    return { ...tag, ...(importPolicy ? { importPolicy: { ...policy, ...(insecure ? { insecure } : {}) } } : {}) };
  });
  return { ...rest, ...(lookup_policy ? { lookup_policy } : {}), ...(cleanTags.length ? { tags: cleanTags } : {}) };
}

const roundTrip = (code: string) => {
  const object = pythonObject(code);
  const imported = importYaml(toYaml(object));
  if (!imported.ok) throw new Error(imported.error.message);
  return { object, imported, sent: toObject(imported.values, imported.object) };
};

describe.each(Object.entries(pythonExamples))('the %s example', (_name, code) => {
  it('imports as YAML and builds the same object, modulo server defaults', () => {
    const { object, imported, sent } = roundTrip(code);
    expect(imported.dropped).toEqual([]);
    expect(imported.values).toEqual(fromObject(object));
    expect(toObject(imported.values)).toEqual(serverView(object));
    // With the imported object as base, flags the example spelled out (insecure: False) stay spelled out.
    expect(serverView(sent)).toEqual(serverView(object));
    expect(toObject(fromObject(sent), sent)).toEqual(sent);
  });

  it('exports back to the same Python call', () => {
    const { sent } = roundTrip(code);
    expect(pythonKwargs(toPython(sent))).toEqual(withoutDefaults(pythonKwargs(code)));
  });
});

describe('form state of the examples', () => {
  it('the multiple-tags example: two DockerImage tags and one tracking tag', () => {
    const { imported } = roundTrip(pythonExamples.multipleTags ?? '');
    expect(imported.values).toMatchObject({
      name: 'python-app',
      namespace: 'default',
      lookupLocal: true,
      tags: [
        { name: '3.9', sourceKind: 'DockerImage', sourceName: 'registry.access.redhat.com/ubi8/python-39:latest' },
        { name: '3.11', sourceKind: 'DockerImage', sourceName: 'registry.access.redhat.com/ubi9/python-311:latest' },
        { name: 'latest', sourceKind: 'ImageStreamTag', sourceName: 'python-app:3.11', sourceNamespace: '' },
      ],
    });
  });

  it('the tag configuration sections: policies and annotations in their own fields', () => {
    const { imported } = roundTrip(pythonExamples.tagConfiguration ?? '');
    expect(imported.values.tags).toEqual([
      {
        name: 'prod',
        sourceKind: 'DockerImage',
        sourceName: 'registry.example.com/org/image:tag',
        sourceNamespace: '',
        reference: false,
        scheduled: true,
        insecure: false,
        importMode: 'Legacy',
        referencePolicy: 'Local',
        description: 'Production-ready image',
        version: '1.0.0',
        supports: 'Python 3.9',
        annotations: [],
      },
    ]);
  });

  it('the three reference types', () => {
    const { imported } = roundTrip(pythonExamples.referenceTypes ?? '');
    expect(imported.values.tags.map((t) => [t.sourceKind, t.sourceName, t.sourceNamespace])).toEqual([
      ['DockerImage', 'registry.example.com/org/image:tag', ''],
      ['ImageStreamTag', 'another-stream:tag', 'other-namespace'],
      ['ImageStreamImage', `my-app@${DIGEST_A}`, ''],
    ]);
  });

  it('the build output example: a tag without a source keeps no from', () => {
    const { sent } = roundTrip(pythonExamples.buildOutput ?? '');
    expect(sent.spec.tags).toEqual([
      {
        name: 'latest',
        annotations: { description: 'Latest build of my application' },
        importPolicy: { importMode: 'Legacy' },
        referencePolicy: { type: 'Source' },
      },
    ]);
  });
});
