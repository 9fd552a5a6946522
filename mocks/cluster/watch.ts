// Watches: replay from a resourceVersion out of the bounded history (410 Expired when it is gone), then
// live events filtered by selectors (an object that stops matching is DELETED for this watcher),
// bookmarks on an interval, and a server-side timeout after which clients must reconnect.
import type { ClusterContext } from './context';
import { badRequest, expired } from './status-error';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import type { StoredEvent } from './store';
import type { ImageStream, WatchEvent } from './types';

export interface WatchOptions {
  namespace?: string;
  resourceVersion?: string | null;
  labelSelector?: string | null;
  fieldSelector?: string | null;
  allowWatchBookmarks?: boolean;
  timeoutSeconds?: number;
  /** Treat any resourceVersion as too old (fault switch). */
  forceExpired?: boolean;
}

export interface WatchSink {
  send(event: WatchEvent): void;
  close(): void;
}

/** Starts a watch; throws a StatusError for bad parameters before anything is sent. Returns a stop function. */
export function openWatch(ctx: ClusterContext, options: WatchOptions, sink: WatchSink): () => void {
  ctx.rbac.check('watch', 'imagestreams', options.namespace);
  if (options.namespace !== undefined) ctx.namespaces.get(options.namespace);
  const byLabel = parseLabelSelector(options.labelSelector ?? null);
  const byField = parseFieldSelector(options.fieldSelector ?? null);
  const inScope = (s: ImageStream) => options.namespace === undefined || s.metadata.namespace === options.namespace;
  const matches = (s: ImageStream) => inScope(s) && byLabel(s.metadata) && byField(s.metadata);
  const key = (s: ImageStream) => `${s.metadata.namespace}/${s.metadata.name}`;
  const rvText = options.resourceVersion ?? '';
  const fromNow = rvText === '' || rvText === '0';
  const since = fromNow ? 0 : Number(rvText);
  if (!fromNow && !/^\d+$/.test(rvText)) throw badRequest(`resourceVersion: Invalid value: ${JSON.stringify(rvText)}: strconv.ParseUint: parsing ${JSON.stringify(rvText)}: invalid syntax`);

  let closed = false;
  const timers: unknown[] = [];
  const stop = () => {
    if (closed) return;
    closed = true;
    ctx.openWatches.delete(drop);
    unsubscribe();
    for (const t of timers) ctx.clock.clearTimeout(t);
  };
  const drop = () => {
    stop();
    sink.close();
  };
  const visible = new Set<string>();
  const deliver = (event: StoredEvent) => {
    const k = key(event.object);
    const now = matches(event.object);
    const was = visible.has(k);
    if (event.type === 'DELETED') {
      if (was || now) sink.send({ type: 'DELETED', object: event.object });
      visible.delete(k);
      return;
    }
    if (now) {
      // Starting to match a selector is an ADDED for this watcher, as the watch cache sends it.
      sink.send({ type: was ? 'MODIFIED' : 'ADDED', object: event.object });
      visible.add(k);
    } else if (was) {
      sink.send({ type: 'DELETED', object: event.object });
      visible.delete(k);
    }
  };

  let unsubscribe: () => void = () => undefined;
  if (!fromNow && (options.forceExpired || ctx.store.isCompacted(since))) {
    sink.send({ type: 'ERROR', object: expired(`too old resource version: ${rvText} (${ctx.store.currentRv()})`).toStatus() });
    closed = true;
    sink.close();
    return () => undefined;
  }
  if (fromNow) {
    for (const s of ctx.store.list(options.namespace)) {
      if (!matches(s)) continue;
      visible.add(key(s));
      sink.send({ type: 'ADDED', object: s });
    }
  } else {
    const replay = ctx.store.eventsSince(since);
    const events = replay === 'expired' ? [] : replay;
    const first = new Map<string, StoredEvent>();
    for (const e of events) if (!first.has(key(e.object))) first.set(key(e.object), e);
    for (const s of ctx.store.list(options.namespace)) if (matches(s) && !first.has(key(s))) visible.add(key(s));
    // The history keeps no previous object: one that existed before `since` is taken to have matched
    // then as it does at its first change, so a replay never leaks other namespaces or selectors.
    for (const [k, e] of first) if (e.type !== 'ADDED' && matches(e.object)) visible.add(k);
    for (const e of events) deliver(e);
  }
  unsubscribe = ctx.store.subscribe((event) => {
    if (!closed) deliver(event);
  });
  ctx.openWatches.add(drop);

  if (options.allowWatchBookmarks) {
    const bookmark = () => {
      if (closed) return;
      sink.send({ type: 'BOOKMARK', object: { kind: 'ImageStream', apiVersion: 'image.openshift.io/v1', metadata: { resourceVersion: ctx.store.currentRv() } } });
      timers.push(ctx.clock.setTimeout(bookmark, ctx.config.bookmarkIntervalMs));
    };
    timers.push(ctx.clock.setTimeout(bookmark, ctx.config.bookmarkIntervalMs));
  }
  const timeout = Math.min(options.timeoutSeconds && options.timeoutSeconds > 0 ? options.timeoutSeconds : Infinity, ctx.config.watchTimeoutSeconds);
  timers.push(ctx.clock.setTimeout(drop, timeout * 1000));
  return stop;
}
