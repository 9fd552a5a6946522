// The embedded cluster through msw/node for one component test file, reset after each test.
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupClusterServer } from '../../../../mocks/node';
import { setApiBaseUrl } from '../../../lib/k8s/request';
import { TEST_ORIGIN } from '../../../lib/k8s/test-helpers';

export function setupEmbeddedCluster() {
  const { server, cluster } = setupClusterServer();
  beforeAll(() => {
    setApiBaseUrl(TEST_ORIGIN);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    cleanup();
    // Drafts and remembered namespaces must not leak from one test into the next.
    localStorage.clear();
    server.resetHandlers();
    cluster.reset();
  });
  afterAll(() => {
    cluster.stop();
    server.close();
  });
  return { server, cluster };
}
