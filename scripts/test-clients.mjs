// `npm run test:clients`: real clients (kubectl, the Python `kubernetes` dynamic client) against
// the embedded cluster started by scripts/cluster.mjs on a free port.
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRecorder, killChild, liveChildren, run, start, waitFor } from '../e2e/clients/harness.mjs';
import { kubectlChecks } from '../e2e/clients/kubectl-checks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PYTHON = '/usr/bin/python3';
const STARTUP_MS = 60_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const temp = mkdtempSync(join(tmpdir(), 'test-clients-'));
let cluster;

async function stopEverything() {
  for (const child of liveChildren) killChild(child, child === cluster ? 'SIGTERM' : 'SIGKILL');
  if (cluster && cluster.exitCode === null && cluster.signalCode === null) {
    const timer = setTimeout(() => killChild(cluster, 'SIGKILL'), 3_000);
    await cluster.exited;
    clearTimeout(timer);
  }
  rmSync(temp, { recursive: true, force: true });
}

// A last resort when the process goes down without reaching the finally below.
process.on('exit', () => {
  for (const child of liveChildren) killChild(child, 'SIGKILL');
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the cluster`);
    stopEverything().finally(() => process.exit(code));
  });
}

async function startCluster() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Own process group, so stopping it also stops anything it started.
  cluster = start(process.execPath, [join(root, 'scripts/cluster.mjs')], {
    env: { ...process.env, PORT: String(port) },
    detached: true,
  });
  let exited = false;
  cluster.exited.then(() => (exited = true));
  const ready = await waitFor(async () => {
    if (exited) return 'exited';
    try {
      const response = await fetch(`${url}/version`, { signal: AbortSignal.timeout(2_000) });
      return response.ok ? 'ready' : undefined;
    } catch {
      return undefined;
    }
  }, { timeoutMs: STARTUP_MS, intervalMs: 200 });
  if (ready !== 'ready') {
    const { stdout, stderr } = cluster.output();
    const why = ready === 'exited' ? 'exited early' : `did not answer GET /version within ${STARTUP_MS / 1000} s`;
    throw new Error(`scripts/cluster.mjs ${why}\n${stdout}${stderr}`);
  }
  return url;
}

async function pythonChecks(url, recorder) {
  const pyTemp = mkdtempSync(join(temp, 'python-'));
  const result = await run(PYTHON, [join(root, 'e2e/clients/python_client_test.py'), url], {
    // TMPDIR: the dynamic client caches discovery in the temp dir; a fresh one per run.
    env: { ...process.env, TMPDIR: pyTemp, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    timeoutMs: 120_000,
  });
  let current;
  let counted = 0;
  const flush = () => {
    if (current) recorder.record(current.ok, current.title, current.details.join('\n'));
    current = undefined;
  };
  for (const line of result.stdout.split('\n')) {
    const match = /^(ok|not ok) - (.*)$/.exec(line);
    if (match) {
      flush();
      counted += 1;
      current = { ok: match[1] === 'ok', title: match[2], details: [] };
    } else if (line.trim() && current) {
      current.details.push(line.replace(/^#\s?/, ''));
    }
  }
  flush();
  if (result.code !== 0 && (counted === 0 || result.timedOut || result.stderr.trim())) {
    const why = result.timedOut ? 'killed after 120 s' : `exit code ${result.code}`;
    recorder.record(false, `python: client test script ran to the end (${why})`, `${result.stdout}\n${result.stderr}`);
  }
}

const recorder = createRecorder();
let exitCode = 1;
try {
  const started = Date.now();
  const url = await startCluster();
  console.log(`# embedded cluster at ${url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const home = mkdtempSync(join(temp, 'kubectl-'));
  await kubectlChecks({ url, home, check: recorder.check });
  await pythonChecks(url, recorder);
  const clusterDied = cluster.exitCode !== null || cluster.signalCode !== null;
  if (clusterDied) recorder.record(false, 'cluster stayed up for all checks', Object.values(cluster.output()).join('\n'));
  exitCode = recorder.totals.failed ? 1 : 0;
  if (exitCode) {
    const log = Object.values(cluster.output()).join('\n').trim().split('\n').slice(-40);
    console.log(['# last lines the cluster printed:', ...log].join('\n# '));
  }
} catch (error) {
  recorder.record(false, 'client checks ran', error?.stack ?? String(error));
} finally {
  await stopEverything();
}
console.log(`${recorder.totals.passed} passed, ${recorder.totals.failed} failed`);
// npm test adds these to its overall count.
if (process.env.TEST_COUNTS_FILE) writeFileSync(process.env.TEST_COUNTS_FILE, JSON.stringify(recorder.totals));
process.exit(exitCode);
