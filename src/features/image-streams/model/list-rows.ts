// What the list shows of a stream, derived once per stream object: a watch replaces only the
// streams that changed, so every other row is reused and 10,000 streams stay cheap to refresh.
import type { ImageStream } from '../api/schemas';
import { imageRepository } from './pull-specs';
import { failingTags, lastUpdated } from './summary';
import { tagRows } from './tag-rows';
import type { TagState } from './tag-state';

export interface ListTag {
  name: string;
  state: TagState['kind'];
}

export interface ListRow {
  key: string;
  name: string;
  /** The name lower-cased once, for the name filter: a keystroke then only compares strings. */
  searchName: string;
  namespace: string;
  labels: Record<string, string>;
  tags: ListTag[];
  repository: string | undefined;
  lookupLocal: boolean;
  /** The newest items[0].created of any tag. */
  updated: string | undefined;
  failing: string[];
}

const cache = new WeakMap<ImageStream, ListRow>();

export function toListRow(stream: ImageStream): ListRow {
  const cached = cache.get(stream);
  if (cached) return cached;
  const { name, namespace = '', uid, labels } = stream.metadata;
  const row: ListRow = {
    key: uid ?? `${namespace}/${name}`,
    name,
    searchName: name.toLowerCase(),
    namespace,
    labels: labels ?? {},
    tags: tagRows(stream).map((tag) => ({ name: tag.name, state: tag.state.kind })),
    repository: imageRepository(stream),
    lookupLocal: stream.spec.lookupPolicy?.local ?? false,
    updated: lastUpdated(stream),
    failing: failingTags(stream),
  };
  cache.set(stream, row);
  return row;
}

export const toListRows = (streams: ImageStream[]): ListRow[] => streams.map(toListRow);
