import { Label } from '@patternfly/react-core';
import { isImporting, useImportRuns } from './action-import-state';

/** "importing" next to a tag's name while a re-import that includes it is on its way. */
export function ActionTagImporting({ namespace, name, tag }: { namespace: string; name: string; tag: string }) {
  const runs = useImportRuns(namespace, name);
  if (!isImporting(runs, tag)) return null;
  return (
    <Label isCompact color="blue" className="pf-v6-u-ml-sm">
      importing
    </Label>
  );
}
