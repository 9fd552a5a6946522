import { ALL_NAMESPACES } from '../../api/fetchers';

/** The namespace segment of `#/ns/:namespace/...` that stands for every namespace. */
export const ALL_NAMESPACES_PARAM = 'all';
export const DEFAULT_NAMESPACE = 'demo';

const STORAGE_KEY = 'imagestream-dashboard.last-namespace';

export const namespaceFromParam = (param: string): string =>
  param === ALL_NAMESPACES_PARAM ? ALL_NAMESPACES : param;

export const listPath = (namespaceParam: string): string =>
  `/ns/${encodeURIComponent(namespaceParam)}/imagestreams`;

export const detailsPath = (namespace: string, name: string): string =>
  `${listPath(namespace)}/${encodeURIComponent(name)}`;

// Storage can be disabled or full (private windows, quotas): remembering is a convenience, never a failure.
export function readLastNamespace(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) || DEFAULT_NAMESPACE;
  } catch {
    return DEFAULT_NAMESPACE;
  }
}

export function rememberNamespace(namespaceParam: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, namespaceParam);
  } catch {
    // See readLastNamespace.
  }
}
