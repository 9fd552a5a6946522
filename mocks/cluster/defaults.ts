// Server-side defaulting and the map-keyed storage of tags: duplicates collapse (last wins), order is by name.
import type { ClusterConfig } from './context';
import type { ImageStream, TagReference } from './types';

export function normalizeTags(tags: TagReference[] | null | undefined): TagReference[] {
  const byName = new Map<string, TagReference>();
  for (const raw of tags ?? []) {
    const tag: TagReference = { ...raw, name: String(raw?.name ?? '') };
    tag.annotations = tag.annotations ?? null;
    tag.generation = tag.generation ?? null;
    const importPolicy = { ...(tag.importPolicy ?? {}) };
    if (!importPolicy.importMode) importPolicy.importMode = 'Legacy';
    tag.importPolicy = importPolicy;
    tag.referencePolicy = { ...(tag.referencePolicy ?? {}), type: tag.referencePolicy?.type || 'Source' };
    if (tag.from === null) delete tag.from;
    byName.set(tag.name, tag);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function applyDefaults(stream: ImageStream): ImageStream {
  stream.spec = { ...(stream.spec ?? {}) };
  stream.spec.lookupPolicy = { local: Boolean(stream.spec.lookupPolicy?.local) };
  const tags = normalizeTags(stream.spec.tags);
  if (tags.length > 0) stream.spec.tags = tags;
  else delete stream.spec.tags;
  return stream;
}

export function repositoryStatus(config: ClusterConfig, namespace: string, name: string): ImageStream['status'] {
  return {
    dockerImageRepository: `${config.registryHost}/${namespace}/${name}`,
    ...(config.publicRegistryHost ? { publicDockerImageRepository: `${config.publicRegistryHost}/${namespace}/${name}` } : {}),
  };
}

/** The spec without tag generations: what decides whether metadata.generation moves. */
export function specFingerprint(stream: ImageStream): string {
  const tags = (stream.spec.tags ?? []).map(({ generation: _generation, ...rest }) => rest);
  return JSON.stringify({ ...stream.spec, tags });
}

/** Changes to these fields make a tag's image stale, so it gets a new generation and is imported again. */
export function tagSourceChanged(before: TagReference, after: TagReference): boolean {
  return (
    before.from?.kind !== after.from?.kind ||
    before.from?.name !== after.from?.name ||
    (before.from?.namespace ?? '') !== (after.from?.namespace ?? '') ||
    Boolean(before.reference) !== Boolean(after.reference) ||
    (before.importPolicy?.importMode ?? '') !== (after.importPolicy?.importMode ?? '')
  );
}
