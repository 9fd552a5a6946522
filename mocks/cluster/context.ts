// Everything the cluster's parts share. Kept as a plain object so tests can build one with a manual clock.
import type { Clock } from './clock';
import type { Random } from './random';
import type { Registry } from './registry';
import type { Store } from './store';
import type { Rbac } from './rbac';
import type { Namespaces } from './namespaces';
import type { Faults } from './faults';

export interface ClusterConfig {
  /** Host of the internal registry written into status.dockerImageRepository. */
  registryHost: string;
  /** Route of the exposed registry; when unset, no publicDockerImageRepository is reported. */
  publicRegistryHost?: string;
  importDelayMs: number;
  scheduledIntervalMs: number;
  /** How long the garbage collector takes to drop foregroundDeletion / orphan finalizers. */
  gcDelayMs: number;
  /** Finalizers with this name are removed by a simulated controller after cleanupDelayMs. */
  cleanupFinalizer: string;
  cleanupDelayMs: number;
  bookmarkIntervalMs: number;
  /** Server-side cap on a watch's life; clients reconnect from their last resourceVersion. */
  watchTimeoutSeconds: number;
  /** How many events watches can resume from before a resourceVersion is too old (410). */
  historyLimit: number;
}

export const defaultConfig: ClusterConfig = {
  registryHost: 'image-registry.openshift-image-registry.svc:5000',
  publicRegistryHost: 'default-route-openshift-image-registry.apps.demo.example.com',
  importDelayMs: 1200,
  scheduledIntervalMs: 15 * 60 * 1000,
  gcDelayMs: 300,
  cleanupFinalizer: 'dashboard.example.com/slow-cleanup',
  cleanupDelayMs: 3000,
  bookmarkIntervalMs: 15_000,
  watchTimeoutSeconds: 30 * 60,
  historyLimit: 2000,
};

export interface ImportQueue {
  enqueue(namespace: string, name: string): void;
}

export interface ClusterContext {
  config: ClusterConfig;
  clock: Clock;
  random: Random;
  store: Store;
  registry: Registry;
  rbac: Rbac;
  namespaces: Namespaces;
  faults: Faults;
  imports: ImportQueue;
  /** Closers of the open watches, so a test can cut them all at once (as an apiserver restart does). */
  openWatches: Set<() => void>;
  /** Deletion bookkeeping hooks (finalizer controllers), set up by the cluster. */
  onTerminating(namespace: string, name: string): void;
}
