import { Select, SelectList, SelectOption } from '@patternfly/react-core';
import type { RefObject } from 'react';

export interface NamespaceOption {
  value: string;
  label: string;
  isDisabled?: boolean;
}

interface NamespaceMenuProps {
  isOpen: boolean;
  /** The namespace shown now, marked as selected. */
  selected: string;
  options: NamespaceOption[];
  focused: number | null;
  listboxId: string;
  optionId: (index: number) => string;
  /** The combobox's toggle, rendered by the caller: the menu attaches to it. */
  toggleRef: RefObject<HTMLButtonElement | null>;
  onSelect: (value: string) => void;
  onOpenChange: (open: boolean) => void;
}

/**
 * The namespace combobox's list of options, loaded with its first opening (Select and Menu are a
 * twentieth of the list route's first load). Its toggle stays with the caller, so the input the user
 * is typing into is never replaced when this arrives.
 */
export function NamespaceMenu(props: NamespaceMenuProps) {
  const { options, focused, optionId } = props;
  return (
    <Select
      isOpen={props.isOpen}
      selected={props.selected}
      onSelect={(_event, value) => props.onSelect(String(value ?? ''))}
      onOpenChange={props.onOpenChange}
      toggle={{ toggleNode: null, toggleRef: props.toggleRef as RefObject<HTMLButtonElement> }}
      variant="typeahead"
      isScrollable
      // Rendered next to its input, not at the end of <body>: inside the main landmark for screen readers.
      popperProps={{ appendTo: 'inline' }}
    >
      <SelectList id={props.listboxId} aria-label="Namespaces">
        {options.map((option, index) => (
          <SelectOption
            key={`${option.value}:${option.label}`}
            id={optionId(index)}
            value={option.value}
            isDisabled={option.isDisabled}
            isFocused={focused === index}
          >
            {option.label}
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
}
