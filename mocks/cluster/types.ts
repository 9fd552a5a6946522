// Wire shapes of the objects the embedded cluster stores. Unknown fields are kept as they came.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  finalizers?: string[];
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

export type SourceKind = 'DockerImage' | 'ImageStreamTag' | 'ImageStreamImage';

export interface ObjectReference {
  kind?: string;
  name?: string;
  namespace?: string;
  [key: string]: unknown;
}

export interface TagImportPolicy {
  insecure?: boolean;
  scheduled?: boolean;
  importMode?: string;
}

export interface TagReference {
  name: string;
  annotations?: Record<string, string> | null;
  from?: ObjectReference | null;
  reference?: boolean;
  generation?: number | null;
  importPolicy?: TagImportPolicy;
  referencePolicy?: { type?: string };
  [key: string]: unknown;
}

export interface TagEvent {
  created: string;
  dockerImageReference: string;
  image: string;
  generation: number;
}

export interface TagEventCondition {
  type: 'ImportSuccess';
  status: 'True' | 'False' | 'Unknown';
  lastTransitionTime: string;
  reason?: string;
  message?: string;
  generation: number;
}

export interface NamedTagEventList {
  tag: string;
  items: TagEvent[] | null;
  conditions?: TagEventCondition[];
}

export interface ImageStream {
  kind: 'ImageStream';
  apiVersion: 'image.openshift.io/v1';
  metadata: ObjectMeta;
  spec: {
    lookupPolicy?: { local: boolean };
    dockerImageRepository?: string;
    tags?: TagReference[] | null;
    [key: string]: unknown;
  };
  status?: {
    dockerImageRepository?: string;
    publicDockerImageRepository?: string;
    tags?: NamedTagEventList[];
  };
  [key: string]: unknown;
}

export interface Namespace {
  kind: 'Namespace';
  apiVersion: 'v1';
  metadata: ObjectMeta;
  status: { phase: 'Active' | 'Terminating' };
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export interface WatchEvent<T = unknown> {
  type: WatchEventType;
  object: T;
}
