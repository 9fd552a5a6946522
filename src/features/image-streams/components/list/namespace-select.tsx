import {
  Button,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  MenuToggle,
  Select,
  SelectList,
  SelectOption,
  TextInputGroup,
  TextInputGroupMain,
  TextInputGroupUtilities,
} from '@patternfly/react-core';
import TimesIcon from '@patternfly/react-icons/dist/esm/icons/times-icon';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { isForbidden } from '../../../../lib/k8s/errors';
import { namespaceQueries } from '../../api/queries';
import type { Namespace } from '../../api/schemas';
import { matchNamespaces } from '../../model/namespace-options';
import { ALL_NAMESPACES_PARAM } from './namespace-route';

const ALL_LABEL = 'All namespaces';
const INPUT_ID = 'namespace-select-input';
const LISTBOX_ID = 'namespace-select-listbox';
const sortedNames = (namespaces: Namespace[]): string[] => namespaces.map((ns) => ns.metadata.name).sort();
const labelOf = (value: string) => (value === ALL_NAMESPACES_PARAM ? ALL_LABEL : value);
const optionId = (index: number) => `namespace-option-${index}`;

interface Option {
  value: string;
  label: string;
  isDisabled?: boolean;
}

interface NamespaceSelectProps {
  /** Route segment: a namespace name or `all`. */
  value: string;
  onChange: (namespaceParam: string) => void;
}

/** A combobox: pick a listed namespace or "All namespaces", or type one the user may not list. */
export function NamespaceSelect({ value, onChange }: NamespaceSelectProps) {
  const namespaces = useQuery({ ...namespaceQueries.list(), select: sortedNames });
  const [isOpen, setIsOpen] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null) as RefObject<HTMLInputElement>;

  const names = namespaces.data ?? [];
  // Someone arriving by link at a namespace that is not listed still sees it offered.
  const known = value === ALL_NAMESPACES_PARAM || names.includes(value) ? names : [value, ...names].sort();
  const filter = typed ?? '';
  const matches = matchNamespaces(known, filter);
  const options: Option[] = [
    ...(!filter || ALL_LABEL.toLowerCase().includes(filter.trim().toLowerCase()) ? [{ value: ALL_NAMESPACES_PARAM, label: ALL_LABEL }] : []),
    ...matches.listed.map((name) => ({ value: name, label: name })),
    ...(matches.unlisted ? [{ value: matches.unlisted, label: `Go to namespace "${matches.unlisted}"` }] : []),
    ...(matches.invalid ? [{ value: '', label: matches.invalid, isDisabled: true }] : []),
    ...(namespaces.isPending ? [{ value: '', label: 'Loading namespaces…', isDisabled: true }] : []),
  ];
  const focusedOption = focused === null ? undefined : options[focused];

  const close = () => {
    setIsOpen(false);
    setTyped(null);
    setFocused(null);
  };
  const choose = (next: string) => {
    close();
    if (next && next !== value) onChange(next);
  };
  const moveFocus = (step: 1 | -1) => {
    setIsOpen(true);
    const enabled = options.map((o, i) => (o.isDisabled ? -1 : i)).filter((i) => i !== -1);
    if (enabled.length === 0) return;
    const at = focused === null ? -1 : enabled.indexOf(focused);
    const next = at === -1 ? (step === 1 ? 0 : enabled.length - 1) : (at + step + enabled.length) % enabled.length;
    setFocused(enabled[next] ?? null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter without a highlighted option takes the best match for what was typed.
      const target = focusedOption ?? (typed ? options.find((o) => !o.isDisabled) : undefined);
      if (isOpen && target && !target.isDisabled) choose(target.value);
      else setIsOpen(true);
    }
  };

  const toggle = (toggleRef: RefObject<HTMLButtonElement>) => (
    <MenuToggle ref={toggleRef} variant="typeahead" onClick={() => (isOpen ? close() : setIsOpen(true))} isExpanded={isOpen} style={{ minWidth: '16rem' }}>
      <TextInputGroup isPlain>
        <TextInputGroupMain
          inputId={INPUT_ID}
          aria-label="Namespace"
          value={typed ?? labelOf(value)}
          onClick={() => setIsOpen(true)}
          onFocus={() => inputRef.current?.select()}
          onChange={(_event, text) => {
            setTyped(text);
            setFocused(null);
            setIsOpen(true);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          innerRef={inputRef}
          placeholder="Type or pick a namespace"
          role="combobox"
          isExpanded={isOpen}
          aria-controls={LISTBOX_ID}
          {...(focused !== null ? { 'aria-activedescendant': optionId(focused) } : {})}
        />
        {typed ? (
          <TextInputGroupUtilities>
            <Button variant="plain" aria-label="Clear namespace text" icon={<TimesIcon />} onClick={() => { setTyped(''); inputRef.current?.focus(); }} />
          </TextInputGroupUtilities>
        ) : null}
      </TextInputGroup>
    </MenuToggle>
  );

  return (
    <FormGroup label="Namespace" fieldId={INPUT_ID}>
      <Select
        isOpen={isOpen}
        selected={value}
        onSelect={(_event, selected) => choose(String(selected ?? ''))}
        onOpenChange={(open) => (open ? setIsOpen(true) : close())}
        toggle={toggle}
        variant="typeahead"
        isScrollable
        // Rendered next to its input, not at the end of <body>: inside the main landmark for screen readers.
        popperProps={{ appendTo: 'inline' }}
      >
        <SelectList id={LISTBOX_ID} aria-label="Namespaces">
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
      {namespaces.isError ? (
        <FormHelperText>
          <HelperText>
            <HelperTextItem variant="warning">
              {isForbidden(namespaces.error) ? 'You cannot list namespaces' : 'Namespaces could not be listed'}: type the
              name of one you can use.
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      ) : null}
    </FormGroup>
  );
}
