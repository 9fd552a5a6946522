import { Checkbox, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import type { Control, FieldPathByValue } from 'react-hook-form';
import type { ImageStreamFormValues } from '../../form/form-schema';

type Values = ImageStreamFormValues;
export type FormControl = Control<Values>;
export type StringPath = FieldPathByValue<Values, string>;
export type BooleanPath = FieldPathByValue<Values, boolean>;

/** A DOM id for a field path: `tags.2.name` -> `is-form-tags-2-name`. */
export const fieldId = (name: string): string => `is-form-${name.replace(/\./g, '-')}`;

/** The error if there is one, else the warning, else the hint; a live region so each is read as it appears. */
export function FieldHelper({ id, error, warning, hint }: { id: string; error?: string; warning?: string; hint?: ReactNode }) {
  if (!error && !warning && !hint) return null;
  return (
    <FormHelperText>
      <HelperText id={id} isLiveRegion>
        {error ? (
          <HelperTextItem variant="error">{error}</HelperTextItem>
        ) : warning ? (
          <HelperTextItem variant="warning">{warning}</HelperTextItem>
        ) : (
          <HelperTextItem>{hint}</HelperTextItem>
        )}
      </HelperText>
    </FormHelperText>
  );
}

interface TextFieldProps {
  control: FormControl;
  name: StringPath;
  label: string;
  hint?: ReactNode;
  /** Not an error in the value, but a reason it will not work (such as no permission there). */
  warning?: string;
  isRequired?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  /** Runs after the value changes, e.g. to validate as the user types. */
  onValueChange?: (value: string) => void;
}

export function TextField({ control, name, label, hint, warning, isRequired, readOnly, placeholder, onValueChange }: TextFieldProps) {
  const { field, fieldState } = useController({ control, name });
  // Taken apart: the React Compiler's lint reads `field.ref` as a ref object and then every `field.*` as a ref read.
  const { ref, value, onChange, onBlur } = field;
  const id = fieldId(name);
  const error = fieldState.error?.message;
  return (
    <FormGroup label={label} fieldId={id} isRequired={isRequired}>
      <TextInput
        id={id}
        ref={ref}
        name={name}
        value={value}
        onChange={(_event, next) => {
          onChange(next);
          onValueChange?.(next);
        }}
        onBlur={onBlur}
        readOnlyVariant={readOnly ? 'default' : undefined}
        isRequired={isRequired}
        placeholder={placeholder}
        validated={error ? 'error' : warning ? 'warning' : 'default'}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || warning || hint ? `${id}-helper` : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      <FieldHelper id={`${id}-helper`} error={error} warning={warning} hint={hint} />
    </FormGroup>
  );
}

interface CheckboxFieldProps {
  control: FormControl;
  name: BooleanPath;
  label: string;
  description?: ReactNode;
  isDisabled?: boolean;
}

export function CheckboxField({ control, name, label, description, isDisabled }: CheckboxFieldProps) {
  const { field, fieldState } = useController({ control, name });
  const id = fieldId(name);
  const error = fieldState.error?.message;
  return (
    <div>
      <Checkbox
        id={id}
        name={field.name}
        label={label}
        description={description}
        isChecked={field.value}
        isDisabled={isDisabled}
        onChange={(_event, checked) => field.onChange(checked)}
        onBlur={field.onBlur}
        isValid={!error}
        aria-describedby={error ? `${id}-helper` : undefined}
      />
      <FieldHelper id={`${id}-helper`} error={error} />
    </div>
  );
}

interface SelectFieldProps {
  control: FormControl;
  name: StringPath;
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  onValueChange?: (value: string) => void;
}

export function SelectField({ control, name, label, options, hint, onValueChange }: SelectFieldProps) {
  const { field, fieldState } = useController({ control, name });
  const id = fieldId(name);
  const error = fieldState.error?.message;
  return (
    <FormGroup label={label} fieldId={id}>
      <FormSelect
        id={id}
        name={field.name}
        value={field.value}
        onChange={(_event, value) => {
          field.onChange(value);
          onValueChange?.(value);
        }}
        onBlur={field.onBlur}
        validated={error ? 'error' : 'default'}
        aria-describedby={error || hint ? `${id}-helper` : undefined}
      >
        {options.map((option) => (
          <FormSelectOption key={option.value} value={option.value} label={option.label} />
        ))}
      </FormSelect>
      <FieldHelper id={`${id}-helper`} error={error} hint={hint} />
    </FormGroup>
  );
}
