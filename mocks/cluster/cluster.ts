// The embedded cluster: an in-memory image.openshift.io/v1 API server (pure TypeScript, no MSW).
import { createAccessReview } from './access-review';
import { realClock, type Clock } from './clock';
import { defaultConfig, type ClusterConfig, type ClusterContext } from './context';
import { cancelFinalizerControllers, deleteImageStream, scheduleFinalizerControllers, type DeleteOptions } from './deletion';
import { createFaults } from './faults';
import { createImageStreamImport } from './image-stream-imports';
import { createImageStreamTag, deleteImageStreamTag, getImageStreamImage, getImageStreamTag, listImageStreamTags, putImageStreamTag } from './image-stream-tags';
import {
  createImageStream,
  getImageStream,
  listImageStreams,
  patchImageStream,
  updateImageStream,
  type ListOptions,
  type PatchType,
  type UpdateOptions,
  type WriteOptions,
} from './image-streams';
import { createImportController } from './import-controller';
import { createNamespaces } from './namespaces';
import { createRandom } from './random';
import { createRbac } from './rbac';
import { createRegistry } from './registry';
import { createStore } from './store';
import { openWatch, type WatchOptions, type WatchSink } from './watch';
import { seedSampleData } from '../fixtures/sample-data';

export interface ClusterOptions {
  /** 'sample' (default): the sample namespaces and streams; 'empty': the namespaces only. */
  seed?: 'sample' | 'empty';
  clock?: Clock;
  randomSeed?: number;
  config?: Partial<ClusterConfig>;
  /** Extra generated streams (for the benchmark): spread over the `bench` namespace. */
  generatedStreams?: number;
}

export type Cluster = ReturnType<typeof createCluster>;

export function createCluster(options: ClusterOptions = {}) {
  const config: ClusterConfig = { ...defaultConfig, ...options.config };
  const clock = options.clock ?? realClock;
  const ctx: ClusterContext = {
    config,
    clock,
    random: createRandom(options.randomSeed ?? 42),
    store: createStore(config.historyLimit),
    registry: createRegistry(),
    rbac: createRbac(),
    namespaces: createNamespaces(),
    faults: createFaults(),
    imports: { enqueue: () => undefined },
    openWatches: new Set(),
    onTerminating: (namespace, name) => scheduleFinalizerControllers(ctx, namespace, name),
  };
  const controller = createImportController(ctx);
  ctx.imports = controller;

  const seed = () => {
    seedSampleData(ctx, { streams: options.seed !== 'empty', generated: options.generatedStreams ?? 0 });
  };
  seed();
  controller.start();

  return {
    ctx,
    config,
    clock,
    store: ctx.store,
    registry: ctx.registry,
    rbac: ctx.rbac,
    faults: ctx.faults,
    namespaces: ctx.namespaces,
    createImageStream: (ns: string, body: unknown, o?: WriteOptions) => createImageStream(ctx, ns, body, o),
    getImageStream: (ns: string, name: string) => getImageStream(ctx, ns, name),
    listImageStreams: (ns: string | undefined, o?: ListOptions) => listImageStreams(ctx, ns, o),
    updateImageStream: (ns: string, name: string, body: unknown, o?: UpdateOptions) => updateImageStream(ctx, ns, name, body, o),
    patchImageStream: (ns: string, name: string, patch: unknown, type: PatchType, o?: WriteOptions) => patchImageStream(ctx, ns, name, patch, type, o),
    deleteImageStream: (ns: string, name: string, o?: DeleteOptions) => deleteImageStream(ctx, ns, name, o),
    createImageStreamImport: (ns: string, body: unknown, o?: WriteOptions) => createImageStreamImport(ctx, ns, body, o),
    getImageStreamTag: (ns: string, name: string) => getImageStreamTag(ctx, ns, name),
    listImageStreamTags: (ns: string) => listImageStreamTags(ctx, ns),
    putImageStreamTag: (ns: string, name: string, body: unknown, o?: WriteOptions) => putImageStreamTag(ctx, ns, name, body, o),
    createImageStreamTag: (ns: string, body: unknown, o?: WriteOptions) => createImageStreamTag(ctx, ns, body, o),
    deleteImageStreamTag: (ns: string, name: string) => deleteImageStreamTag(ctx, ns, name),
    getImageStreamImage: (ns: string, name: string) => getImageStreamImage(ctx, ns, name),
    createAccessReview: (body: unknown) => createAccessReview(ctx, body),
    watch: (o: WatchOptions, sink: WatchSink) => openWatch(ctx, o, sink),
    /** "Pushes" a new image to the simulated upstream registry; returns its digest. */
    push: (image: string) => ctx.registry.push(image),
    runScheduledImports: () => controller.runScheduled(),
    /** Ends every open watch stream now; clients must resume from their last resourceVersion. */
    dropWatches() {
      const closers = [...ctx.openWatches];
      for (const close of closers) close();
      return closers.length;
    },
    /** Back to the initial state (sample data, no faults), keeping resourceVersions moving forward. */
    reset() {
      controller.stop();
      cancelFinalizerControllers(ctx);
      ctx.faults.clear();
      ctx.store.clear();
      ctx.registry.reset();
      ctx.namespaces.clear();
      ctx.rbac.readOnly.clear();
      ctx.rbac.forbidden.clear();
      ctx.random = createRandom(options.randomSeed ?? 42);
      seed();
      controller.start();
    },
    stop: () => controller.stop(),
  };
}
