// The ImageStream form's values for react-hook-form + zodResolver: no undefined anywhere (empty
// strings, false, empty arrays), input type = output type (no transforms).
import { z } from 'zod';
import { splitSource, streamNameProblem } from './image-names';
import {
  ANNOTATIONS_SIZE_LIMIT,
  annotationKeyProblem,
  labelValueProblem,
  namespaceProblem,
  qualifiedNameProblem,
  utf8Length,
} from './k8s-names';
import { checkRows, isBlankRow, keyValueRowSchema } from './key-value-rows';
import { tagSchema } from './tag-schema';

const checked = (problem: (value: string) => string | undefined) =>
  z.string().superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/** ValidateImageStreamName: `namespace/name` is at most 255 characters. */
export const MAX_QUALIFIED_NAME = 255;

export const imageStreamFormSchema = z
  .object({
    name: checked(streamNameProblem),
    namespace: checked(namespaceProblem),
    lookupLocal: z.boolean(),
    labels: z
      .array(keyValueRowSchema)
      .superRefine((rows, ctx) => checkRows(rows, { key: qualifiedNameProblem, value: labelValueProblem }, ctx)),
    annotations: z.array(keyValueRowSchema).superRefine((rows, ctx) => {
      checkRows(rows, { key: annotationKeyProblem }, ctx);
      const size = rows.filter((row) => !isBlankRow(row)).reduce((sum, row) => sum + utf8Length(row.key + row.value), 0);
      if (size > ANNOTATIONS_SIZE_LIMIT)
        ctx.addIssue({
          code: 'custom',
          message: `Annotations can hold at most 256 KiB in all (keys and values); these hold ${Math.ceil(size / 1024)} KiB`,
        });
    }),
    tags: z.array(tagSchema).superRefine((tags, ctx) => {
      // The server silently keeps only the last of two tags with one name, so duplicates stop here.
      const counts = new Map<string, number>();
      for (const tag of tags) counts.set(tag.name, (counts.get(tag.name) ?? 0) + 1);
      tags.forEach((tag, i) => {
        if (tag.name !== '' && (counts.get(tag.name) ?? 0) > 1)
          ctx.addIssue({ code: 'custom', message: `Another tag is also named "${tag.name}": tag names must be unique`, path: [i, 'name'] });
      });
    }),
  })
  .superRefine((values, ctx) => {
    // A stream another tag points at can exist only if its namespace/name fits the same limit.
    values.tags.forEach((tag, i) => {
      if (tag.sourceKind !== 'ImageStreamTag' && tag.sourceKind !== 'ImageStreamImage') return;
      const { stream } = splitSource(tag.sourceName, tag.sourceKind === 'ImageStreamTag' ? ':' : '@');
      const namespace = tag.sourceNamespace || values.namespace;
      if (stream && namespace.length + 1 + stream.length > MAX_QUALIFIED_NAME)
        ctx.addIssue({
          code: 'custom',
          message: `No stream can have that name: namespace/name can be at most ${MAX_QUALIFIED_NAME} characters`,
          path: ['tags', i, 'sourceName'],
        });
    });
    const length = values.namespace.length + 1 + values.name.length;
    if (values.name !== '' && length > MAX_QUALIFIED_NAME)
      ctx.addIssue({
        code: 'custom',
        message: `Too long: namespace/name can be at most ${MAX_QUALIFIED_NAME} characters; shorten the name by ${length - MAX_QUALIFIED_NAME}`,
        path: ['name'],
      });
  });

export type ImageStreamFormValues = z.infer<typeof imageStreamFormSchema>;

export const emptyFormValues = (namespace = ''): ImageStreamFormValues => ({
  name: '',
  namespace,
  lookupLocal: false,
  labels: [],
  annotations: [],
  tags: [],
});
