import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { inMainLandmark } from '../../../../components/ui/in-main-landmark';
import { useCanI } from '../../api/access-review';
import { useReimport } from '../../api/actions-import';
import { imageStreamQueries } from '../../api/queries';
import { DeleteStreamModal } from './action-delete-modal';
import { ImportResults } from './action-import-results';

const group = 'image.openshift.io';

function RowMenuItems({ namespace, onImport, onDelete }: { namespace: string; onImport: () => void; onDelete: () => void }) {
  const canImport = useCanI({ namespace, verb: 'create', resource: 'imagestreamimports', group });
  const canDelete = useCanI({ namespace, verb: 'delete', resource: 'imagestreams', group });
  return (
    <DropdownList>
      <DropdownItem onClick={onImport} isAriaDisabled={canImport.allowed !== true} description={canImport.reason || undefined}>
        Re-import all tags
      </DropdownItem>
      <DropdownItem onClick={onDelete} isDanger isAriaDisabled={canDelete.allowed !== true} description={canDelete.reason || undefined}>
        Delete
      </DropdownItem>
    </DropdownList>
  );
}

function DeleteFromList({ namespace, name, onClose }: { namespace: string; name: string; onClose: () => void }) {
  const { data: stream } = useQuery(imageStreamQueries.detail({ namespace, name }));
  if (!stream) return null;
  return <DeleteStreamModal stream={stream} onClose={onClose} />;
}

interface ActionRowMenuProps {
  namespace: string;
  name: string;
  /** Open at once, with focus on the toggle: the menu was mounted by a click on its stand-in. */
  openOnMount?: boolean;
}

/** A list row's actions; the permission checks run only once the menu is opened. */
export function ActionRowMenu({ namespace, name, openOnMount = false }: ActionRowMenuProps) {
  const [open, setOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const reimport = useReimport(namespace, name);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!openOnMount) return;
    // A task later: the waking click may still be bubbling (the code was loaded already), and the
    // open menu would take it for a click outside and close again.
    const timer = setTimeout(() => {
      toggleRef.current?.focus();
      setOpen(true);
    }, 0);
    return () => clearTimeout(timer);
  }, [openOnMount]);
  return (
    <>
      <Dropdown
        isOpen={open}
        onOpenChange={setOpen}
        // The chosen item goes away with the menu: focus the toggle, so a dialog it opens gives focus back there.
        shouldFocusToggleOnSelect
        popperProps={{ position: 'right', appendTo: inMainLandmark }}
        toggle={{ toggleRef, toggleNode: (
          <MenuToggle ref={toggleRef} variant="plain" size="sm" aria-label={`Actions for ${name}`} isExpanded={open} onClick={() => setOpen(!open)} icon={<EllipsisVIcon />} />
        ) }}
      >
        {open ? (
          <RowMenuItems
            namespace={namespace}
            onImport={() => {
              setOpen(false);
              reimport.mutate({ namespace, name });
            }}
            onDelete={() => {
              setOpen(false);
              setDeleting(true);
            }}
          />
        ) : null}
      </Dropdown>
      {reimport.submittedAt ? <ImportResults namespace={namespace} name={name} /> : null}
      {deleting ? <DeleteFromList namespace={namespace} name={name} onClose={() => setDeleting(false)} /> : null}
    </>
  );
}
