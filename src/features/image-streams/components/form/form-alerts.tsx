import { Alert, AlertActionLink, List, ListItem } from '@patternfly/react-core';
import type { Ref } from 'react';
import type { UseFormGetValues } from 'react-hook-form';
import type { ImageStream } from '../../api/schemas';
import type { ImageStreamFormValues } from '../../form/form-schema';
import type { FormError } from '../../form/server-errors';
import { serverChanges } from './form-conflict-changes';
import { ServerChangesTable } from './form-conflict-table';
import type { FormControl } from './form-fields';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  namespace: 'Namespace',
  sourceKind: 'Source',
  sourceName: 'Source name',
  sourceNamespace: 'Source namespace',
  reference: 'Reference only',
  scheduled: 'Scheduled',
  insecure: 'Insecure registry',
  importMode: 'Import mode',
  referencePolicy: 'Reference policy',
  key: 'Key',
  value: 'Value',
};

const SECTIONS: Record<string, string> = { labels: 'Label', annotations: 'Annotation' };

/** `tags.2.sourceName` -> `Tag 3 (latest), Source name`: where on the form an error sits. */
export function describeErrorPath(path: string, values: ImageStreamFormValues): string {
  if (path === 'root.server') return '';
  const [first = '', index, field = ''] = path.replace(/^root\./, '').split('.');
  if (first === 'tags' && index !== undefined) {
    const name = values.tags[Number(index)]?.name;
    return `Tag ${Number(index) + 1}${name ? ` (${name})` : ''}${field ? `, ${FIELD_LABELS[field] ?? field}` : ''}`;
  }
  const section = SECTIONS[first];
  if (section) return index === undefined ? `${section}s` : `${section} ${Number(index) + 1}, ${FIELD_LABELS[field] ?? field}`;
  return FIELD_LABELS[first] ?? first;
}

export function ServerErrorAlert({ errors, values, isEdit }: { errors: FormError[]; values: ImageStreamFormValues; isEdit: boolean }) {
  return (
    <Alert isInline variant="danger" title={`The server did not ${isEdit ? 'save' : 'accept'} this ImageStream`} component="h2">
      <List>
        {errors.map((error) => {
          const where = describeErrorPath(error.path, values);
          return (
            <ListItem key={error.path}>
              {where ? <strong>{where}: </strong> : null}
              {error.message}
            </ListItem>
          );
        })}
      </List>
    </Alert>
  );
}

interface ServerChangedAlertProps {
  base: ImageStream;
  latest: ImageStream;
  /** A save was refused with 409 Conflict (rather than the watch noticing first). */
  refused: boolean;
  onRebase: () => void;
  onDiscard: () => void;
  alertRef?: Ref<HTMLDivElement>;
  control: FormControl;
  getValues: UseFormGetValues<ImageStreamFormValues>;
}

export function ServerChangedAlert({ base, latest, refused, onRebase, onDiscard, alertRef, control, getValues }: ServerChangedAlertProps) {
  const changes = serverChanges(base, latest);
  const title = refused
    ? 'Not saved: this ImageStream was changed on the server since you opened it'
    : 'This ImageStream was changed on the server while you were editing';
  return (
    <div ref={alertRef} tabIndex={-1}>
      <Alert
        isInline
        variant={refused ? 'warning' : 'info'}
        title={title}
        component="h2"
        actionLinks={
          <>
            <AlertActionLink onClick={onRebase}>Keep my edits on top of the new version</AlertActionLink>
            <AlertActionLink onClick={onDiscard}>Discard my edits and load the new version</AlertActionLink>
          </>
        }
      >
        <p>
          {changes.length === 0
            ? 'Only server bookkeeping changed (no field you can edit).'
            : `What changed on the server (${changes.length} field${changes.length === 1 ? '' : 's'}):`}
        </p>
        {changes.length > 0 ? <ServerChangesTable changes={changes} control={control} getValues={getValues} base={base} /> : null}
        <p>Keeping your edits takes the new version and puts every field you changed back on top of it; nothing you typed is lost.</p>
      </Alert>
    </div>
  );
}
