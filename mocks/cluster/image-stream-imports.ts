// POST imagestreamimports: `oc import-image`. Resolves each image against the registry at once and, with
// spec.import true, writes the results into the stream (creating it if needed).
import type { ClusterContext } from './context';
import { isoTime } from './clock';
import { applyDefaults, repositoryStatus } from './defaults';
import { imageFor } from './images';
import { importTag, CHECK_ANNOTATION } from './import-controller';
import { parseImageReference, streamNameProblems } from './names';
import { badRequest, invalid, notFound, StatusError, type StatusCause } from './status-error';
import type { ImageStream, ObjectReference, TagImportPolicy } from './types';

interface ImageImportSpec {
  from?: ObjectReference;
  to?: { name?: string } | null;
  importPolicy?: TagImportPolicy;
  referencePolicy?: { type?: string };
}

interface ImageStreamImportBody {
  metadata?: { name?: string; namespace?: string; resourceVersion?: string; uid?: string };
  spec?: { import?: boolean; images?: ImageImportSpec[] | null; repository?: ImageImportSpec | null };
}

const fail = (name: string, causes: StatusCause[]): never => {
  throw invalid('ImageStreamImport', name, causes);
};

function validate(body: ImageStreamImportBody, namespace: string): { name: string; images: ImageImportSpec[] } {
  const name = body.metadata?.name ?? '';
  const causes: StatusCause[] = [];
  if (!name) causes.push({ reason: 'FieldValueRequired', message: 'Required value: name or generateName is required', field: 'metadata.name' });
  else for (const p of streamNameProblems(namespace, name)) causes.push({ reason: 'FieldValueInvalid', message: `Invalid value: ${JSON.stringify(name)}: ${p}`, field: 'metadata.name' });
  const images = body.spec?.images ?? [];
  const repository = body.spec?.repository;
  if (images.length === 0 && !repository)
    causes.push({ reason: 'FieldValueRequired', message: 'Required value: you must specify at least one image or a repository import', field: 'spec' });
  images.forEach((image, i) => {
    if (image.from?.kind !== 'DockerImage')
      causes.push({ reason: 'FieldValueInvalid', message: `Invalid value: ${JSON.stringify(image.from?.kind ?? '')}: only DockerImage is supported`, field: `spec.images[${i}].from.kind` });
    else if (!parseImageReference(image.from.name ?? ''))
      causes.push({ reason: 'FieldValueInvalid', message: `Invalid value: ${JSON.stringify(image.from.name ?? '')}: invalid reference format`, field: `spec.images[${i}].from.name` });
  });
  if (repository) {
    const ref = parseImageReference(repository.from?.name ?? '');
    if (repository.from?.kind !== 'DockerImage' || !ref || ref.tag || ref.digest)
      causes.push({ reason: 'FieldValueInvalid', message: `Invalid value: ${JSON.stringify(repository.from?.name ?? '')}: must be a repository without a tag or digest`, field: 'spec.repository.from.name' });
  }
  if (causes.length > 0) fail(name, causes);
  return { name, images };
}

function repositoryImages(ctx: ClusterContext, repository: ImageImportSpec): { images: ImageImportSpec[]; additionalTags: string[] } {
  const repo = repository.from?.name ?? '';
  const tags = ctx.registry.tagsOf(repo) ?? ['latest'];
  const images = tags.slice(0, 50).map((tag) => ({ ...repository, from: { kind: 'DockerImage', name: `${repo}:${tag}` }, to: { name: tag } }));
  return { images, additionalTags: tags.slice(50) };
}

