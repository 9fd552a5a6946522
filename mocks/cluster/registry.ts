// A simulated upstream registry: deterministic digests that move when a tag is "pushed", and the
// failures a real import meets (unknown host, missing tag, unauthorized, plain-HTTP registry).
import { digestOf } from './random';
import { formatImageReference, parseImageReference, type ImageReference } from './names';

export type ImportFailureReason = 'NotFound' | 'Unauthorized' | 'BadRequest' | 'InternalError';

export type Resolution =
  | { ok: true; digest: string; dockerImageReference: string; architecture: string; size: number }
  | { ok: false; reason: ImportFailureReason; code: number; message: string };

export interface RegistryRepository {
  /** Only these tags exist when set; unseeded repositories answer for any tag. */
  tags?: string[];
  private?: boolean;
}

export interface Registry {
  resolve(pullSpec: string, options?: { insecure?: boolean }): Resolution;
  /** A new image lands upstream under this tag; returns its digest. */
  push(pullSpec: string): string;
  /** Every tag of a repository (for `spec.repository` imports). */
  tagsOf(repository: string): string[] | undefined;
  seed(repository: string, repo: RegistryRepository): void;
  reset(): void;
}

const INSECURE_HOST = /^insecure\.|\.local(:\d+)?$/;
const UNKNOWN_HOST = /\.invalid(:\d+)?$|^unknown\./;

export function createRegistry(): Registry {
  let repositories = new Map<string, RegistryRepository>();
  let pushes = new Map<string, number>();
  const repoKey = (ref: ImageReference) => `${ref.registry}/${ref.repository}`;

  const digestFor = (key: string, tag: string) => {
    const generation = pushes.get(`${key}:${tag}`) ?? 0;
    return digestOf(`${key}:${tag}#${generation}`);
  };

  return {
    resolve(pullSpec, options = {}) {
      const ref = parseImageReference(pullSpec);
      if (!ref) return { ok: false, reason: 'BadRequest', code: 400, message: `invalid reference format: "${pullSpec}"` };
      const key = repoKey(ref);
      if (UNKNOWN_HOST.test(ref.registry))
        return {
          ok: false,
          reason: 'InternalError',
          code: 500,
          message: `Internal error occurred: Get "https://${ref.registry}/v2/": dial tcp: lookup ${ref.registry.replace(/:\d+$/, '')} on 172.30.0.10:53: no such host`,
        };
      if (INSECURE_HOST.test(ref.registry) && !options.insecure)
        return {
          ok: false,
          reason: 'BadRequest',
          code: 400,
          message: `Get "https://${ref.registry}/v2/": http: server gave HTTP response to HTTPS client`,
        };
      const repo = repositories.get(key);
      if (repo?.private || /(^|\/)private(\/|$)/.test(ref.repository))
        return {
          ok: false,
          reason: 'Unauthorized',
          code: 401,
          message: `you may not have access to the container image "${formatImageReference({ ...ref, digest: undefined })}"`,
        };
      if (ref.digest) {
        return { ok: true, digest: ref.digest, dockerImageReference: `${key}@${ref.digest}`, architecture: 'amd64', size: sizeOf(ref.digest) };
      }
      const tag = ref.tag ?? 'latest';
      if ((repo?.tags && !repo.tags.includes(tag)) || /^(missing|does-not-exist)/.test(tag))
        return {
          ok: false,
          reason: 'NotFound',
          code: 404,
          message: `dockerimage.image.openshift.io "${key}:${tag}" not found`,
        };
      const digest = digestFor(key, tag);
      return { ok: true, digest, dockerImageReference: `${key}@${digest}`, architecture: 'amd64', size: sizeOf(digest) };
    },
    push(pullSpec) {
      const ref = parseImageReference(pullSpec);
      if (!ref) throw new Error(`invalid reference format: "${pullSpec}"`);
      const key = repoKey(ref);
      const tag = ref.tag ?? 'latest';
      pushes.set(`${key}:${tag}`, (pushes.get(`${key}:${tag}`) ?? 0) + 1);
      const repo = repositories.get(key);
      if (repo?.tags && !repo.tags.includes(tag)) repo.tags.push(tag);
      return digestFor(key, tag);
    },
    tagsOf(repository) {
      const ref = parseImageReference(repository);
      return ref ? repositories.get(repoKey(ref))?.tags : undefined;
    },
    seed(repository, repo) {
      const ref = parseImageReference(repository);
      if (ref) repositories.set(repoKey(ref), { ...repo, tags: repo.tags ? [...repo.tags] : undefined });
    },
    reset() {
      repositories = new Map();
      pushes = new Map();
    },
  };
}

function sizeOf(digest: string): number {
  return 20_000_000 + (parseInt(digest.slice(7, 13), 16) % 400_000_000);
}
