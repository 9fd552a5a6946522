import { notFound } from './status-error';
import type { Namespace } from './types';

export interface Namespaces {
  has(name: string): boolean;
  get(name: string): Namespace;
  list(): Namespace[];
  add(name: string, created: string, uid: string, labels?: Record<string, string>): void;
  clear(): void;
}

export function createNamespaces(): Namespaces {
  const byName = new Map<string, Namespace>();
  let rv = 100;
  return {
    has: (name) => byName.has(name),
    get(name) {
      const ns = byName.get(name);
      if (!ns) throw notFound('namespaces', name, '');
      return structuredClone(ns);
    },
    list: () => [...byName.values()].sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '')).map((n) => structuredClone(n)),
    add(name, created, uid, labels) {
      rv += 1;
      byName.set(name, {
        kind: 'Namespace',
        apiVersion: 'v1',
        metadata: {
          name,
          uid,
          resourceVersion: String(rv),
          creationTimestamp: created,
          labels: { 'kubernetes.io/metadata.name': name, ...labels },
        },
        status: { phase: 'Active' },
      });
    },
    clear: () => byName.clear(),
  };
}
