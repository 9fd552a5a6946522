import { FormGroup, FormSection, Switch } from '@patternfly/react-core';
import { useController, useFormState, useWatch } from 'react-hook-form';
import type { UseFormGetValues, UseFormTrigger } from 'react-hook-form';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { MAX_QUALIFIED_NAME } from '../../form/form-schema';
import { FieldHelper, TextField, fieldId } from './form-fields';
import type { FormControl } from './form-fields';
import { KeyValueRows } from './form-key-value-rows';

interface MetadataSectionProps {
  control: FormControl;
  trigger: UseFormTrigger<ImageStreamFormValues>;
  getValues: UseFormGetValues<ImageStreamFormValues>;
  /** Edit: a stream cannot be renamed or moved. */
  isEdit: boolean;
  /** Why the stream cannot be created in the namespace typed (RBAC), if it cannot. */
  namespaceWarning?: string;
}

function NameHint({ control }: { control: FormControl }) {
  const [name, namespace] = useWatch({ control, name: ['name', 'namespace'] });
  const left = MAX_QUALIFIED_NAME - namespace.length - 1 - name.length;
  return (
    <>
      Lowercase letters and digits, with '.', '_' or '-' between them, such as my-app. namespace/name can have at most{' '}
      {MAX_QUALIFIED_NAME} characters: {left} left.
    </>
  );
}

function LookupSwitch({ control }: { control: FormControl }) {
  const { field } = useController({ control, name: 'lookupLocal' });
  const [name, namespace] = useWatch({ control, name: ['name', 'namespace'] });
  const id = fieldId('lookupLocal');
  const short = `${name || '<name>'}:latest`;
  return (
    <FormGroup label="Lookup policy" fieldId={id} role="group" isStack>
      <Switch
        id={id}
        label="Local lookup"
        isChecked={field.value}
        onChange={(_event, checked) => field.onChange(checked)}
        aria-describedby={`${id}-helper`}
      />
      <FieldHelper
        id={`${id}-helper`}
        hint={
          field.value
            ? `On: pods in namespace ${namespace || '<namespace>'} may use the short name ${short} as their image, instead of the full registry path.`
            : `Off: pods must name the image by its full pull spec (image-registry.openshift-image-registry.svc:5000/${namespace || '<namespace>'}/${short}).`
        }
      />
    </FormGroup>
  );
}

export function MetadataSection({ control, trigger, getValues, isEdit, namespaceWarning }: MetadataSectionProps) {
  const { errors } = useFormState({ control });
  return (
    <>
      <FormSection title="ImageStream" titleElement="h2">
        <TextField
          control={control}
          name="name"
          label="Name"
          isRequired
          readOnly={isEdit}
          placeholder="my-app"
          hint={<NameHint control={control} />}
          // The name is checked as it is typed; other fields wait until they are left.
          onValueChange={() => void trigger('name')}
        />
        <TextField
          control={control}
          name="namespace"
          label="Namespace"
          isRequired
          readOnly={isEdit}
          onValueChange={() => {
            // The 255-character limit counts the namespace too.
            if (getValues('name') !== '') void trigger('name');
          }}
          hint={isEdit ? undefined : 'The project the stream is created in.'}
          warning={namespaceWarning}
        />
        <LookupSwitch control={control} />
      </FormSection>
      <FormSection title="Labels" titleElement="h2">
        <KeyValueRows control={control} name="labels" noun="Label" sectionError={errors.root?.labels?.message} />
      </FormSection>
      <FormSection title="Annotations" titleElement="h2">
        <KeyValueRows control={control} name="annotations" noun="Annotation" sectionError={errors.root?.annotations?.message} />
      </FormSection>
    </>
  );
}
