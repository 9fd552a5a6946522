// ImageStream REST semantics: create, get, list, update, patch, with generation bookkeeping and status
// derived from spec. Deletion lives in deletion.ts.
import type { ClusterContext } from './context';
import { isoTime } from './clock';
import { applyDefaults, repositoryStatus, specFingerprint, tagSourceChanged } from './defaults';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch';
import { resolveSpecTags } from './resolve';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import { alreadyExists, badRequest, conflict, expired, invalid, notFound, STALE_OBJECT, type StatusCause } from './status-error';
import { removeStatusTag } from './tag-status';
import type { ImageStream } from './types';
import { validateImageStream } from './validation';
import { finishIfReleased } from './deletion';

const GROUP_VERSION = 'image.openshift.io/v1';
export interface WriteOptions {
  dryRun?: boolean;
}

export function checkBody(body: unknown, namespace: string): ImageStream {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('the body of the request was in an unknown format - accepted media types include: application/json, application/yaml');
  const stream = structuredClone(body) as ImageStream;
  if (stream.kind !== undefined && stream.kind !== 'ImageStream')
    throw badRequest(`the API version in the data (${String(stream.apiVersion)}) and kind (${String(stream.kind)}) do not match the request (image.openshift.io/v1, ImageStream)`);
  if (stream.apiVersion !== undefined && stream.apiVersion !== GROUP_VERSION)
    throw badRequest(`the API version in the data (${String(stream.apiVersion)}) does not match the expected API version (${GROUP_VERSION})`);
  stream.kind = 'ImageStream';
  stream.apiVersion = GROUP_VERSION;
  stream.metadata = { ...(stream.metadata ?? {}) };
  if (stream.metadata.namespace && stream.metadata.namespace !== namespace)
    throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  stream.metadata.namespace = namespace;
  return stream;
}

function fail(name: string, causes: StatusCause[]): never {
  throw invalid('ImageStream', name, causes);
}

export function createImageStream(ctx: ClusterContext, namespace: string, body: unknown, options: WriteOptions = {}): ImageStream {
  const stream = checkBody(body, namespace);
  ctx.namespaces.get(namespace);
  ctx.rbac.check('create', 'imagestreams', namespace);
  if (!stream.metadata.name && stream.metadata.generateName) stream.metadata.name = `${stream.metadata.generateName}${ctx.random.suffix(5)}`;
  applyDefaults(stream);
  const name = stream.metadata.name ?? '';
  const causes = validateImageStream(stream, namespace);
  if (causes.length > 0) fail(name, causes);
  if (ctx.store.get(namespace, name)) throw alreadyExists('imagestreams', name);
  const now = ctx.clock.now();
  const { resourceVersion: _rv, deletionTimestamp: _dt, deletionGracePeriodSeconds: _dg, ...meta } = stream.metadata;
  stream.metadata = { ...meta, uid: ctx.random.uid(), creationTimestamp: isoTime(now), generation: 1 };
  for (const tag of stream.spec.tags ?? []) tag.generation = 1;
  stream.status = repositoryStatus(ctx.config, namespace, name);
  const cause = resolveSpecTags(ctx, stream);
  if (cause) fail(name, [cause]);
  if (options.dryRun) return stream;
  const stored = ctx.store.write('ADDED', stream);
  ctx.imports.enqueue(namespace, name);
  return stored;
}

export function getImageStream(ctx: ClusterContext, namespace: string, name: string): ImageStream {
  ctx.rbac.check('get', 'imagestreams', namespace);
  const stream = ctx.store.get(namespace, name);
  if (!stream) throw notFound('imagestreams', name);
  return structuredClone(stream);
}

export interface ListOptions {
  labelSelector?: string | null;
  fieldSelector?: string | null;
  limit?: number;
  continueToken?: string | null;
}

export interface ListResult {
  items: ImageStream[];
  resourceVersion: string;
  continueToken?: string;
  remainingItemCount?: number;
}

interface ContinueToken {
  rv: number;
  start: string;
}

export function listImageStreams(ctx: ClusterContext, namespace: string | undefined, options: ListOptions = {}): ListResult {
  ctx.rbac.check('list', 'imagestreams', namespace);
  if (namespace !== undefined) ctx.namespaces.get(namespace);
  const byLabel = parseLabelSelector(options.labelSelector ?? null);
  const byField = parseFieldSelector(options.fieldSelector ?? null);
  let start = '';
  let rv = ctx.store.currentRv();
  if (options.continueToken) {
    let token: ContinueToken;
    try {
      token = JSON.parse(atob(options.continueToken)) as ContinueToken;
    } catch {
      throw badRequest('continue key is not valid: illegal base64 data');
    }
    if (ctx.store.isCompacted(token.rv))
      throw expired('The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.');
    start = token.start;
    rv = String(token.rv);
  }
  const matching = ctx.store
    .list(namespace)
    .filter((s) => `${s.metadata.namespace}/${s.metadata.name}` > start && byLabel(s.metadata) && byField(s.metadata));
  const limit = options.limit && options.limit > 0 ? options.limit : matching.length;
  const items = matching.slice(0, limit).map((s) => structuredClone(s));
  if (matching.length <= limit) return { items, resourceVersion: rv };
  const last = items[items.length - 1];
  const next: ContinueToken = { rv: Number(rv), start: `${last?.metadata.namespace}/${last?.metadata.name}` };
  return { items, resourceVersion: rv, continueToken: btoa(JSON.stringify(next)), remainingItemCount: matching.length - limit };
}

