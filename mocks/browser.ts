// The embedded cluster inside the browser (static demo build): MSW's service worker answers /api and /apis.
import { setupWorker } from 'msw/browser';
import { createCluster } from './cluster/cluster';
import { createHandlers } from './handlers';

export async function startWorker(): Promise<void> {
  const cluster = createCluster();
  const worker = setupWorker(...createHandlers(cluster));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
