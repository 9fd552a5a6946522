import {
  Button,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  MenuToggle,
  TextInputGroup,
  TextInputGroupMain,
  TextInputGroupUtilities,
} from '@patternfly/react-core';
import TimesIcon from '@patternfly/react-icons/dist/esm/icons/times-icon';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { LazyBoundary } from '../../../../components/ui/lazy-boundary';
import { lazyPart } from '../../../../components/ui/lazy-part';
import { isForbidden } from '../../../../lib/k8s/errors';
import { namespaceQueries } from '../../api/queries';
import type { Namespace } from '../../api/schemas';
import { matchNamespaces } from '../../model/namespace-options';
import type { NamespaceOption } from './namespace-menu';
import { ALL_NAMESPACES_PARAM } from './namespace-route';

const loadMenu = () => import('./namespace-menu');
const NamespaceMenu = lazyPart(async () => (await loadMenu()).NamespaceMenu);
// Fetched as the pointer or focus reaches the box, so that the menu is there when it opens.
const prefetchMenu = () => void loadMenu().catch(() => undefined);

const ALL_LABEL = 'All namespaces';
const INPUT_ID = 'namespace-select-input';
const LISTBOX_ID = 'namespace-select-listbox';
const UNAVAILABLE_ID = 'namespace-select-unavailable';
const sortedNames = (namespaces: Namespace[]): string[] => namespaces.map((ns) => ns.metadata.name).sort();
const labelOf = (value: string) => (value === ALL_NAMESPACES_PARAM ? ALL_LABEL : value);
const optionId = (index: number) => `namespace-option-${index}`;

interface NamespaceSelectProps {
  /** Route segment: a namespace name or `all`. */
  value: string;
  onChange: (namespaceParam: string) => void;
}

/** A combobox: pick a listed namespace or "All namespaces", or type one the user may not list. */
export function NamespaceSelect({ value, onChange }: NamespaceSelectProps) {
  const namespaces = useQuery({ ...namespaceQueries.list(), select: sortedNames });
  const [isOpen, setOpen] = useState(false);
  // The menu's code loads with the first opening and stays mounted after it.
  const [wasOpened, setWasOpened] = useState(false);
  const setIsOpen = (open: boolean) => {
    setOpen(open);
    if (open) setWasOpened(true);
  };
  // Without its menu (its code could not load) the box still goes to a namespace typed in full.
  const [menuFailed, setMenuFailed] = useState(false);
  const expanded = isOpen && !menuFailed;
  const [typed, setTyped] = useState<string | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null) as RefObject<HTMLInputElement>;
  const toggleRef = useRef<HTMLButtonElement>(null);

  const names = namespaces.data ?? [];
  // Someone arriving by link at a namespace that is not listed still sees it offered.
  const known = value === ALL_NAMESPACES_PARAM || names.includes(value) ? names : [value, ...names].sort();
  const filter = typed ?? '';
  const matches = matchNamespaces(known, filter);
  const options: NamespaceOption[] = [
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
  const exactChoice = (): string | undefined => {
    const text = typed?.trim() ?? '';
    if (text.toLowerCase() === ALL_LABEL.toLowerCase()) return ALL_NAMESPACES_PARAM;
    return known.includes(text) || matches.unlisted === text ? text : undefined;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (menuFailed) {
      if (event.key === 'Enter') {
        event.preventDefault();
        const exact = exactChoice();
        if (exact) choose(exact);
      } else if (event.key === 'Escape') close();
      return;
    }
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

  const toggle = (
    <MenuToggle ref={toggleRef} variant="typeahead" onMouseEnter={prefetchMenu} onClick={() => (isOpen ? close() : setIsOpen(true))} isExpanded={expanded} style={{ minWidth: '16rem' }}>
      <TextInputGroup isPlain>
        <TextInputGroupMain
          inputId={INPUT_ID}
          aria-label="Namespace"
          value={typed ?? labelOf(value)}
          onClick={() => setIsOpen(true)}
          onFocus={() => {
            prefetchMenu();
            inputRef.current?.select();
          }}
          onChange={(_event, text) => {
            setTyped(text);
            setFocused(null);
            setIsOpen(true);
          }}
          onKeyDown={onKeyDown}
          // On the input itself: props of TextInputGroupMain's own land on its wrapper.
          inputProps={{ autoComplete: 'off', spellCheck: false, ...(menuFailed ? { 'aria-describedby': UNAVAILABLE_ID } : {}) }}
          innerRef={inputRef}
          placeholder="Type or pick a namespace"
          role="combobox"
          isExpanded={expanded}
          {...(menuFailed ? {} : { 'aria-controls': LISTBOX_ID })}
          {...(expanded && focused !== null ? { 'aria-activedescendant': optionId(focused) } : {})}
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
      {toggle}
      {wasOpened ? (
        <LazyBoundary fallback={<MenuUnavailable />} onError={() => setMenuFailed(true)}>
          <NamespaceMenu
            isOpen={isOpen}
            selected={value}
            options={options}
            focused={focused}
            listboxId={LISTBOX_ID}
            optionId={optionId}
            toggleRef={toggleRef}
            onSelect={choose}
            onOpenChange={(open) => (open ? setIsOpen(true) : close())}
          />
        </LazyBoundary>
      ) : null}
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

function MenuUnavailable() {
  return (
    <FormHelperText>
      <HelperText isLiveRegion>
        <HelperTextItem variant="warning" id={UNAVAILABLE_ID}>
          The list of namespaces could not load (is the connection down?): type a namespace in full and press Enter, or reload.
        </HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}
