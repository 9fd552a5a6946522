// Name grammars the API server applies (openshift-apiserver validation, apimachinery, distribution/reference).
export const STREAM_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Problems with a namespaced object's name, as ValidateImageStreamName reports them. */
export function streamNameProblems(namespace: string, name: string): string[] {
  const problems: string[] = [];
  if (name === '.' || name === '..') problems.push(`may not be '${name}'`);
  if (name.includes('/')) problems.push(`may not contain '/'`);
  if (name.includes('%')) problems.push(`may not contain '%'`);
  if (!STREAM_NAME.test(name)) problems.push(`must match "${STREAM_NAME.source.slice(1, -1)}"`);
  if (namespace.length + 1 + name.length > 255) problems.push(`'namespace/name' cannot be longer than 255 characters`);
  return problems;
}

/** apimachinery's IsQualifiedName: an optional DNS subdomain prefix, a slash, and a 63-character name. */
export function qualifiedNameProblems(key: string): string[] {
  const parts = key.split('/');
  let name = key;
  const problems: string[] = [];
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix.length === 0) problems.push('prefix part must be non-empty');
    else if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))
      problems.push(
        "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
      );
  } else if (parts.length > 2) {
    return [
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character with an optional DNS subdomain prefix and '/'",
    ];
  }
  if (name.length === 0) problems.push('name part must be non-empty');
  else if (name.length > 63) problems.push('name part must be no more than 63 characters');
  if (name.length > 0 && !QUALIFIED_NAME_PART.test(name))
    problems.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    );
  return problems;
}

export function labelValueProblems(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 63) problems.push('must be no more than 63 characters');
  if (!LABEL_VALUE.test(value))
    problems.push(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    );
  return problems;
}

export interface ImageReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** go-digest's Validate, which reference.Parse runs on the digest: a known algorithm and its exact lowercase hex length. */
const DIGEST_HEX: Record<string, RegExp> = { sha256: /^[a-f0-9]{64}$/, sha384: /^[a-f0-9]{96}$/, sha512: /^[a-f0-9]{128}$/ };
export const isDigest = (text: string): boolean => {
  const colon = text.indexOf(':');
  return DIGEST.test(text) && (DIGEST_HEX[text.slice(0, colon)]?.test(text.slice(colon + 1)) ?? false);
};
export const DEFAULT_REGISTRY = 'docker.io';

/** distribution/reference's grammar; docker.io and library/ are filled in the way docker does. */
export function parseImageReference(text: string): ImageReference | undefined {
  if (text.length === 0 || text !== text.trim()) return undefined;
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) return undefined;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  if (rest.length === 0 || rest.length > 255) return undefined;
  const parts = rest.split('/');
  let registry = DEFAULT_REGISTRY;
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())) {
    if (!DOMAIN.test(first)) return undefined;
    registry = first;
    parts.shift();
  }
  if (parts.length === 0 || !parts.every((p) => PATH_COMPONENT.test(p))) return undefined;
  if (registry === DEFAULT_REGISTRY && parts.length === 1) parts.unshift('library');
  return { registry, repository: parts.join('/'), tag, digest };
}

export function formatImageReference(ref: ImageReference): string {
  const base = `${ref.registry}/${ref.repository}`;
  if (ref.digest) return `${base}@${ref.digest}`;
  return `${base}:${ref.tag ?? 'latest'}`;
}

/** `tag` or `stream:tag` (ImageStreamTag); undefined when malformed. */
export function parseStreamTag(name: string): { stream?: string; tag: string } | undefined {
  if (name.includes('@')) return undefined;
  const parts = name.split(':');
  if (parts.length === 1 && parts[0]) return { tag: parts[0] };
  if (parts.length === 2 && parts[0] && parts[1]) return { stream: parts[0], tag: parts[1] };
  return undefined;
}

/** `id` or `stream@id` (ImageStreamImage); undefined when malformed. */
export function parseStreamImage(name: string): { stream?: string; id: string } | undefined {
  const parts = name.split('@');
  if (parts.length === 1 && parts[0] && !parts[0].includes(':')) return { id: parts[0] };
  if (parts.length === 1 && parts[0]?.startsWith('sha256:')) return { id: parts[0] };
  if (parts.length === 2 && parts[0] && parts[1]) return { stream: parts[0], id: parts[1] };
  return undefined;
}
