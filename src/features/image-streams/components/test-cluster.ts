// The embedded cluster through msw/node for one component test file, reset after each test.
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupClusterServer } from '../../../../mocks/node';
import { setApiBaseUrl } from '../../../lib/k8s/request';
import { TEST_ORIGIN } from '../../../lib/k8s/test-helpers';

export function setupEmbeddedCluster() {
  const { server, cluster } = setupClusterServer();
  /** The URLs of the GETs sent during the current test (writes go to the same paths). */
  const gets: URL[] = [];
  beforeAll(() => {
    setApiBaseUrl(TEST_ORIGIN);
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET') gets.push(new URL(request.url));
    });
  });
  afterEach(() => {
    cleanup();
    // Drafts and remembered namespaces must not leak from one test into the next.
    localStorage.clear();
    server.resetHandlers();
    cluster.reset();
    gets.length = 0;
  });
  afterAll(() => {
    cluster.stop();
    server.close();
  });
  return { server, cluster, gets };
}
