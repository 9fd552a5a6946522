import { z } from 'zod';
import { dockerImageProblem, streamImageProblem, streamTagProblem, tagNameProblem } from './image-names';
import { namespaceProblem } from './k8s-names';
import { checkRows, keyValueRowSchema } from './key-value-rows';

export const sourceKinds = ['DockerImage', 'ImageStreamTag', 'ImageStreamImage'] as const;
export type SourceKind = (typeof sourceKinds)[number];
export const importModes = ['Legacy', 'PreserveOriginal'] as const;
export const referencePolicies = ['Source', 'Local'] as const;

/** Tag annotations with a field of their own, as in the Python reference's examples. */
export const TAG_ANNOTATION_FIELDS = { description: 'Description', version: 'Version', supports: 'Supports' } as const;
export const TAG_ANNOTATION_KEYS = Object.keys(TAG_ANNOTATION_FIELDS) as (keyof typeof TAG_ANNOTATION_FIELDS)[];

const SOURCE_PROBLEMS: Record<SourceKind, (name: string) => string | undefined> = {
  DockerImage: dockerImageProblem,
  ImageStreamTag: streamTagProblem,
  ImageStreamImage: streamImageProblem,
};

export const tagSchema = z
  .object({
    name: z.string(),
    // '' = no source: builds or pushes fill the tag.
    sourceKind: z.enum(['', ...sourceKinds]),
    sourceName: z.string(),
    sourceNamespace: z.string(),
    reference: z.boolean(),
    scheduled: z.boolean(),
    insecure: z.boolean(),
    importMode: z.enum(importModes),
    referencePolicy: z.enum(referencePolicies),
    description: z.string(),
    version: z.string(),
    supports: z.string(),
    annotations: z
      .array(keyValueRowSchema)
      .superRefine((rows, ctx) => checkRows(rows, { key: () => undefined, reserved: TAG_ANNOTATION_FIELDS }, ctx)),
  })
  .superRefine((tag, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    const nameProblem = tagNameProblem(tag.name);
    if (nameProblem) issue('name', nameProblem);
    if (tag.sourceKind !== '') {
      const sourceProblem = SOURCE_PROBLEMS[tag.sourceKind](tag.sourceName);
      if (sourceProblem) issue('sourceName', sourceProblem);
      if (tag.sourceKind !== 'DockerImage' && tag.sourceNamespace !== '') {
        const nsProblem = namespaceProblem(tag.sourceNamespace);
        if (nsProblem) issue('sourceNamespace', nsProblem);
      }
    }
    // The server refuses scheduling only for stream sources; a tag without a source may carry the flag.
    if (tag.scheduled && (tag.sourceKind === 'ImageStreamTag' || tag.sourceKind === 'ImageStreamImage'))
      issue('scheduled', 'Only tags that import a container image (DockerImage source) can be scheduled');
  });

export type TagFormValues = z.infer<typeof tagSchema>;

export const emptyTagValues = (name = ''): TagFormValues => ({
  name,
  sourceKind: '',
  sourceName: '',
  sourceNamespace: '',
  reference: false,
  scheduled: false,
  insecure: false,
  importMode: 'Legacy',
  referencePolicy: 'Source',
  description: '',
  version: '',
  supports: '',
  annotations: [],
});
