import { Grid, GridItem } from '@patternfly/react-core';
import { useWatch } from 'react-hook-form';
import type { UseFormSetValue } from 'react-hook-form';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { CheckboxField, SelectField, TextField } from './form-fields';
import type { FormControl } from './form-fields';

export const SOURCE_OPTIONS = [
  { value: '', label: 'None: builds or pushes fill this tag' },
  { value: 'DockerImage', label: 'DockerImage: an image in a container registry' },
  { value: 'ImageStreamTag', label: 'ImageStreamTag: another tag, followed as it moves' },
  { value: 'ImageStreamImage', label: 'ImageStreamImage: one image of a stream, by digest' },
] as const;

const SOURCE_HINTS: Record<string, string> = {
  DockerImage: '[registry/]repository[:tag or @sha256:digest], such as quay.io/org/app:latest',
  ImageStreamTag: 'A tag of this stream (latest) or stream:tag, such as python-app:3.11',
  ImageStreamImage: 'stream@sha256:<digest>, such as my-app@sha256:ab12…',
};

interface TagSourceProps {
  control: FormControl;
  setValue: UseFormSetValue<ImageStreamFormValues>;
  index: number;
}

/** Where the tag's image comes from: nothing, a registry image, another tag or a pinned image. */
export function TagSource({ control, setValue, index }: TagSourceProps) {
  const kind = useWatch({ control, name: `tags.${index}.sourceKind` });
  const streamSource = kind === 'ImageStreamTag' || kind === 'ImageStreamImage';
  return (
    <Grid hasGutter>
      <GridItem md={6}>
        <SelectField
          control={control}
          name={`tags.${index}.sourceKind`}
          label="Source"
          options={SOURCE_OPTIONS}
          hint={kind === '' ? 'The tag stays empty until a build or a push puts an image in it.' : undefined}
          onValueChange={(next) => {
            // Only registry images can be re-imported on a schedule; a hidden checkbox must not block saving.
            if (next !== 'DockerImage') setValue(`tags.${index}.scheduled`, false);
          }}
        />
      </GridItem>
      {kind !== '' ? (
        <>
          <GridItem md={streamSource ? 6 : 12}>
            <TextField control={control} name={`tags.${index}.sourceName`} label="Source name" hint={SOURCE_HINTS[kind]} isRequired />
          </GridItem>
          {streamSource ? (
            <GridItem md={6}>
              <TextField
                control={control}
                name={`tags.${index}.sourceNamespace`}
                label="Source namespace"
                hint="Where the source stream lives; leave empty for this stream's namespace."
              />
            </GridItem>
          ) : null}
          <GridItem md={12}>
            <CheckboxField
              control={control}
              name={`tags.${index}.reference`}
              label="Reference only"
              description="Record the pull spec and never import the image: pods pull it from its source."
            />
          </GridItem>
        </>
      ) : null}
    </Grid>
  );
}
