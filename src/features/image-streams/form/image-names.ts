// Stream and tag names, and the three kinds of tag source, in the grammars the API server and
// distribution/reference use.
export const STREAM_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
export const TAG_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** go-digest's Validate, which reference.Parse runs on the digest: a known algorithm and its exact lowercase hex length. */
const DIGEST_HEX: Record<string, RegExp> = { sha256: /^[a-f0-9]{64}$/, sha384: /^[a-f0-9]{96}$/, sha512: /^[a-f0-9]{128}$/ };
/** What the server resolves an ImageStreamImage id against: a digest, or a prefix of one (it must match one image). */
const DIGEST_OR_PREFIX = /^sha256:[a-f0-9]{1,64}$/;
const DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const NAME_SEPARATORS = "'.', '_' or '-'";

export function isDigest(text: string): boolean {
  const colon = text.indexOf(':');
  return DIGEST.test(text) && (DIGEST_HEX[text.slice(0, colon)]?.test(text.slice(colon + 1)) ?? false);
}

const shown = (char: string) => (char === ' ' ? 'a space' : `'${char}'`);

export function streamNameProblem(name: string, what = 'name'): string | undefined {
  if (name === '') return `Enter a ${what}`;
  if (STREAM_NAME.test(name)) return undefined;
  const allowed = `use lowercase letters, digits, and ${NAME_SEPARATORS} between them`;
  if (/[A-Z]/.test(name)) return `No capital letters: ${allowed}`;
  const bad = /[^a-z0-9._-]/.exec(name)?.[0];
  if (bad) return `${shown(bad)} is not allowed: ${allowed}`;
  if (/^[._-]|[._-]$/.test(name)) return 'Start and end with a lowercase letter or digit';
  return `Put a letter or digit between ${NAME_SEPARATORS} (no two in a row)`;
}

export function tagNameProblem(name: string): string | undefined {
  if (name === '') return 'Enter a tag name';
  if (name.includes(':')) return "A tag name can't contain ':' (it separates a stream from its tag)";
  if (name.includes('@')) return "A tag name can't contain '@' (it starts an image digest)";
  if (name.includes('/')) return "A tag name can't contain '/'";
  if (name.length > 128) return `A tag name can be at most 128 characters (this one has ${name.length})`;
  if (TAG_NAME.test(name)) return undefined;
  if (/^[.-]/.test(name)) return "Start with a letter, digit or '_'";
  const bad = /[^A-Za-z0-9_.-]/.exec(name)?.[0] ?? '';
  return `${shown(bad)} is not allowed: use letters, digits, '_', '.' and '-'`;
}

export interface ImageReference {
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** distribution/reference's grammar for `[registry/]repository[:tag][@digest]`. */
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
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_NAME.test(tag)) return undefined;
  }
  if (rest.length === 0 || rest.length > 255) return undefined;
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  let registry: string | undefined;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())) {
    if (!DOMAIN.test(first)) return undefined;
    registry = first;
    parts.shift();
  }
  if (!parts.every((p) => PATH_COMPONENT.test(p))) return undefined;
  return { registry, repository: parts.join('/'), tag, digest };
}

export function dockerImageProblem(text: string): string | undefined {
  if (text === '') return 'Enter an image, such as quay.io/org/app:latest';
  if (parseImageReference(text)) return undefined;
  if (/\s/.test(text)) return 'Remove the spaces';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return 'Leave out the scheme: write registry/repository:tag, such as quay.io/org/app:latest';
  const at = text.indexOf('@');
  if (at >= 0 && !isDigest(text.slice(at + 1)))
    return "After the '@' write a whole digest: sha256: and 64 lowercase hexadecimal digits";
  return 'Not an image reference: write [registry/]repository[:tag or @sha256:digest] with a lowercase repository, such as quay.io/org/app:latest';
}

const NAMESPACE_HINT = 'Put the namespace in the source namespace field';

/** ImageStreamTag source: `tag` (of this stream) or `stream:tag`. */
export function streamTagProblem(text: string): string | undefined {
  if (text === '') return 'Enter a tag (of this stream) or stream:tag';
  if (text.includes('/')) return `${NAMESPACE_HINT}; here write stream:tag`;
  if (text.includes('@')) return 'That names an image by digest: choose ImageStreamImage, or write stream:tag';
  const parts = text.split(':');
  if (parts.length > 2) return "Write tag or stream:tag, with one ':'";
  const tag = parts[parts.length - 1] ?? '';
  if (parts.length === 2) {
    const streamProblem = streamNameProblem(parts[0] ?? '', 'stream name before the colon');
    if (streamProblem) return streamProblem;
  }
  if (tag === '') return "Put a tag after the ':'";
  return TAG_NAME.test(tag) ? undefined : `Not a tag name: ${tagNameProblem(tag) ?? ''}`;
}

/** ImageStreamImage source: `stream@sha256:<hex>`, or a digest of this stream's images. */
export function streamImageProblem(text: string): string | undefined {
  if (text === '') return 'Enter stream@sha256:<digest>, or sha256:<digest> for an image of this stream';
  if (text.includes('/')) return `${NAMESPACE_HINT}; here write stream@sha256:<digest>`;
  const parts = text.split('@');
  if (parts.length > 2) return "Write stream@sha256:<digest>, with one '@'";
  if (parts.length === 2) {
    const streamProblem = streamNameProblem(parts[0] ?? '', 'stream name before the @');
    if (streamProblem) return streamProblem;
  }
  const digest = parts[parts.length - 1] ?? '';
  if (DIGEST_OR_PREFIX.test(digest)) return undefined;
  return parts.length === 2
    ? "After the '@' write sha256: and the image's lowercase hexadecimal digest (a unique prefix is enough)"
    : 'Write stream@sha256:<digest>, or sha256:<digest> for an image of this stream';
}

/** Splits `stream:tag` / `stream@digest`; `stream` is undefined when the source names only a tag or digest. */
export function splitSource(text: string, separator: ':' | '@'): { stream?: string; ref: string } {
  const index = text.indexOf(separator);
  if (separator === '@' ? index < 0 : !text.includes(':')) return { ref: text };
  return { stream: text.slice(0, index), ref: text.slice(index + 1) };
}
