// Shared by the cluster's unit tests: a cluster on a manual clock, Status capture, watch capture.
import { createCluster, type Cluster, type ClusterOptions } from './cluster';
import { createManualClock, type ManualClock } from './clock';
import { StatusError, type StatusBody } from './status-error';
import type { ImageStream, TagReference, WatchEvent } from './types';
import type { WatchOptions } from './watch';

export function testCluster(options: ClusterOptions = {}): { cluster: Cluster; clock: ManualClock } {
  const clock = createManualClock();
  const cluster = createCluster({ clock, ...options });
  return { cluster, clock };
}

/** The Status a call fails with; throws when it does not fail with one. */
export function statusOf(fn: () => unknown): StatusBody {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatusError) return error.toStatus();
    throw error;
  }
  throw new Error('expected the call to fail with a StatusError');
}

export const dockerTag = (name: string, image: string, extra: Partial<TagReference> = {}): TagReference => ({
  name,
  from: { kind: 'DockerImage', name: image },
  ...extra,
});

export const streamBody = (name: string, tags?: TagReference[], extra: Record<string, unknown> = {}) => ({
  apiVersion: 'image.openshift.io/v1',
  kind: 'ImageStream',
  metadata: { name },
  spec: tags ? { tags } : {},
  ...extra,
});

export const specTag = (stream: ImageStream, name: string) => stream.spec.tags?.find((t) => t.name === name);
export const statusTagOf = (stream: ImageStream, name: string) => stream.status?.tags?.find((t) => t.tag === name);

export interface WatchCapture {
  events: WatchEvent[];
  closed: () => boolean;
  stop: () => void;
  /** "TYPE name" per event, for compact assertions. */
  summary: () => string[];
}

export function captureWatch(cluster: Cluster, options: WatchOptions): WatchCapture {
  const events: WatchEvent[] = [];
  let closed = false;
  const stop = cluster.watch(options, {
    send: (event) => events.push(event),
    close: () => {
      closed = true;
    },
  });
  return {
    events,
    closed: () => closed,
    stop,
    summary: () => events.map((e) => `${e.type} ${(e.object as ImageStream).metadata?.name ?? ''}`.trim()),
  };
}

let sample: Cluster | undefined;
/** One sample cluster per test file, for tests that only read (or whose writes are refused). */
export function readOnlySample(): Cluster {
  return (sample ??= testCluster().cluster);
}