export interface UpdateOptions extends WriteOptions {
  /** PATCH needs no resourceVersion; PUT does. */
  requireResourceVersion?: boolean;
}

export function updateImageStream(ctx: ClusterContext, namespace: string, name: string, body: unknown, options: UpdateOptions = {}): ImageStream {
  const next = checkBody(body, namespace);
  ctx.rbac.check('update', 'imagestreams', namespace);
  const old = ctx.store.get(namespace, name);
  if (!old) throw notFound('imagestreams', name);
  if (next.metadata.name && next.metadata.name !== name)
    throw badRequest(`the name of the object (${next.metadata.name}) does not match the name on the URL (${name})`);
  next.metadata.name = name;
  const rv = next.metadata.resourceVersion;
  if (!rv && options.requireResourceVersion !== false)
    fail(name, [{ reason: 'FieldValueInvalid', message: 'Invalid value: 0x0: must be specified for an update', field: 'metadata.resourceVersion' }]);
  if (rv && rv !== old.metadata.resourceVersion) throw conflict('imagestreams', name, STALE_OBJECT);
  applyDefaults(next);
  const causes = validateImageStream(next, namespace);
  if (causes.length > 0) fail(name, causes);

  const { uid, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, generation } = old.metadata;
  next.metadata = { ...next.metadata, uid, creationTimestamp, generation, resourceVersion: old.metadata.resourceVersion };
  if (deletionTimestamp) Object.assign(next.metadata, { deletionTimestamp, deletionGracePeriodSeconds });
  else delete next.metadata.deletionTimestamp;
  // Status is owned by the server: whatever the client sent is replaced by the stored status.
  next.status = structuredClone(old.status ?? repositoryStatus(ctx.config, namespace, name));

  const changedTags = new Set<string>();
  const specChanged = specFingerprint(old) !== specFingerprint(next) || (next.spec.tags ?? []).some((t) => t.generation === 0);
  const newGeneration = (generation ?? 1) + (specChanged ? 1 : 0);
  next.metadata.generation = newGeneration;
  const oldTags = new Map((old.spec.tags ?? []).map((t) => [t.name, t]));
  for (const tag of next.spec.tags ?? []) {
    const before = oldTags.get(tag.name);
    // Users may only set a tag's generation to 0 ("import again"); any other value keeps the stored one.
    if (!before || tag.generation === 0 || tagSourceChanged(before, tag)) {
      tag.generation = newGeneration;
      changedTags.add(tag.name);
    } else tag.generation = before.generation ?? null;
  }
  for (const tagName of oldTags.keys()) if (!next.spec.tags?.some((t) => t.name === tagName)) removeStatusTag(next, tagName);
  const cause = resolveSpecTags(ctx, next, changedTags);
  if (cause) fail(name, [cause]);
  if (options.dryRun) return next;
  const { resourceVersion: _a, ...nextMeta } = next.metadata;
  const { resourceVersion: _b, ...oldMeta } = old.metadata;
  if (JSON.stringify({ ...next, metadata: nextMeta }) === JSON.stringify({ ...old, metadata: oldMeta })) return structuredClone(old);
  // An update that empties the finalizers of a terminating object deletes it: one DELETED event, no MODIFIED.
  if (next.metadata.deletionTimestamp && (next.metadata.finalizers ?? []).length === 0) return finishIfReleased(ctx, next);
  const stored = ctx.store.write('MODIFIED', next);
  ctx.imports.enqueue(namespace, name);
  return stored;
}

export type PatchType = 'merge' | 'json' | 'strategic';

export function patchImageStream(ctx: ClusterContext, namespace: string, name: string, patch: unknown, type: PatchType, options: WriteOptions = {}): ImageStream {
  ctx.rbac.check('patch', 'imagestreams', namespace);
  const current = ctx.store.get(namespace, name);
  if (!current) throw notFound('imagestreams', name);
  const base = structuredClone(current);
  const patched = type === 'json' ? jsonPatch(base, patch) : type === 'strategic' ? strategicMergePatch(base, patch) : mergePatch(base, patch);
  return updateImageStream(ctx, namespace, name, patched, { ...options, requireResourceVersion: false });
}
