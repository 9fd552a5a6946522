import { useMemo } from 'react';
import { useParams } from 'react-router';
import { draftKey } from '../../form/draft-store';
import { emptyFormValues } from '../../form/form-schema';
import { ImageStreamForm } from './form-image-stream';
import { ALL_NAMESPACES_PARAM, listPath, namespaceFromParam } from '../list/namespace-route';

export function ImageStreamCreatePage() {
  const { namespace: namespaceParam = ALL_NAMESPACES_PARAM } = useParams();
  // From the all-namespaces list the namespace is left for the user to fill in.
  const namespace = namespaceFromParam(namespaceParam);
  const defaultValues = useMemo(() => emptyFormValues(namespace), [namespace]);
  return (
    <ImageStreamForm
      key={namespaceParam}
      mode="create"
      defaultValues={defaultValues}
      draftKey={draftKey(namespaceParam)}
      cancelPath={listPath(namespaceParam)}
    />
  );
}
