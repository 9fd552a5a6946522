// A failed create/update -> errors on the fields they concern, ready for react-hook-form's setError.
import type { FieldPath } from 'react-hook-form';
import { describeError } from '../../../components/ui/describe-error';
import { isAlreadyExists, isK8sApiError } from '../../../lib/k8s/errors';
import type { StatusCause } from '../../../lib/k8s/errors';
import type { ImageStreamFormValues } from './form-schema';

/** A field, a section (`root.labels`, `root.annotations`) or the whole form (`root.server`). */
export type FormErrorPath = FieldPath<ImageStreamFormValues> | 'root.server' | 'root.labels' | 'root.annotations';
export interface FormError {
  path: FormErrorPath;
  message: string;
}

const TAG_FIELDS: Record<string, keyof ImageStreamFormValues['tags'][number]> = {
  'from.name': 'sourceName',
  'from.kind': 'sourceKind',
  'from.namespace': 'sourceNamespace',
  from: 'sourceName',
  'importPolicy.scheduled': 'scheduled',
  'importPolicy.insecure': 'insecure',
  'importPolicy.importMode': 'importMode',
  'referencePolicy.type': 'referencePolicy',
  reference: 'reference',
  name: 'name',
};

/** `Invalid value: "x": must match …` -> `Must match …`; the field already shows the value. */
function detail(message: string): string {
  const text = message.replace(/^(Invalid value|Not found|Forbidden|Unsupported value|Duplicate value): (?:"(?:[^"\\]|\\.)*"|\S+): /, '$1: ').replace(/^Invalid value: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The quoted value of `Invalid value: "…"`, which names the offending label or annotation. */
function quotedValue(message: string): string | undefined {
  const match = /^[A-Za-z ]+: ("(?:[^"\\]|\\.)*")/.exec(message);
  if (!match?.[1]) return undefined;
  try {
    return JSON.parse(match[1]) as string;
  } catch {
    return undefined;
  }
}

function mapMapField(section: 'labels' | 'annotations', values: ImageStreamFormValues, message: string, fieldKey?: string): FormError {
  const quoted = quotedValue(message);
  const rows = values[section];
  if (fieldKey !== undefined) {
    const row = rows.findIndex((r) => r.key === fieldKey);
    if (row >= 0) return { path: `${section}.${row}.${quoted === fieldKey ? 'key' : 'value'}`, message: detail(message) };
  }
  const byKey = rows.findIndex((row) => row.key === quoted);
  if (byKey >= 0) return { path: `${section}.${byKey}.key`, message: detail(message) };
  // apimachinery quotes a bad label value where it would quote the key, under the same field.
  const byValue = quoted === undefined ? -1 : rows.findIndex((row) => row.value === quoted);
  if (byValue >= 0) return { path: `${section}.${byValue}.value`, message: detail(message) };
  return { path: `root.${section}`, message: detail(message) };
}

function mapField(field: string, message: string, values: ImageStreamFormValues): FormError | undefined {
  if (field === 'metadata.name') return { path: 'name', message: detail(message) };
  if (field === 'metadata.namespace') return { path: 'namespace', message: detail(message) };
  const map = /^metadata\.(labels|annotations)(?:\[(.*)\])?$/.exec(field);
  if (map) return mapMapField(map[1] as 'labels' | 'annotations', values, message, map[2]);
  const tag = /^spec\.tags\[(.*?)\]\.?(.*)$/.exec(field);
  if (!tag) return undefined;
  const index = values.tags.findIndex((t) => t.name === tag[1]);
  const target = TAG_FIELDS[tag[2] ?? ''];
  if (index < 0 || !target) return undefined;
  return { path: `tags.${index}.${target}`, message: detail(message) };
}

/** openshift-apiserver wraps cross-stream problems in one InternalError cause: `... is invalid: [spec.tags[x].from.name: …, …]`. */
export function pathsInMessage(message: string): { field: string; message: string }[] {
  const pattern = /(spec\.tags\[[^\]]*\](?:\.[A-Za-z]+)*): /g;
  const hits = [...message.matchAll(pattern)];
  const listed = /is invalid: \[/.test(message);
  return hits.map((hit, i) => {
    const start = (hit.index ?? 0) + hit[0].length;
    const next = hits[i + 1];
    const rest = next ? message.slice(start, next.index).replace(/, $/, '') : message.slice(start);
    const text = !next && listed ? rest.replace(/\]$/, '') : rest;
    return { field: hit[1] ?? '', message: text };
  });
}

function mapCause(cause: StatusCause, values: ImageStreamFormValues, fallback: string): FormError[] {
  const field = cause.field ?? '';
  const message = cause.message ?? fallback;
  if (field === '') {
    const inner = pathsInMessage(message);
    if (inner.length === 0) return [{ path: 'root.server', message }];
    return inner.map((p) => mapField(p.field, p.message, values) ?? { path: 'root.server', message: `${p.field}: ${p.message}` });
  }
  return [mapField(field, message, values) ?? { path: 'root.server', message: `${field}: ${message}` }];
}

function merge(errors: FormError[]): FormError[] {
  const byPath = new Map<FormErrorPath, string[]>();
  for (const e of errors) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e.message]);
  return [...byPath].map(([path, messages]) => ({ path, message: [...new Set(messages)].join('. ') }));
}

export function serverErrorsToForm(error: unknown, values: ImageStreamFormValues): FormError[] {
  if (!isK8sApiError(error)) return [{ path: 'root.server', message: withRemedy(error) }];
  if (isAlreadyExists(error)) {
    const name = error.details.name || values.name;
    return [{ path: 'name', message: `An ImageStream named ${name} already exists in namespace ${values.namespace}` }];
  }
  if (error.code === 422 && error.causes.length > 0) return merge(error.causes.flatMap((cause) => mapCause(cause, values, error.message)));
  return [{ path: 'root.server', message: withRemedy(error) }];
}

/** A 5xx, a 429 or an unreachable proxy: the message, then what to do about it (wait, check the proxy). */
function withRemedy(error: unknown): string {
  const { message, hint } = describeError(error);
  return hint ? `${message}. ${hint}` : message;
}
