// `npm start`: build the dashboard, then serve it under /ui/ next to the Kubernetes API
// (the embedded cluster, or a real `oc proxy` / `kubectl proxy` when K8S_API_URL is set).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// OUT_DIR lets e2e runs on different ports build side by side without overwriting each other's files.
const distDir = process.env.OUT_DIR ? path.resolve(root, process.env.OUT_DIR) : path.join(root, 'dist');

const API_PATH = /^\/(?:api|apis|version|openapi|__cluster)(?:[/?]|$)/;

export const isApiRequest = (url = '') => API_PATH.test(url);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

// Hop-by-hop headers describe one connection, not the message: never forward them.
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer',
  'transfer-encoding', 'upgrade', 'proxy-connection',
]);

function forwardableHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) out[name] = value;
  }
  return out;
}

function sendStatus(res, code, reason, message) {
  const body = JSON.stringify({
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code,
  });
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * Forwards a request to K8S_API_URL chunk by chunk in both directions, so watch streams
 * (chunked NDJSON that never ends) reach the browser event by event.
 */
export function createProxyHandler(target) {
  const upstream = new URL(target);
  const basePath = upstream.pathname.replace(/\/+$/, '');
  return (req, res) => {
    const headers = forwardableHeaders(req.headers);
    // kubectl proxy rejects any Host but localhost/127.0.0.1, so speak as a direct client would.
    headers.host = upstream.host;
    const client = upstream.protocol === 'https:' ? https : http;
    const upstreamReq = client.request(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: `${basePath}${req.url}`,
        headers,
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, forwardableHeaders(upstreamRes.headers));
        res.flushHeaders();
        upstreamRes.pipe(res);
        upstreamRes.on('error', () => res.destroy());
      },
    );
    upstreamReq.on('error', (error) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // Plain text, as kubectl proxy answers when its upstream is down: the client reads a 5xx without
      // a Status body as "the proxy is unreachable", not as an API error.
      const message = `proxy error: the API proxy at ${target} (K8S_API_URL) is unreachable: ${error.code ?? error.message}. Is \`oc proxy\` running?`;
      res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(message) });
      res.end(message);
    });
    // The browser gave up (navigation, closed watch): stop the upstream request too.
    res.on('close', () => {
      if (!res.writableFinished) upstreamReq.destroy();
    });
    req.pipe(upstreamReq);
  };
}

/** Loads the embedded cluster from TypeScript sources; Node 20 cannot import .ts itself. */
export async function createEmbeddedHandler() {
  const { runnerImport } = await import('vite');
  // One entry for both modules, so the cluster and the middleware share one module graph (and one
  // copy of every class the handlers check with instanceof).
  const entry = 'virtual:embedded-cluster';
  const entryPlugin = {
    name: 'embedded-cluster-entry',
    resolveId: (id) => (id === entry ? `\0${entry}` : undefined),
    load: (id) =>
      id === `\0${entry}`
        ? `export { createCluster } from ${JSON.stringify(path.join(root, 'mocks/cluster/cluster.ts'))};\n` +
          `export { createClusterMiddleware } from ${JSON.stringify(path.join(root, 'mocks/server.ts'))};\n`
        : undefined,
  };
  const { module: embedded } = await runnerImport(entry, {
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [entryPlugin],
  });
  const cluster = embedded.createCluster();
  const middleware = embedded.createClusterMiddleware(cluster);
  return async (req, res) => {
    try {
      if (await middleware(req, res)) return;
      sendStatus(res, 404, 'NotFound', `the server could not find the requested resource (${req.url})`);
    } catch (error) {
      if (res.headersSent) res.destroy();
      else sendStatus(res, 500, 'InternalError', `embedded cluster failed: ${error?.message ?? error}`);
    }
  };
}

/** The API handler for the configured back end, and a line saying which one it is. */
export async function createApiBackend(env = process.env) {
  if (env.K8S_API_URL) {
    return { handler: createProxyHandler(env.K8S_API_URL), description: `Kubernetes API proxy at ${env.K8S_API_URL}` };
  }
  return { handler: await createEmbeddedHandler(), description: 'embedded cluster (in-memory sample data)' };
}

async function serveStatic(req, res, securityPolicy) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice('/ui/'.length));
  } catch {
    res.writeHead(400).end('Bad Request');
    return;
  }
  const file = path.resolve(distDir, relative || 'index.html');
  if (file !== distDir && !file.startsWith(distDir + path.sep)) {
    res.writeHead(404).end('Not Found');
    return;
  }
  const info = await stat(file).catch(() => undefined);
  const target = info?.isDirectory() ? path.join(file, 'index.html') : file;
  const targetInfo = info?.isDirectory() ? await stat(target).catch(() => undefined) : info;
  if (!targetInfo?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Found');
    return;
  }
  const hashed = target.startsWith(path.join(distDir, 'assets') + path.sep);
  const extension = path.extname(target).toLowerCase();
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'Content-Length': targetInfo.size,
    // File names under assets/ carry a content hash; index.html must be revalidated to pick up new ones.
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(extension === '.html' && securityPolicy ? { 'Content-Security-Policy': securityPolicy } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(target).pipe(res);
}

/**
 * The policy the build puts into index.html's meta tag (scripts/vite/csp-plugin.ts), sent as a header too,
 * with what only a header can say: no other site may frame the dashboard (clickjacking).
 */
export async function loadSecurityPolicy() {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(path.join(root, 'scripts/vite/csp-plugin.ts'), { root, configFile: false, logLevel: 'warn' });
  return `${module.CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
}

export function createAppServer(apiHandler, { securityPolicy } = {}) {
  return http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (isApiRequest(url)) {
      void apiHandler(req, res);
    } else if (url === '/' || url === '/ui' || url.startsWith('/ui?')) {
      res.writeHead(302, { Location: '/ui/' }).end();
    } else if (url.startsWith('/ui/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      serveStatic(req, res, securityPolicy).catch(() => {
        if (!res.headersSent) res.writeHead(500).end('Internal Server Error');
        else res.destroy();
      });
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Found');
    }
  });
}

async function main() {
  const port = Number(process.env.PORT || 8080);
  const host = '127.0.0.1';
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const { handler, description } = await createApiBackend();
  const server = createAppServer(handler, { securityPolicy: await loadSecurityPolicy() });
  server.on('error', (error) => {
    console.error(`Cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    console.log(`ImageStream Dashboard: http://${host}:${port}/ui/`);
    console.log(`API back end: ${description}`);
  });
  const stop = () => {
    // Open watch streams would keep close() waiting forever.
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
