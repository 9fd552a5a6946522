// `npm run bench`: the dashboard in real Chromium against the embedded cluster seeded with N streams.
// Prints each figure with its ratio to the floor and the budget, writes bench/results.json.
// Budgets never fail the process; a broken harness (a timeout, a page error) does.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp, loadClusterModules, root, startAppServer } from './app-server.mjs';
import { launchBrowser } from './browser.mjs';
import { addBigStream } from './data.mjs';
import { measureDetails } from './measure-details.mjs';
import { measureBaselineHeap, measureFilterAndHeap } from './measure-filter.mjs';
import { measureList } from './measure-list.mjs';
import { measureWatch } from './measure-watch.mjs';
import { parseOptions } from './options.mjs';
import { noProfile, startProfile } from './profile.mjs';
import { firstRouteRow, printTable, sizeRows } from './report.mjs';

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[bench] ${message}`);

async function measureSize({ n, options, modules, server, context, outDir }) {
  const started = performance.now();
  const cluster = modules.createCluster({ generatedStreams: n });
  server.setCluster(cluster);
  log(`N=${n}: cluster seeded in ${seconds(started)}`);
  const profile = options.profile ? (page) => startProfile(page, options.profile) : noProfile;
  const common = { context, origin: server.origin, timeoutMs: options.timeoutMs, profile };
  try {
    const names = cluster.store.list('bench').map((s) => s.metadata.name);
    const list = await measureList({ ...common, server, outDir, n, reps: options.reps, floorReps: options.floorReps });
    log(`N=${n}: floor ${list.floor.ms.toFixed(0)} ms, all rows ${list.list.allRowsMs.toFixed(0)} ms (${seconds(started)})`);
    const baselineHeap = await measureBaselineHeap(common);
    const { heap, filter } = await measureFilterAndHeap({ ...common, names });
    log(`N=${n}: filter ${filter.ms.toFixed(0)} ms, heap ${(heap.usedBytes / 1e6).toFixed(0)} MB (${seconds(started)})`);
    const stream = addBigStream(cluster, modules);
    const details = await measureDetails({ ...common, n, stream, reps: options.reps });
    log(`N=${n}: details ${details.tagsMs.toFixed(0)} ms (${seconds(started)})`);
    const watch = await measureWatch({ ...common, cluster, n: n + 1, rate: options.rate, seconds: options.watchSeconds });
    log(`N=${n}: watch lag ${watch.lagMs.toFixed(0)} ms, longest task ${watch.longestTaskMs.toFixed(0)} ms (${seconds(started)})`);
    const { firstRoute, ...listFigures } = list;
    return { result: { n, ...listFigures, baselineHeap, heap, filter, details, watch, seconds: (performance.now() - started) / 1000 }, firstRoute };
  } finally {
    cluster.stop();
  }
}

function printProfiles(results) {
  for (const r of results) {
    for (const cpu of [r.filter.profile, r.details.profile, r.watch.profile]) {
      if (!cpu) continue;
      console.log(`\n${cpu.file} (self time):`);
      for (const { fn, ms } of cpu.top) console.log(`  ${String(ms).padStart(6)} ms  ${fn}`);
    }
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(options.help);
    return;
  }
  const started = performance.now();
  log(`sizes ${options.sizes.join(', ')}${options.quick ? ' (quick)' : ''}; building the app`);
  const build = await buildApp({ minify: !options.profile });
  const modules = await loadClusterModules();
  const server = await startAppServer(build.outDir, modules);
  const browser = await launchBrowser(options.chromium);
  log(`built in ${seconds(started)}; Chromium ${browser.version}; serving ${server.origin}`);
  const results = [];
  let firstRoute;
  try {
    for (const n of options.sizes) {
      const measured = await measureSize({ n, options, modules, server, context: browser.context, outDir: build.outDir });
      results.push(measured.result);
      firstRoute ??= measured.firstRoute;
    }
  } finally {
    await browser.close();
    await server.close();
    await build.remove();
  }

  const rows = [...results.flatMap(sizeRows), firstRouteRow(firstRoute, Boolean(options.profile))];
  console.log('');
  printTable(rows);
  if (options.profile) printProfiles(results);
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(`\nBudgets marked (pass)/(fail) are stated for N = 10,000 and only shown at this size. Whole run: ${totalSeconds.toFixed(0)} s.`);
  const out = path.resolve(root, options.out ?? 'bench/results.json');
  const report = {
    generatedAt: new Date().toISOString(),
    seconds: totalSeconds,
    machine: { node: process.version, cpus: os.cpus().length, chromium: browser.version, platform: `${os.platform()} ${os.release()}` },
    options,
    firstRoute,
    sizes: results,
    table: rows,
  };
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Results: ${path.relative(process.cwd(), out) || out}`);
}

main().catch((error) => {
  console.error(`[bench] failed: ${error?.stack ?? error}`);
  process.exit(1);
});
