import { z } from 'zod';

// Loose objects everywhere: fields we do not model must survive a read-modify-PUT round trip.

const stringMap = z.record(z.string(), z.string());

export const objectMetaSchema = z.looseObject({
  name: z.string(),
  namespace: z.string().optional(),
  uid: z.string().optional(),
  resourceVersion: z.string().optional(),
  generation: z.number().optional(),
  creationTimestamp: z.string().optional(),
  deletionTimestamp: z.string().optional(),
  labels: stringMap.nullish(),
  annotations: stringMap.nullish(),
  finalizers: z.array(z.string()).nullish(),
});

export const tagFromKinds = ['DockerImage', 'ImageStreamTag', 'ImageStreamImage'] as const;

// kind stays a plain string: the server may hold objects written by other clients, and a view must still render them.
export const objectReferenceSchema = z.looseObject({
  kind: z.string(),
  name: z.string(),
  namespace: z.string().optional(),
});

export const tagReferenceSchema = z.looseObject({
  name: z.string(),
  // TagReference.annotations and .generation have no omitempty, so the server sends null.
  annotations: stringMap.nullish(),
  from: objectReferenceSchema.nullish(),
  reference: z.boolean().optional(),
  generation: z.number().nullish(),
  importPolicy: z
    .looseObject({
      insecure: z.boolean().optional(),
      scheduled: z.boolean().optional(),
      importMode: z.string().optional(),
    })
    .optional(),
  referencePolicy: z.looseObject({ type: z.string() }).optional(),
});

export const tagEventSchema = z.looseObject({
  created: z.string(),
  dockerImageReference: z.string(),
  // Empty for reference tags: the pull spec is recorded without resolving a digest.
  image: z.string(),
  generation: z.number(),
});

export const tagEventConditionSchema = z.looseObject({
  type: z.string(),
  status: z.string(),
  lastTransitionTime: z.string().optional(),
  reason: z.string().optional(),
  message: z.string().optional(),
  generation: z.number(),
});

export const namedTagEventListSchema = z.looseObject({
  tag: z.string(),
  // Newest first; null when no import ever succeeded.
  items: z.array(tagEventSchema).nullish(),
  conditions: z.array(tagEventConditionSchema).nullish(),
});

export const imageStreamSchema = z.looseObject({
  apiVersion: z.string().optional(),
  kind: z.string().optional(),
  metadata: objectMetaSchema,
  spec: z.looseObject({
    lookupPolicy: z.looseObject({ local: z.boolean() }).optional(),
    dockerImageRepository: z.string().optional(),
    tags: z.array(tagReferenceSchema).nullish(),
  }),
  status: z
    .looseObject({
      dockerImageRepository: z.string().optional(),
      publicDockerImageRepository: z.string().optional(),
      tags: z.array(namedTagEventListSchema).nullish(),
    })
    .optional(),
});

const listMetaSchema = z.looseObject({
  resourceVersion: z.string().optional(),
  continue: z.string().optional(),
});

export const imageStreamListSchema = z.looseObject({
  apiVersion: z.string().optional(),
  kind: z.string().optional(),
  metadata: listMetaSchema,
  items: z.array(imageStreamSchema).nullish(),
});

export const namespaceSchema = z.looseObject({
  metadata: objectMetaSchema,
  status: z.looseObject({ phase: z.string().optional() }).optional(),
});

export const namespaceListSchema = z.looseObject({
  metadata: listMetaSchema,
  items: z.array(namespaceSchema).nullish(),
});

export type ObjectMeta = z.infer<typeof objectMetaSchema>;
export type ObjectReference = z.infer<typeof objectReferenceSchema>;
export type TagReference = z.infer<typeof tagReferenceSchema>;
export type TagEvent = z.infer<typeof tagEventSchema>;
export type TagEventCondition = z.infer<typeof tagEventConditionSchema>;
export type NamedTagEventList = z.infer<typeof namedTagEventListSchema>;
export type ImageStream = z.infer<typeof imageStreamSchema>;
export type ImageStreamList = z.infer<typeof imageStreamListSchema>;
export type Namespace = z.infer<typeof namespaceSchema>;
