// Words for a tag's settings in the details view: where it comes from and what its policies mean.
import type { ImageStream, TagReference } from '../api/schemas';
import { shortDigest } from './pull-specs';
import type { TagRow } from './tag-rows';
import { tagSource, type TagSource } from './tag-source';

export interface SourceDisplay {
  /** DockerImage, ImageStreamTag, ImageStreamImage; empty for the wording-only cases. */
  kind: string;
  text: string;
  /** The full name when `text` shortens it. */
  fullName?: string;
  link?: TagSource['link'];
}

/** The source the way a person reads it: other namespaces spelled out, digests shortened. */
export function sourceDisplay(stream: ImageStream, row: Pick<TagRow, 'spec'>): SourceDisplay {
  if (!row.spec) return { kind: '', text: 'pushed image' };
  const source = tagSource(stream, row.spec);
  if (!source) return { kind: '', text: 'no source' };
  const foreign = source.link && source.link.namespace !== stream.metadata.namespace ? `${source.link.namespace}/` : '';
  const at = source.name.indexOf('@');
  const name = source.kind === 'ImageStreamImage' && at >= 0 ? `${source.name.slice(0, at + 1)}${shortDigest(source.name.slice(at + 1))}` : source.name;
  const text = `${foreign}${name}`;
  return { kind: source.kind, text, fullName: text === source.name ? undefined : `${foreign}${source.name}`, link: source.link };
}

export const REFERENCE_POLICY_HELP: Record<string, string> = {
  Source: 'Pods pull the image straight from the registry it came from.',
  Local: 'Pods pull through the integrated registry, which fetches the image from its source (pull-through).',
};

export function referencePolicyHelp(type: string | undefined): string {
  return REFERENCE_POLICY_HELP[type ?? 'Source'] ?? `Unknown reference policy ${type}.`;
}

export const IMPORT_MODE_HELP: Record<string, string> = {
  Legacy: 'one image, for the cluster’s architecture',
  PreserveOriginal: 'the whole manifest list, every architecture',
};

/** "Scheduled · insecure · PreserveOriginal (the whole manifest list…)"; undefined for pushed tags. */
export function importPolicyText(spec: TagReference | undefined): string | undefined {
  if (!spec) return undefined;
  const policy = spec.importPolicy ?? {};
  const mode = policy.importMode || 'Legacy';
  const help = IMPORT_MODE_HELP[mode];
  return [
    policy.scheduled ? 'scheduled re-import' : 'not scheduled',
    policy.insecure ? 'insecure registry allowed' : undefined,
    help ? `${mode} (${help})` : mode,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function referenceText(spec: TagReference | undefined): string | undefined {
  if (!spec) return undefined;
  return spec.reference ? 'yes: only the pull spec is recorded, the image is never imported' : 'no';
}

/** 29842813 → "28.5 MiB": image sizes as registries print them. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
