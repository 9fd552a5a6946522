import { Flex, FlexItem, FormSelect, FormSelectOption, HelperText, HelperTextItem } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { namespaceQueries } from '../api/queries';
import type { Namespace } from '../api/schemas';
import { ALL_NAMESPACES_PARAM } from './namespace-route';

const sortedNames = (namespaces: Namespace[]): string[] => namespaces.map((ns) => ns.metadata.name).sort();

interface NamespaceSelectProps {
  /** Route segment: a namespace name or `all`. */
  value: string;
  onChange: (namespaceParam: string) => void;
}

export function NamespaceSelect({ value, onChange }: NamespaceSelectProps) {
  const { data: names = [], isPending, isError } = useQuery({ ...namespaceQueries.list(), select: sortedNames });
  // Users who may not list namespaces (or arrive by link to an unknown one) still see where they are.
  const options = value === ALL_NAMESPACES_PARAM || names.includes(value) ? names : [value, ...names];

  return (
    <Flex alignItems={{ default: 'alignItemsCenter' }} spaceItems={{ default: 'spaceItemsSm' }}>
      <FlexItem>
        <label htmlFor="namespace-select">Namespace</label>
      </FlexItem>
      <FlexItem>
        <FormSelect
          id="namespace-select"
          value={value}
          onChange={(_event, next) => onChange(next)}
          aria-describedby={isError ? 'namespace-select-help' : undefined}
        >
          <FormSelectOption value={ALL_NAMESPACES_PARAM} label="All namespaces" />
          {options.map((name) => (
            <FormSelectOption key={name} value={name} label={name} />
          ))}
          {isPending ? <FormSelectOption isDisabled value="" label="Loading namespaces…" /> : null}
        </FormSelect>
      </FlexItem>
      {isError ? (
        <FlexItem>
          <HelperText id="namespace-select-help">
            <HelperTextItem variant="warning">Could not list namespaces</HelperTextItem>
          </HelperText>
        </FlexItem>
      ) : null}
    </Flex>
  );
}
