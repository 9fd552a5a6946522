import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useWatch } from 'react-hook-form';
import type { UseFormGetValues } from 'react-hook-form';
import type { ImageStream } from '../../api/schemas';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { toObject } from '../../form/to-object';
import { changeLabel, tagOfPath } from './form-change-labels';
import { editableFields } from './form-conflict-changes';
import type { ServerChange } from './form-conflict-changes';
import type { FormControl } from './form-fields';

const MAX_SHOWN = 12;

const COLUMNS = { field: 'Field', before: 'When you opened it', server: 'On the server now', mine: 'In your form' } as const;

function shown(path: string, value: string | undefined) {
  if (value === undefined) return <em>{tagOfPath(path) === path ? 'no such tag' : 'not set'}</em>;
  if (value === '') return <em>empty</em>;
  return <code>{value}</code>;
}

interface ServerChangesTableProps {
  changes: ServerChange[];
  control: FormControl;
  getValues: UseFormGetValues<ImageStreamFormValues>;
  /** The version the edit started from: the form's values are read on top of it, as a save would send them. */
  base: ImageStream;
}

/** Each field the server changed, by the name the form gives it: what it was, what it is, what the form holds. */
export function ServerChangesTable({ changes, control, getValues, base }: ServerChangesTableProps) {
  // Re-render as the user types, so "In your form" stays true.
  useWatch({ control });
  const mine = editableFields(toObject(getValues(), base));
  return (
    <>
      {/* Read-only data with no keyboard navigation of its own: a table, not PatternFly's default grid. */}
      <Table aria-label="Changes on the server" variant="compact" role="table">
        <Thead>
          <Tr>
            <Th>{COLUMNS.field}</Th>
            <Th>{COLUMNS.before}</Th>
            <Th>{COLUMNS.server}</Th>
            <Th>{COLUMNS.mine}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {changes.slice(0, MAX_SHOWN).map((change) => (
            <Tr key={change.path}>
              <Th scope="row" dataLabel={COLUMNS.field}>
                {changeLabel(change.path)}
              </Th>
              <Td dataLabel={COLUMNS.before}>{shown(change.path, change.before)}</Td>
              <Td dataLabel={COLUMNS.server}>{shown(change.path, change.after)}</Td>
              <Td dataLabel={COLUMNS.mine}>{shown(change.path, mine.get(change.path))}</Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {changes.length > MAX_SHOWN ? <p>and {changes.length - MAX_SHOWN} more</p> : null}
    </>
  );
}
