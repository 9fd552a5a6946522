// Whether the user may save where the form says: asked of the server (SelfSubjectAccessReview) for
// the namespace in the form, not the one in the URL, once the field stops changing.
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useCanI } from '../../api/access-review';
import { namespaceProblem } from '../../form/k8s-names';
import type { FormControl } from './form-fields';

// One review per pause in typing, not one per keystroke.
const SETTLE_MS = 300;

function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * Why the user may not create (or save) the stream in the form's namespace; undefined when they may,
 * while the answer is pending, and while no namespace is given: then the server decides.
 */
export function useSaveDenied(control: FormControl, isEdit: boolean): string | undefined {
  const namespace = useWatch({ control, name: 'namespace' });
  const settled = useSettled(namespace, SETTLE_MS);
  const askable = settled !== '' && namespaceProblem(settled) === undefined;
  const check = { namespace: settled, verb: isEdit ? 'update' : 'create', resource: 'imagestreams', group: 'image.openshift.io' };
  const can = useCanI(check, { enabled: askable });
  // An answer about a namespace the field no longer holds says nothing about this one.
  return askable && settled === namespace && can.allowed === false ? can.reason : undefined;
}
