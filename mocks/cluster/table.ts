// Server-side Table output (Accept: application/json;as=Table;g=meta.k8s.io;v=v1): the columns `oc get is` prints.
import type { ImageStream } from './types';

export const TABLE_COLUMNS = [
  { name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.', priority: 0 },
  { name: 'Image Repository', type: 'string', format: '', description: 'The image repository of the stream.', priority: 0 },
  { name: 'Tags', type: 'string', format: '', description: 'Tags that have images.', priority: 0 },
  { name: 'Updated', type: 'string', format: '', description: 'When the newest tag was last updated.', priority: 0 },
];

export function relativeAge(fromMs: number, nowMs: number): string {
  const seconds = Math.max(0, Math.floor((nowMs - fromMs) / 1000));
  const units: [number, string][] = [
    [86400 * 365, 'year'],
    [86400 * 30, 'month'],
    [86400 * 7, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    const n = Math.floor(seconds / size);
    if (n >= 1) return `${n} ${unit}${n > 1 ? 's' : ''} ago`;
  }
  return `${seconds} second${seconds === 1 ? '' : 's'} ago`;
}

export function tableRow(stream: ImageStream, nowMs: number) {
  const repo = stream.status?.publicDockerImageRepository || stream.spec.dockerImageRepository || stream.status?.dockerImageRepository || '';
  const withImages = (stream.status?.tags ?? []).filter((t) => t.items?.[0]);
  let tags = withImages.map((t) => t.tag).join(',');
  if (tags.length > 40) tags = `${tags.slice(0, 40)} + ${withImages.length - tags.slice(0, 40).split(',').length} more...`;
  const newest = Math.max(0, ...withImages.map((t) => Date.parse(t.items?.[0]?.created ?? '') || 0));
  return {
    cells: [stream.metadata.name ?? '', repo, tags, newest > 0 ? relativeAge(newest, nowMs) : ''],
    object: {
      kind: 'PartialObjectMetadata',
      apiVersion: 'meta.k8s.io/v1',
      metadata: stream.metadata,
    },
  };
}

export function toTable(streams: ImageStream[], nowMs: number, meta: { resourceVersion?: string; continue?: string; remainingItemCount?: number }, withColumns = true) {
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: meta,
    ...(withColumns ? { columnDefinitions: TABLE_COLUMNS } : { columnDefinitions: null }),
    rows: streams.map((s) => tableRow(s, nowMs)),
  };
}

export function wantsTable(accept: string | null): boolean {
  return Boolean(accept && /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept));
}
