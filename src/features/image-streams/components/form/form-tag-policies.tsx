import { FormGroup, Grid, GridItem, Radio } from '@patternfly/react-core';
import { useController, useWatch } from 'react-hook-form';
import { CheckboxField, FieldHelper, SelectField, fieldId } from './form-fields';
import type { FormControl } from './form-fields';

const IMPORT_MODES = [
  { value: 'Legacy', label: "Legacy: one image (of a manifest list, the one for the cluster's architecture)" },
  { value: 'PreserveOriginal', label: 'PreserveOriginal: the whole manifest list, every architecture' },
] as const;

const REFERENCE_POLICIES = [
  { value: 'Source', label: 'Source', description: 'Pods pull the image straight from the registry it came from.' },
  {
    value: 'Local',
    label: 'Local',
    description: 'Pods pull through the internal registry, which serves the imported image (and fetches it from the source).',
  },
] as const;

interface TagPoliciesProps {
  control: FormControl;
  index: number;
}

/** How the tag imports its image (only with a registry source) and where pods pull it from. */
export function TagImportPolicy({ control, index }: TagPoliciesProps) {
  const kind = useWatch({ control, name: `tags.${index}.sourceKind` });
  const docker = kind === 'DockerImage';
  return (
    <FormGroup label="Import policy" fieldId={`${fieldId(`tags.${index}`)}-import`} role="group" isStack>
      <CheckboxField
        control={control}
        name={`tags.${index}.scheduled`}
        label="Scheduled: re-import periodically"
        description={
          docker
            ? 'The cluster checks the registry now and then and moves the tag when the image changes.'
            : 'Only DockerImage sources can be scheduled.'
        }
        isDisabled={!docker}
      />
      <CheckboxField
        control={control}
        name={`tags.${index}.insecure`}
        label="Insecure registry"
        description="Allow plain HTTP or a certificate that does not verify."
      />
      <SelectField control={control} name={`tags.${index}.importMode`} label="Import mode" options={IMPORT_MODES} />
    </FormGroup>
  );
}

export function TagReferencePolicy({ control, index }: TagPoliciesProps) {
  const { field, fieldState } = useController({ control, name: `tags.${index}.referencePolicy` });
  const id = fieldId(field.name);
  return (
    <FormGroup label="Reference policy" fieldId={id} role="radiogroup" isStack>
      <Grid hasGutter>
        {REFERENCE_POLICIES.map((policy) => (
          <GridItem md={6} key={policy.value}>
            <Radio
              id={`${id}-${policy.value}`}
              name={id}
              label={policy.label}
              description={policy.description}
              isChecked={field.value === policy.value}
              onChange={() => field.onChange(policy.value)}
              onBlur={field.onBlur}
            />
          </GridItem>
        ))}
      </Grid>
      <FieldHelper id={`${id}-helper`} error={fieldState.error?.message} />
    </FormGroup>
  );
}
