// Graceful deletion: DELETE answers 200 with the object; while finalizers remain it stays, with a
// deletionTimestamp, and is really gone (DELETED event, 404) only once the last finalizer is removed.
import type { ClusterContext } from './context';
import { isoTime } from './clock';
import { conflict, notFound } from './status-error';
import type { ImageStream } from './types';

export interface DeleteOptions {
  propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
  dryRun?: boolean;
  preconditions?: { uid?: string; resourceVersion?: string };
}

const GC_FINALIZERS = new Set(['foregroundDeletion', 'orphan']);

export function deleteImageStream(ctx: ClusterContext, namespace: string, name: string, options: DeleteOptions = {}): ImageStream {
  ctx.rbac.check('delete', 'imagestreams', namespace);
  const stream = ctx.store.get(namespace, name);
  if (!stream) throw notFound('imagestreams', name);
  const { uid, resourceVersion } = options.preconditions ?? {};
  if (uid && uid !== stream.metadata.uid)
    throw conflict('imagestreams', name, `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${stream.metadata.uid}`);
  if (resourceVersion && resourceVersion !== stream.metadata.resourceVersion)
    throw conflict('imagestreams', name, `Precondition failed: ResourceVersion in precondition: ${resourceVersion}, ResourceVersion in object meta: ${stream.metadata.resourceVersion}`);
  if (options.dryRun || stream.metadata.deletionTimestamp) return structuredClone(stream);
  const finalizers = [...(stream.metadata.finalizers ?? [])];
  if (options.propagationPolicy === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
  if (options.propagationPolicy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
  if (finalizers.length === 0) return ctx.store.remove(stream);
  const terminating = structuredClone(stream);
  terminating.metadata.finalizers = finalizers;
  terminating.metadata.deletionTimestamp = isoTime(ctx.clock.now());
  terminating.metadata.deletionGracePeriodSeconds = 0;
  const stored = ctx.store.write('MODIFIED', terminating);
  ctx.onTerminating(namespace, name);
  return stored;
}

/** After an update: a terminating object whose last finalizer went is deleted for real. */
export function finishIfReleased(ctx: ClusterContext, stream: ImageStream): ImageStream {
  if (stream.metadata.deletionTimestamp && (stream.metadata.finalizers ?? []).length === 0) return ctx.store.remove(stream);
  return stream;
}

/** Removes finalizers the way their controllers would; returns true when something changed. */
export function dropFinalizers(ctx: ClusterContext, namespace: string, name: string, which: (f: string) => boolean): void {
  const stream = ctx.store.get(namespace, name);
  if (!stream?.metadata.deletionTimestamp) return;
  const remaining = (stream.metadata.finalizers ?? []).filter((f) => !which(f));
  if (remaining.length === (stream.metadata.finalizers ?? []).length) return;
  const next = structuredClone(stream);
  next.metadata.finalizers = remaining;
  finishIfReleased(ctx, remaining.length === 0 ? next : ctx.store.write('MODIFIED', next));
}

const scheduled = new WeakMap<ClusterContext, Set<unknown>>();

export function scheduleFinalizerControllers(ctx: ClusterContext, namespace: string, name: string): void {
  const timers = scheduled.get(ctx) ?? new Set<unknown>();
  scheduled.set(ctx, timers);
  const later = (ms: number, which: (f: string) => boolean) => {
    const timer = ctx.clock.setTimeout(() => {
      timers.delete(timer);
      dropFinalizers(ctx, namespace, name, which);
    }, ms);
    timers.add(timer);
  };
  later(ctx.config.gcDelayMs, (f) => GC_FINALIZERS.has(f));
  later(ctx.config.cleanupDelayMs, (f) => f === ctx.config.cleanupFinalizer);
}

/** On reset: pending finalizer work must not reach the re-seeded objects of the same names. */
export function cancelFinalizerControllers(ctx: ClusterContext): void {
  for (const timer of scheduled.get(ctx) ?? []) ctx.clock.clearTimeout(timer);
  scheduled.delete(ctx);
}