export function createImageStreamImport(ctx: ClusterContext, namespace: string, raw: unknown, options: { dryRun?: boolean } = {}) {
  if (typeof raw !== 'object' || raw === null) throw badRequest('the body of the request was in an unknown format');
  const body = raw as ImageStreamImportBody;
  ctx.namespaces.get(namespace);
  ctx.rbac.check('create', 'imagestreamimports', namespace);
  const { name, images: direct } = validate(body, namespace);
  const doImport = Boolean(body.spec?.import);
  const existing = ctx.store.get(namespace, name);
  const { resourceVersion, uid } = body.metadata ?? {};
  if ((resourceVersion || uid) && !existing) throw notFound('imagestreams', name);
  if (uid && existing && uid !== existing.metadata.uid) throw notFound('imagestreams', name);
  if (resourceVersion && existing && resourceVersion !== existing.metadata.resourceVersion)
    throw new StatusError(409, 'Conflict', `Operation cannot be fulfilled on imagestreamimports.image.openshift.io ${JSON.stringify(name)}: the image stream was updated from ${JSON.stringify(resourceVersion)} to ${JSON.stringify(existing.metadata.resourceVersion)}`, { name, group: 'image.openshift.io', kind: 'imagestreamimports' });
  if (doImport) ctx.rbac.check(existing ? 'update' : 'create', 'imagestreams', namespace);

  const repo = body.spec?.repository ? repositoryImages(ctx, body.spec.repository) : undefined;
  const all = [...direct, ...(repo?.images ?? [])];
  const now = isoTime(ctx.clock.now());
  const stream: ImageStream = existing
    ? structuredClone(existing)
    : applyDefaults({
        kind: 'ImageStream',
        apiVersion: 'image.openshift.io/v1',
        metadata: { name, namespace, uid: ctx.random.uid(), creationTimestamp: now, generation: 0 },
        spec: {},
        status: repositoryStatus(ctx.config, namespace, name),
      });
  // Each import is a spec change for the tags it names: the stream's generation moves and they take it.
  const generation = (stream.metadata.generation ?? 0) + 1;
  if (doImport) stream.metadata.generation = generation;

  const results = all.map((spec) => {
    const pullSpec = spec.from?.name ?? '';
    const tag = spec.to?.name || parseImageReference(pullSpec)?.tag || 'latest';
    if (doImport) {
      stream.spec.tags ??= [];
      let ref = stream.spec.tags.find((t) => t.name === tag);
      if (!ref) {
        ref = { name: tag, annotations: null, from: { kind: 'DockerImage', name: pullSpec }, generation, importPolicy: {}, referencePolicy: {} };
        stream.spec.tags.push(ref);
      }
      ref.from = { kind: 'DockerImage', name: pullSpec };
      ref.generation = generation;
      ref.importPolicy = { ...ref.importPolicy, ...spec.importPolicy };
      if (spec.referencePolicy?.type) ref.referencePolicy = { type: spec.referencePolicy.type };
      applyDefaults(stream);
      const current = stream.spec.tags?.find((t) => t.name === tag) ?? ref;
      importTag(ctx, stream, current, generation);
    }
    const result = ctx.registry.resolve(pullSpec, { insecure: spec.importPolicy?.insecure });
    if (!result.ok)
      return { tag, status: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: result.message, reason: result.reason, code: result.code } };
    return {
      tag,
      status: { metadata: {}, status: 'Success' },
      image: imageFor({ image: result.digest, dockerImageReference: result.dockerImageReference, created: now }, result.architecture),
    };
  });

  let written: ImageStream | undefined;
  if (doImport) {
    stream.metadata.annotations = { ...stream.metadata.annotations, [CHECK_ANNOTATION]: now };
    written = options.dryRun ? stream : ctx.store.write(existing ? 'MODIFIED' : 'ADDED', stream);
  }
  const failures = results.filter((r) => r.status.status === 'Failure').length;
  const directResults = results.slice(0, direct.length);
  const repoResults = results.slice(direct.length);
  return {
    kind: 'ImageStreamImport',
    apiVersion: 'image.openshift.io/v1',
    metadata: { name, namespace, creationTimestamp: now },
    spec: body.spec,
    status: {
      ...(written ? { import: written } : {}),
      ...(direct.length > 0 ? { images: directResults } : {}),
      ...(repo
        ? {
            repository: {
              status: failures > 0
                ? { metadata: {}, status: 'Failure', reason: 'ImportFailed', message: `${failures} of the images from this repository failed to import`, code: 422 }
                : { metadata: {}, status: 'Success' },
              images: repoResults,
              ...(repo.additionalTags.length > 0 ? { additionalTags: repo.additionalTags } : {}),
            },
          }
        : {}),
    },
  };
}
