// One row per tag: the union of spec.tags and status.tags, keyed by name, sorted as the server sorts.
import type { ImageStream, NamedTagEventList, TagEvent, TagReference } from '../api/schemas';
import { tagState, type TagState } from './tag-state';

export interface TagRow {
  name: string;
  spec?: TagReference;
  status?: NamedTagEventList;
  /** items[0]: the image the tag points at now. */
  current?: TagEvent;
  /** Newest first, current included. */
  history: TagEvent[];
  state: TagState;
}

export function tagRows(stream: ImageStream): TagRow[] {
  const specs = new Map((stream.spec.tags ?? []).map((t) => [t.name, t]));
  const statuses = new Map((stream.status?.tags ?? []).map((t) => [t.tag, t]));
  const names = [...new Set([...specs.keys(), ...statuses.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => {
    const spec = specs.get(name);
    const status = statuses.get(name);
    const history = status?.items ?? [];
    return { name, spec, status, current: history[0], history, state: tagState(spec, status) };
  });
}
