// Pasted or uploaded YAML (or JSON, a subset of YAML) -> form values for review. Never throws.
import { LineCounter, isNode, parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import type { ImageStreamFormValues } from './form-schema';
import { fromObject } from './from-object';
import { asRecord, isRecord } from './object-access';
import type { JsonRecord } from './object-access';
import { API_VERSION } from './to-object';
import { shapeProblem } from './yaml-shape';
import type { ShapePath } from './yaml-shape';

export interface YamlImportError {
  message: string;
  line?: number;
  column?: number;
}

export type YamlImportResult =
  | { ok: true; values: ImageStreamFormValues; object: JsonRecord; dropped: string[]; notice?: string }
  | { ok: false; error: YamlImportError };

// Set by the server; the Python class drops resourceVersion the same way when it reads a YAML file.
const SERVER_METADATA = ['resourceVersion', 'uid', 'creationTimestamp', 'generation', 'managedFields', 'selfLink'];

const fail = (message: string, at?: { line: number; col: number }): YamlImportResult => ({
  ok: false,
  error: at ? { message: `Line ${at.line}, column ${at.col}: ${message}`, line: at.line, column: at.col } : { message },
});

const describeKind = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null || typeof value !== 'object' ? `the value ${JSON.stringify(value)}` : 'a mapping');

function locate(doc: Document.Parsed, lines: LineCounter, path: ShapePath): { line: number; col: number } | undefined {
  for (let end = path.length; end >= 0; end--) {
    const node = end === 0 ? doc.contents : doc.getIn(path.slice(0, end), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]);
  }
  return undefined;
}

function dropServerFields(object: JsonRecord): { object: JsonRecord; dropped: string[] } {
  const dropped: string[] = [];
  const metadata = { ...asRecord(object.metadata) };
  for (const key of SERVER_METADATA) {
    if (key in metadata && metadata[key] !== null) dropped.push(`metadata.${key}`);
    delete metadata[key];
  }
  const { status, ...rest } = object;
  if (status !== undefined && status !== null) dropped.push('status');
  return { object: { ...rest, metadata }, dropped };
}

function checkObject(value: unknown, at: (path: ShapePath) => { line: number; col: number } | undefined, text: (path: ShapePath) => string | undefined): YamlImportResult {
  if (!isRecord(value)) return fail(`Expected an ImageStream (a mapping with apiVersion, kind, metadata and spec), found ${describeKind(value)}`, at([]));
  if (value.kind === undefined) return fail('kind is missing: it must be ImageStream', at([]));
  if (value.kind !== 'ImageStream') return fail(`This is a ${JSON.stringify(value.kind)}, not an ImageStream: kind must be ImageStream`, at(['kind']));
  if (value.apiVersion === undefined) return fail(`apiVersion is missing: it must be ${API_VERSION}`, at([]));
  if (value.apiVersion !== API_VERSION)
    return fail(`apiVersion is ${JSON.stringify(value.apiVersion)}: ImageStreams use ${API_VERSION}`, at(['apiVersion']));
  const problem = shapeProblem(value, text);
  if (problem) return fail(problem.message, at(problem.path));
  const { object, dropped } = dropServerFields(value);
  const notice = dropped.length > 0 ? `Dropped ${dropped.join(', ')}: the server sets ${dropped.length > 1 ? 'them' : 'it'}.` : undefined;
  return { ok: true, values: fromObject(object), object, dropped, ...(notice ? { notice } : {}) };
}

export function importYaml(text: string): YamlImportResult {
  try {
    const lines = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter: lines });
    const parsed = Array.isArray(docs) ? docs : [];
    const broken = parsed.find((doc) => doc.errors.length > 0)?.errors[0];
    if (broken) {
      const reason = broken.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? broken.message;
      return fail(`Invalid YAML: ${reason}`, broken.linePos?.[0]);
    }
    const filled = parsed.map((doc) => ({ doc, value: doc.toJS({ maxAliasCount: 100 }) as unknown })).filter((d) => d.value != null);
    const [first, second] = filled;
    if (!first) return fail('There is nothing to import: paste or upload an ImageStream in YAML or JSON');
    if (second)
      return fail(`Found ${filled.length} YAML documents; import one ImageStream at a time`, locate(second.doc, lines, []));
    const { doc, value } = first;
    let prefix: ShapePath = [];
    let object = value;
    // `oc get is NAME -o yaml` gives the object; `oc get is -o yaml` a List, usable when it holds one.
    if (isRecord(value) && value.kind === 'List' && Array.isArray(value.items)) {
      if (value.items.length !== 1)
        return fail(`This List holds ${value.items.length} objects; import one ImageStream at a time`, locate(doc, lines, ['items']));
      prefix = ['items', 0];
      object = value.items[0];
    }
    const at = (path: ShapePath) => locate(doc, lines, [...prefix, ...path]);
    const source = (path: ShapePath) => {
      const node = doc.getIn([...prefix, ...path], true);
      return isNode(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
    };
    return checkObject(object, at, source);
  } catch (error) {
    return fail(`Could not read this YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}
