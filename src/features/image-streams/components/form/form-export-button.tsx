import { Button } from '@patternfly/react-core';
import ExportIcon from '@patternfly/react-icons/dist/esm/icons/export-icon';
import { useState } from 'react';
import type { ImageStream } from '../../api/schemas';
import { ExportModal, exportable } from './form-export-modal';

interface ExportButtonProps {
  /** Read when the button is pressed, so a form exports what is typed at that moment. */
  getObject: () => ImageStream | undefined;
  isDisabled?: boolean;
  variant?: 'secondary' | 'link';
}

export function ExportButton({ getObject, isDisabled, variant = 'secondary' }: ExportButtonProps) {
  const [object, setObject] = useState<ImageStream>();
  return (
    <>
      <Button
        variant={variant}
        icon={<ExportIcon />}
        isDisabled={isDisabled}
        onClick={() => {
          const current = getObject();
          if (current) setObject(exportable(current));
        }}
      >
        Export
      </Button>
      {object ? <ExportModal isOpen onClose={() => setObject(undefined)} object={object} /> : null}
    </>
  );
}
