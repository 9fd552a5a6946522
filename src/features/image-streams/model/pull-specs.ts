// Pull specs a person copies: by tag and by digest, through the internal registry and, when the
// registry is exposed, through its public route.
import type { ImageStream, TagEvent } from '../api/schemas';

export interface PullSpecs {
  internalByTag?: string;
  internalByDigest?: string;
  publicByTag?: string;
  publicByDigest?: string;
}

export function pullSpecs(stream: ImageStream, tag: string, event?: Pick<TagEvent, 'image'>): PullSpecs {
  const internal = stream.status?.dockerImageRepository;
  const external = stream.status?.publicDockerImageRepository;
  const digest = event?.image || undefined;
  return {
    internalByTag: internal ? `${internal}:${tag}` : undefined,
    internalByDigest: internal && digest ? `${internal}@${digest}` : undefined,
    publicByTag: external ? `${external}:${tag}` : undefined,
    publicByDigest: external && digest ? `${external}@${digest}` : undefined,
  };
}

/** `sha256:0123456789ab`: enough to tell images apart at a glance. */
export function shortDigest(image: string | undefined): string {
  if (!image) return '';
  const [algorithm, hex] = image.includes(':') ? image.split(':', 2) : ['sha256', image];
  return `${algorithm}:${(hex ?? '').slice(0, 12)}`;
}

/** The repository `oc get is` shows: the public one when the registry is exposed. */
export function imageRepository(stream: ImageStream): string | undefined {
  return stream.status?.publicDockerImageRepository || stream.spec.dockerImageRepository || stream.status?.dockerImageRepository;
}

/** With local lookup on, pods in the stream's namespace may use this short name instead of a pull spec. */
export function lookupShortName(stream: ImageStream, tag: string): string | undefined {
  return stream.spec.lookupPolicy?.local ? `${stream.metadata.name}:${tag}` : undefined;
}
