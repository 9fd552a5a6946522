// The import controller: after a short delay it resolves DockerImage tags whose spec generation is
// newer than what status has seen, and re-imports scheduled tags on an interval.
import type { ClusterContext, ImportQueue } from './context';
import { isoTime } from './clock';
import { addTagEvent, needsImport, setImportFailure, updateTrackingTags } from './tag-status';
import type { ImageStream, TagReference } from './types';

export const CHECK_ANNOTATION = 'openshift.io/image.dockerRepositoryCheck';

/** Imports one tag into `stream` (mutating it); returns whether the tag's history grew. */
export function importTag(ctx: ClusterContext, stream: ImageStream, ref: TagReference, generation: number): { ok: boolean; grew: boolean } {
  const now = isoTime(ctx.clock.now());
  const result = ctx.registry.resolve(ref.from?.name ?? '', { insecure: ref.importPolicy?.insecure });
  if (!result.ok) {
    setImportFailure(stream, ref.name, {
      type: 'ImportSuccess',
      status: 'False',
      lastTransitionTime: now,
      reason: result.reason,
      message: result.message,
      generation,
    });
    return { ok: false, grew: false };
  }
  const grew = addTagEvent(stream, ref.name, { created: now, dockerImageReference: result.dockerImageReference, image: result.digest, generation });
  updateTrackingTags(stream, ref.name, now);
  return { ok: true, grew };
}

export interface ImportController extends ImportQueue {
  /** Re-imports every scheduled tag now (what the interval timer does). */
  runScheduled(): void;
  start(): void;
  stop(): void;
}

export function createImportController(ctx: ClusterContext): ImportController {
  const pending = new Map<string, unknown>();
  let scheduledTimer: unknown;
  let running = false;

  const run = (namespace: string, name: string) => {
    pending.delete(`${namespace}/${name}`);
    const stored = ctx.store.get(namespace, name);
    if (!stored || stored.metadata.deletionTimestamp) return;
    const stream = structuredClone(stored);
    const due = (stream.spec.tags ?? []).filter((ref) => needsImport(stream, ref));
    if (due.length === 0) return;
    for (const ref of due) importTag(ctx, stream, ref, ref.generation ?? 0);
    stream.metadata.annotations = { ...stream.metadata.annotations, [CHECK_ANNOTATION]: isoTime(ctx.clock.now()) };
    ctx.store.write('MODIFIED', stream);
  };

  const controller: ImportController = {
    enqueue(namespace, name) {
      const key = `${namespace}/${name}`;
      if (pending.has(key)) return;
      pending.set(key, ctx.clock.setTimeout(() => run(namespace, name), ctx.config.importDelayMs));
    },
    runScheduled() {
      for (const stored of ctx.store.list()) {
        const scheduled = (stored.spec.tags ?? []).filter((t) => t.importPolicy?.scheduled && t.from?.kind === 'DockerImage' && !t.reference);
        if (scheduled.length === 0 || stored.metadata.deletionTimestamp) continue;
        const stream = structuredClone(stored);
        let changed = false;
        for (const ref of scheduled) {
          const before = JSON.stringify(stream.status?.tags?.find((t) => t.tag === ref.name));
          importTag(ctx, stream, ref, ref.generation ?? 0);
          changed ||= before !== JSON.stringify(stream.status?.tags?.find((t) => t.tag === ref.name));
        }
        if (changed) ctx.store.write('MODIFIED', stream);
      }
    },
    start() {
      running = true;
      const tick = () => {
        if (!running) return;
        controller.runScheduled();
        scheduledTimer = ctx.clock.setTimeout(tick, ctx.config.scheduledIntervalMs);
      };
      scheduledTimer = ctx.clock.setTimeout(tick, ctx.config.scheduledIntervalMs);
    },
    stop() {
      running = false;
      ctx.clock.clearTimeout(scheduledTimer);
      for (const handle of pending.values()) ctx.clock.clearTimeout(handle);
      pending.clear();
    },
  };
  return controller;
}
