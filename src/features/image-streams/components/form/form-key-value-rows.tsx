import { Button, Flex, FlexItem, HelperText, HelperTextItem, Stack } from '@patternfly/react-core';
import MinusCircleIcon from '@patternfly/react-icons/dist/esm/icons/minus-circle-icon';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { useFieldArray, useFormState } from 'react-hook-form';
import { TextField } from './form-fields';
import type { FormControl } from './form-fields';

type RowsPath = 'labels' | 'annotations' | `tags.${number}.annotations`;

interface KeyValueRowsProps {
  control: FormControl;
  name: RowsPath;
  /** "Label", "Annotation", "Tag annotation": names each row's group and buttons. */
  noun: string;
  /** An error about the rows as a whole, e.g. from the server. */
  sectionError?: string;
}

interface ArrayError {
  message?: string;
  root?: { message?: string };
}

export function KeyValueRows({ control, name, noun, sectionError }: KeyValueRowsProps) {
  const { fields, append, remove } = useFieldArray({ control, name });
  const { errors } = useFormState({ control, name });
  // zod reports rules about the whole list (annotation size) at the array itself.
  const parts = name.split('.');
  let node: unknown = errors;
  for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
  const arrayError = (node as ArrayError | undefined)?.message ?? (node as ArrayError | undefined)?.root?.message;
  const lower = noun.toLowerCase();
  return (
    <Stack hasGutter>
      {fields.map((field, index) => (
        <div key={field.id} role="group" aria-label={`${noun} ${index + 1}`}>
          <Flex alignItems={{ default: 'alignItemsFlexStart' }} flexWrap={{ default: 'nowrap' }}>
            <FlexItem flex={{ default: 'flex_1' }}>
              <TextField control={control} name={`${name}.${index}.key`} label="Key" />
            </FlexItem>
            <FlexItem flex={{ default: 'flex_2' }}>
              <TextField control={control} name={`${name}.${index}.value`} label="Value" />
            </FlexItem>
            <FlexItem alignSelf={{ default: 'alignSelfCenter' }}>
              <Button
                variant="plain"
                aria-label={`Remove ${lower} ${index + 1}`}
                icon={<MinusCircleIcon />}
                onClick={() => remove(index)}
              />
            </FlexItem>
          </Flex>
        </div>
      ))}
      {arrayError || sectionError ? (
        <HelperText isLiveRegion>
          {[arrayError, sectionError].filter(Boolean).map((message) => (
            <HelperTextItem key={message} variant="error">
              {message}
            </HelperTextItem>
          ))}
        </HelperText>
      ) : null}
      <div>
        <Button
          variant="link"
          isInline
          icon={<PlusCircleIcon />}
          onClick={() => append({ key: '', value: '' }, { focusName: `${name}.${fields.length}.key` })}
        >
          Add {lower}
        </Button>
      </div>
    </Stack>
  );
}
