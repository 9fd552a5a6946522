import { Checkbox } from '@patternfly/react-core';
import { toggleSelected, useIsSelected } from './action-selection-store';

/** Picks a row for the bulk actions in the toolbar. */
export function ActionRowSelect({ namespace, name }: { namespace: string; name: string }) {
  const checked = useIsSelected({ namespace, name });
  return (
    <Checkbox id={`select-${namespace}-${name}`} aria-label={`Select ${namespace}/${name}`} isChecked={checked}
      onChange={() => toggleSelected({ namespace, name })} />
  );
}
