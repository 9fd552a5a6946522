// zod/mini: the list page parses with these, so they ship in the first route, where classic zod's
// chainable API would add ~9 kB gzip (the forms, loaded later, use classic zod). Same core, same
// checks; issue messages are terser ("Invalid input", with code, path and expected type).
import * as z from 'zod/mini';

// Loose objects everywhere: fields we do not model must survive a read-modify-PUT round trip.

const stringMap = z.record(z.string(), z.string());

export const objectMetaSchema = z.looseObject({
  name: z.string(),
  namespace: z.optional(z.string()),
  uid: z.optional(z.string()),
  resourceVersion: z.optional(z.string()),
  generation: z.optional(z.number()),
  creationTimestamp: z.optional(z.string()),
  deletionTimestamp: z.optional(z.string()),
  labels: z.nullish(stringMap),
  annotations: z.nullish(stringMap),
  finalizers: z.nullish(z.array(z.string())),
});

export const tagFromKinds = ['DockerImage', 'ImageStreamTag', 'ImageStreamImage'] as const;

// kind stays a plain string: the server may hold objects written by other clients, and a view must still render them.
export const objectReferenceSchema = z.looseObject({
  kind: z.string(),
  name: z.string(),
  namespace: z.optional(z.string()),
});

export const tagReferenceSchema = z.looseObject({
  name: z.string(),
  // TagReference.annotations and .generation have no omitempty, so the server sends null.
  annotations: z.nullish(stringMap),
  from: z.nullish(objectReferenceSchema),
  reference: z.optional(z.boolean()),
  generation: z.nullish(z.number()),
  importPolicy: z.optional(
    z.looseObject({
      insecure: z.optional(z.boolean()),
      scheduled: z.optional(z.boolean()),
      importMode: z.optional(z.string()),
    }),
  ),
  referencePolicy: z.optional(z.looseObject({ type: z.string() })),
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
  lastTransitionTime: z.optional(z.string()),
  reason: z.optional(z.string()),
  message: z.optional(z.string()),
  generation: z.number(),
});

export const namedTagEventListSchema = z.looseObject({
  tag: z.string(),
  // Newest first; null when no import ever succeeded.
  items: z.nullish(z.array(tagEventSchema)),
  conditions: z.nullish(z.array(tagEventConditionSchema)),
});

export const imageStreamSchema = z.looseObject({
  apiVersion: z.optional(z.string()),
  kind: z.optional(z.string()),
  metadata: objectMetaSchema,
  spec: z.looseObject({
    lookupPolicy: z.optional(z.looseObject({ local: z.boolean() })),
    dockerImageRepository: z.optional(z.string()),
    tags: z.nullish(z.array(tagReferenceSchema)),
  }),
  status: z.optional(
    z.looseObject({
      dockerImageRepository: z.optional(z.string()),
      publicDockerImageRepository: z.optional(z.string()),
      tags: z.nullish(z.array(namedTagEventListSchema)),
    }),
  ),
});

const listMetaSchema = z.looseObject({
  resourceVersion: z.optional(z.string()),
  continue: z.optional(z.string()),
});

export const imageStreamListSchema = z.looseObject({
  apiVersion: z.optional(z.string()),
  kind: z.optional(z.string()),
  metadata: listMetaSchema,
  items: z.nullish(z.array(imageStreamSchema)),
});

export const namespaceSchema = z.looseObject({
  metadata: objectMetaSchema,
  status: z.optional(z.looseObject({ phase: z.optional(z.string()) })),
});

export const namespaceListSchema = z.looseObject({
  metadata: listMetaSchema,
  items: z.nullish(z.array(namespaceSchema)),
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
