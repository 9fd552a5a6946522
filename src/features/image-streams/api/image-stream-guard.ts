import * as z from 'zod/mini';
import { imageStreamSchema } from './schemas';
import type { ImageStream } from './schemas';

// The shape imageStreamSchema accepts, checked in place. zod parses by building a copy of every
// object, and under the Content-Security-Policy it runs without its compiled parsers: 0.8 s for a
// 10,000-stream list, longer than JSON.parse of it. This check allocates nothing. It may refuse more
// than the schema (a caller then lets zod decide and word the error), never less: a property test
// holds it to that against the schema itself. One difference on purpose: zod's copy loses an own
// `__proto__` key, the guard leaves the object as sent (no valid label, annotation or field name).

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (!isRecord(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const string: Check = (v) => typeof v === 'string';
const number: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const boolean: Check = (v) => typeof v === 'boolean';
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const nullish = (check: Check): Check => (v) => v === undefined || v === null || check(v);
// Every index, holes included: `every` would skip a hole, zod reads it as undefined.
const every = (values: unknown[], check: Check): boolean => {
  for (let i = 0; i < values.length; i++) if (!check(values[i])) return false;
  return true;
};
const array = (check: Check): Check => (v) => Array.isArray(v) && every(v, check);
// Every own key: symbol keys fail zod's record too; non-enumerable ones it skips, and refusing them is allowed.
const stringMap: Check = (v) => isPlain(v) && Reflect.ownKeys(v).every((key) => typeof key === 'string' && string(v[key]));
/** An object with at least these fields; others pass untouched, as with zod's looseObject. */
const object =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (!isRecord(v)) return false;
    for (const key in fields) if (!fields[key]!(v[key])) return false;
    return true;
  };

const objectMeta = object({
  name: string,
  namespace: optional(string),
  uid: optional(string),
  resourceVersion: optional(string),
  generation: optional(number),
  creationTimestamp: optional(string),
  deletionTimestamp: optional(string),
  labels: nullish(stringMap),
  annotations: nullish(stringMap),
  finalizers: nullish(array(string)),
});

const tagReference = object({
  name: string,
  annotations: nullish(stringMap),
  from: nullish(object({ kind: string, name: string, namespace: optional(string) })),
  reference: optional(boolean),
  generation: nullish(number),
  importPolicy: optional(object({ insecure: optional(boolean), scheduled: optional(boolean), importMode: optional(string) })),
  referencePolicy: optional(object({ type: string })),
});

const tagEvent = object({ created: string, dockerImageReference: string, image: string, generation: number });
const tagEventCondition = object({
  type: string,
  status: string,
  lastTransitionTime: optional(string),
  reason: optional(string),
  message: optional(string),
  generation: number,
});

const imageStream = object({
  apiVersion: optional(string),
  kind: optional(string),
  metadata: objectMeta,
  spec: object({
    lookupPolicy: optional(object({ local: boolean })),
    dockerImageRepository: optional(string),
    tags: nullish(array(tagReference)),
  }),
  status: optional(
    object({
      dockerImageRepository: optional(string),
      publicDockerImageRepository: optional(string),
      tags: nullish(array(object({ tag: string, items: nullish(array(tagEvent)), conditions: nullish(array(tagEventCondition)) }))),
    }),
  ),
});

/** True when imageStreamSchema would accept the value and return it unchanged. */
export const isImageStream = (value: unknown): value is ImageStream => imageStream(value);

const imageStreamArray = z.array(imageStreamSchema);

/** An ImageStream from the API: checked in place, or by zod (with its error) when the check refuses. */
export const parseImageStream = (value: unknown): ImageStream => (isImageStream(value) ? value : imageStreamSchema.parse(value));

/** A page of ImageStreams; when any one is refused, zod parses the page and its error names the item. */
export function parseImageStreams(values: unknown): ImageStream[] {
  return array(isImageStream)(values) ? (values as ImageStream[]) : imageStreamArray.parse(values);
}
