import { Button, TextInputGroup, TextInputGroupMain, TextInputGroupUtilities } from '@patternfly/react-core';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import TimesIcon from '@patternfly/react-icons/dist/esm/icons/times-icon';
import { useRef } from 'react';

interface NameFilterInputProps {
  inputId: string;
  label: string;
  clearLabel: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A search box: PatternFly's text input group with the search icon and a clear button, the markup
 * its SearchInput renders. SearchInput itself also carries advanced search, match navigation and
 * expanding (with InputGroup, Badge and a form), 5 kB gzip of the list's first load this box never uses.
 */
export function NameFilterInput({ inputId, label, clearLabel, value, onChange }: NameFilterInputProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <TextInputGroup>
      <TextInputGroupMain
        inputId={inputId}
        aria-label={label}
        icon={<SearchIcon />}
        value={value}
        placeholder="Name contains…"
        onChange={(_event, text) => onChange(text)}
        inputProps={{ autoComplete: 'off', spellCheck: false }}
        innerRef={inputRef}
      />
      {value ? (
        <TextInputGroupUtilities>
          <Button
            variant="plain"
            aria-label={clearLabel}
            icon={<TimesIcon />}
            onClick={() => {
              onChange('');
              inputRef.current?.focus();
            }}
          />
        </TextInputGroupUtilities>
      ) : null}
    </TextInputGroup>
  );
}
