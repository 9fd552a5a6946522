// SelfSubjectAccessReview: the answer the dashboard uses to enable or disable actions.
import type { ClusterContext } from './context';
import { badRequest } from './status-error';

interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  resource?: string;
  subresource?: string;
  name?: string;
}

export function createAccessReview(ctx: ClusterContext, raw: unknown) {
  const body = raw as { spec?: { resourceAttributes?: ResourceAttributes } } | null;
  const attrs = body?.spec?.resourceAttributes;
  if (!attrs?.verb) throw badRequest('spec.resourceAttributes.verb is required');
  const resource = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : (attrs.resource ?? '');
  const allowed = ctx.rbac.allowed(attrs.verb, resource, attrs.namespace, attrs.group);
  return {
    kind: 'SelfSubjectAccessReview',
    apiVersion: 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null },
    spec: body?.spec,
    status: allowed
      ? { allowed: true, reason: 'RBAC: allowed by RoleBinding "edit/' + attrs.namespace + '"' }
      : { allowed: false, reason: attrs.namespace && ctx.rbac.readOnly.has(attrs.namespace) ? `the namespace "${attrs.namespace}" is read-only for you (view role)` : '' },
  };
}
