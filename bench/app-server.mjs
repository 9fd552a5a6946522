// The app under test: one production build (into a temporary directory, so `dist/` of a concurrent
// `npm start` or e2e run is never touched) and a node:http server for it plus the embedded cluster.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isApiRequest } from '../scripts/start.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.png': 'image/png' };

/**
 * Builds the app as `npm run build` does (vite.config.ts, base /ui/), into a temporary directory;
 * unminified for --profile, so profiles name the app's functions.
 */
export async function buildApp({ minify = true } = {}) {
  const { build } = await import('vite');
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'imagestream-bench-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, ...(minify ? {} : { minify: false }) } });
  return { outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}

/** The cluster's TypeScript through Vite's module runner (Node 20 cannot import .ts), one module graph. */
export async function loadClusterModules() {
  const { runnerImport } = await import('vite');
  const entry = 'virtual:bench-cluster';
  const file = (p) => JSON.stringify(path.join(root, p));
  const plugin = {
    name: 'bench-cluster-entry',
    resolveId: (id) => (id === entry ? `\0${entry}` : undefined),
    load: (id) =>
      id === `\0${entry}`
        ? `export { createCluster } from ${file('mocks/cluster/cluster.ts')};\n` +
          `export { createClusterMiddleware } from ${file('mocks/server.ts')};\n` +
          `export { buildStream } from ${file('mocks/fixtures/build-stream.ts')};\n`
        : undefined,
  };
  const { module } = await runnerImport(entry, { root, configFile: false, logLevel: 'warn', plugins: [plugin] });
  return module;
}

async function serveFile(outDir, req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const relative = decodeURIComponent(pathname.slice('/ui/'.length)) || 'index.html';
  const file = path.resolve(outDir, relative);
  const info = file.startsWith(outDir + path.sep) ? await stat(file).catch(() => undefined) : undefined;
  if (!info?.isFile()) {
    res.writeHead(404).end('Not Found');
    return;
  }
  const immutable = file.startsWith(path.join(outDir, 'assets') + path.sep);
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

/**
 * Serves the build under /ui/ and the API of whichever cluster is current: `setCluster` swaps it
 * between sizes without restarting the server or the browser.
 */
export async function startAppServer(outDir, modules) {
  let middleware;
  const snapshots = new Map();
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const snapshot = snapshots.get(url);
    if (snapshot) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': snapshot.length, 'Cache-Control': 'no-store' });
      res.end(snapshot);
    } else if (isApiRequest(url)) {
      middleware(req, res)
        .then((handled) => handled || res.writeHead(404).end())
        .catch((error) => (res.headersSent ? res.destroy() : res.writeHead(500).end(String(error))));
    } else if (url.startsWith('/ui/')) {
      serveFile(outDir, req, res).catch(() => res.destroy());
    } else {
      res.writeHead(404).end('Not Found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    setCluster(cluster) {
      // Open watches belong to the previous cluster: cut them so no page keeps one alive.
      server.closeAllConnections();
      middleware = modules.createClusterMiddleware(cluster);
      snapshots.clear();
    },
    /** Serves fixed bytes at `url` (under /__bench/), as fast as this server can send anything. */
    setSnapshot: (url, bytes) => snapshots.set(url, bytes),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
