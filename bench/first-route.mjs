// Figure 7: bytes of JS and CSS the first route loads, gzipped from the build's own files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Records the build's assets a page requests; attach before navigation. */
export function recordAssets(page) {
  const seen = new Map();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith('/ui/')) return;
    const type = request.resourceType();
    if (type === 'script' || type === 'stylesheet' || type === 'font') seen.set(pathname, type);
  });
  return seen;
}

/**
 * Sizes of what was requested, gzipped with zlib's default level (what Vite's build report shows);
 * fonts are listed apart, they are not part of the budget.
 */
export async function firstRouteBytes(outDir, seen) {
  const files = [];
  for (const [pathname, type] of seen) {
    const file = path.join(outDir, decodeURIComponent(pathname.slice('/ui/'.length)));
    const raw = await readFile(file).catch(() => undefined);
    if (!raw) continue;
    files.push({ file: path.relative(outDir, file), type, rawBytes: raw.length, gzipBytes: gzipSync(raw).length });
  }
  const sum = (type) => files.filter((f) => f.type === type).reduce((total, f) => total + f.gzipBytes, 0);
  return { jsGzip: sum('script'), cssGzip: sum('stylesheet'), fontGzip: sum('font'), files };
}
