import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { useHref } from 'react-router';
import { useCanI } from '../../api/access-review';
import { GuardedButton } from '../actions/action-guard';
import { ALL_NAMESPACES_PARAM, listPath } from '../list/namespace-route';

/** The list toolbar's way into the create form, in the namespace being shown; disabled with the reason where RBAC says no. */
export function CreateStreamLink({ namespaceParam }: { namespaceParam: string }) {
  const href = useHref(`${listPath(namespaceParam)}/~new`);
  const all = namespaceParam === ALL_NAMESPACES_PARAM;
  // Across all namespaces the form asks which one; the server decides there.
  const can = useCanI({ namespace: all ? '' : namespaceParam, verb: 'create', resource: 'imagestreams', group: 'image.openshift.io' });
  const denied = !all && can.allowed === false ? can.reason : undefined;
  return (
    // Denied, it is a button: an anchor without href is no control at all for keyboards and screen readers.
    <GuardedButton variant="primary" {...(denied ? {} : { component: 'a', href })} icon={<PlusCircleIcon />} disabledReason={denied}>
      Create ImageStream
    </GuardedButton>
  );
}
