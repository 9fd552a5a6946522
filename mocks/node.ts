// The embedded cluster for unit and component tests, through msw/node.
import { setupServer } from 'msw/node';
import { createCluster, type ClusterOptions } from './cluster/cluster';
import { createHandlers } from './handlers';

export function setupClusterServer(options: ClusterOptions = {}) {
  const cluster = createCluster(options);
  const server = setupServer(...createHandlers(cluster));
  return { server, cluster };
}
