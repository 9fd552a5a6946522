// The embedded cluster as a real HTTP server, for kubectl, the Python client, e2e tests and `npm start`.
// Requests go through the same MSW handlers (msw's getResponse), watch streams included.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createCluster, type Cluster, type ClusterOptions } from './cluster/cluster';
import { createHandlers } from './handlers';

const API_PATH = /^\/(api|apis|version|openapi|__cluster)(\/|$|\?)/;

export function isApiPath(url: string): boolean {
  return API_PATH.test(url);
}

function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  // The origin is never read by the handlers (kubectl proxy rewrites Host); any absolute URL will do.
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    signal,
    ...(hasBody ? { body: req as unknown as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit);
}

export function createClusterMiddleware(cluster: Cluster) {
  const handlers = createHandlers(cluster);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (!isApiPath(req.url ?? '')) return false;
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const response = await getResponse(handlers, toRequest(req, abort.signal));
    if (!response) {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', details: {}, code: 404 }));
      return true;
    }
    if (response.type === 'error') {
      // A network fault: drop the connection the way a dead proxy does.
      req.socket.destroy();
      return true;
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    delete headers['content-length'];
    res.writeHead(response.status, headers);
    // A watch may stay quiet for minutes: send the headers now so the client knows it is connected.
    res.flushHeaders();
    if (!response.body) {
      res.end();
      return true;
    }
    const reader = response.body.getReader();
    abort.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        res.write(value);
      }
    } catch {
      // The client went away mid-stream; nothing to answer.
    }
    res.end();
    return true;
  };
}

export interface StartOptions extends ClusterOptions {
  port?: number;
  host?: string;
  cluster?: Cluster;
}

export async function startClusterServer(options: StartOptions = {}) {
  const cluster = options.cluster ?? createCluster(options);
  const middleware = createClusterMiddleware(cluster);
  const server = createServer((req, res) => {
    middleware(req, res)
      .then((handled) => {
        if (!handled) {
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          res.end('not found\n');
        }
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8001, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    cluster,
    close: () =>
      new Promise<void>((resolve) => {
        cluster.stop();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
