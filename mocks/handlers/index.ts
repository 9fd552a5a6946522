import type { HttpHandler } from 'msw';
import type { Cluster } from '../cluster/cluster';
import { controlHandlers } from './control';
import { discoveryHandlers } from './discovery';
import { imageStreamTagHandlers } from './image-stream-tags';
import { imageStreamHandlers } from './image-streams';
import { namespaceHandlers } from './namespaces';

export function createHandlers(cluster: Cluster): HttpHandler[] {
  return [
    ...controlHandlers(cluster),
    ...discoveryHandlers(cluster),
    ...namespaceHandlers(cluster),
    ...imageStreamHandlers(cluster),
    ...imageStreamTagHandlers(cluster),
  ];
}
