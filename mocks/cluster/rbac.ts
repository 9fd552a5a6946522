// A single user's permissions: everything, except read-only and forbidden namespaces.
import { forbidden } from './status-error';

export interface Rbac {
  allowed(verb: string, resource: string, namespace?: string, group?: string): boolean;
  check(verb: string, resource: string, namespace?: string, group?: string): void;
  readOnly: Set<string>;
  forbidden: Set<string>;
}

const READ_VERBS = new Set(['get', 'list', 'watch']);

export function createRbac(readOnly: string[] = [], forbiddenNamespaces: string[] = []): Rbac {
  const rbac: Rbac = {
    readOnly: new Set(readOnly),
    forbidden: new Set(forbiddenNamespaces),
    allowed(verb, _resource, namespace) {
      if (!namespace) return true;
      if (rbac.forbidden.has(namespace)) return false;
      if (rbac.readOnly.has(namespace)) return READ_VERBS.has(verb);
      return true;
    },
    check(verb, resource, namespace, group = 'image.openshift.io') {
      if (!rbac.allowed(verb, resource, namespace, group)) throw forbidden(verb, resource, namespace, group);
    },
  };
  return rbac;
}
