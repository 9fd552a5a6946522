// `npm test`: everything a merge needs, in order, stopping at the first failure.
// `npm test -- lint unit` runs only the named steps (system packages are always ensured).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const CHROMIUM = '/usr/bin/chromium';
const PYTHON = '/usr/bin/python3';
const APT = ['-o', 'DPkg::Lock::Timeout=120'];
const isRoot = process.getuid?.() === 0;

let running;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    running?.kill(signal);
    console.error(`\n${signal}: stopped`);
    process.exit(code);
  });
}

/** Run a command with inherited stdio; resolves to its exit code. */
function exec(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    running = child;
    child.on('error', (error) => {
      console.error(`cannot run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => {
      running = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

async function quiet(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

async function apt(args) {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    if ((await exec('apt-get', [...APT, ...args], { DEBIAN_FRONTEND: 'noninteractive' })) === 0) return true;
    if (attempt < 3) {
      console.error(`apt-get ${args.join(' ')} failed (attempt ${attempt}), retrying in ${attempt * 5} s`);
      await delay(attempt * 5_000);
    }
  }
  return false;
}

/** Debian packages the tests need: Chromium for Playwright, python3-kubernetes for the client checks. */
async function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!(await quiet(PYTHON, ['-c', 'import kubernetes']))) missing.push('python3-kubernetes');
  if (missing.length === 0) return 0;
  if (!isRoot) {
    const why = { chromium: `${CHROMIUM}, for the e2e tests`, 'python3-kubernetes': `${PYTHON} -c 'import kubernetes', for the client checks` };
    console.error(`missing Debian packages: ${missing.map((name) => `${name} (${why[name]})`).join('; ')}.\n`
      + `Install them as root: apt-get update && apt-get install -y ${missing.join(' ')}`);
    return 1;
  }
  console.log(`installing ${missing.join(' ')} with apt-get`);
  if (!(await apt(['update'])) || !(await apt(['install', '-y', ...missing]))) return 1;
  const stillMissing = missing.filter((name) => (name === 'chromium' ? !existsSync(CHROMIUM) : false));
  if (missing.includes('python3-kubernetes') && !(await quiet(PYTHON, ['-c', 'import kubernetes']))) {
    stillMissing.push('python3-kubernetes');
  }
  if (stillMissing.length) console.error(`still missing after apt-get install: ${stillMissing.join(' ')}`);
  return stillMissing.length ? 1 : 0;
}

/** Runs a command and collects its stdout (stderr passes through). */
function capture(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    running = child;
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', (error) => resolve({ code: 127, stdout: '', error }));
    child.on('close', (code) => {
      running = undefined;
      resolve({ code: code ?? 1, stdout });
    });
  });
}

/**
 * `npm audit --omit=dev`: no high or critical advisory in what ships. The advisory database lives on
 * the npm registry; some mirrors (this machine's among them) answer its POST with 405. Then the step
 * says so plainly and is UNCHECKED, not failed, unless AUDIT_REQUIRED=1 asks for a real answer.
 */
async function auditDependencies() {
  // Under `npm test`, npm_execpath is the npm that runs us; `npm` on PATH otherwise.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const { code, stdout, error } = await capture(npm[0], [...npm.slice(1), 'audit', '--omit=dev', '--json']);
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = error?.message ?? report?.message ?? report?.error?.summary ?? `npm audit exited with code ${code}`;
    console.error(`npm audit could not ask the registry's advisory database: ${why}
`
      + 'The production dependencies were NOT audited. Run `npm audit --omit=dev --audit-level=high` where the registry is reachable.');
    return process.env.AUDIT_REQUIRED === '1' ? 1 : 'unchecked';
  }
  console.log(`production dependencies: ${['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${counts[level] ?? 0} ${level}`).join(', ')}`);
  const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
  for (const v of serious) {
    const titles = (v.via ?? []).filter((via) => typeof via === 'object').map((via) => `${via.title} (${via.url})`);
    console.error(`  ${v.severity}: ${v.name} ${v.range ?? ''}${titles.length ? ` — ${titles.join('; ')}` : ' (through a dependency)'}`);
  }
  return (counts.high ?? 0) + (counts.critical ?? 0) > 0 ? 1 : 0;
}

// Not test-results/: Playwright empties that folder when it starts.
const reports = join(root, '.test-reports');
mkdirSync(reports, { recursive: true });
const counts = { unit: join(reports, 'vitest.json'), clients: join(reports, 'clients.json'), e2e: join(reports, 'e2e.json') };
for (const file of Object.values(counts)) rmSync(file, { force: true });

const steps = [
  { id: 'system', title: 'system packages (Chromium, python3-kubernetes)', run: ensureSystemPackages, always: true },
  { id: 'typecheck', title: 'type check (tsc --noEmit)', run: () => exec(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) },
  { id: 'lint', title: 'lint (eslint .)', run: () => exec(bin('eslint'), ['.']) },
  { id: 'audit', title: 'audit of what ships (npm audit --omit=dev: no high or critical)', run: auditDependencies },
  {
    id: 'unit',
    title: 'unit and component tests (vitest run)',
    run: () => exec(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${counts.unit}`]),
  },
  {
    id: 'clients',
    title: 'real clients (npm run test:clients)',
    run: () => exec(process.execPath, [join(root, 'scripts/test-clients.mjs')], { TEST_COUNTS_FILE: counts.clients }),
  },
  {
    id: 'e2e',
    title: 'e2e in Chromium (playwright test)',
    run: () =>
      exec(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: counts.e2e }),
  },
  {
    id: 'bench',
    title: 'benchmark harness at N = 200 (timings not judged)',
    run: () => exec(process.execPath, [join(root, 'bench/run.mjs'), '--sizes=200', '--quick']),
  },
];

/** Passed and failed test counts of each runner, read from the reports they wrote. */
function readCounts() {
  const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
  const unit = read(counts.unit);
  const clients = read(counts.clients);
  const e2e = read(counts.e2e);
  const parts = [
    unit && { name: 'unit', passed: unit.numPassedTests, failed: unit.numFailedTests },
    clients && { name: 'clients', passed: clients.passed, failed: clients.failed },
    e2e && { name: 'e2e', passed: (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0), failed: e2e.stats.unexpected ?? 0 },
  ].filter(Boolean);
  return parts;
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !steps.some((step) => step.id === id));
if (unknown.length) {
  console.error(`unknown step(s): ${unknown.join(', ')}; steps are ${steps.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
if (!existsSync(bin('tsc'))) {
  console.error('node_modules is missing: run `npm ci` first (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci).');
  process.exit(1);
}

const results = [];
let failed;
for (const step of steps) {
  if (!step.always && wanted.length && !wanted.includes(step.id)) continue;
  if (failed) {
    results.push({ step, status: 'skipped' });
    continue;
  }
  console.log(`\n=== ${step.title}`);
  const started = Date.now();
  const code = await step.run();
  const seconds = (Date.now() - started) / 1000;
  // 'unchecked': the step could not run here (no registry); said loudly, not a failure.
  const status = code === 'unchecked' ? 'UNCHECKED' : code === 0 ? 'passed' : 'FAILED';
  results.push({ step, status, seconds });
  console.log(`=== ${step.title}: ${status === 'FAILED' ? `FAILED (exit code ${code})` : status} in ${seconds.toFixed(1)} s`);
  if (status === 'FAILED') failed = step;
}

const width = Math.max(...results.map(({ step }) => step.title.length));
console.log('\nsummary');
for (const { step, status, seconds } of results) {
  console.log(`  ${step.title.padEnd(width)}  ${status.padEnd(9)}  ${seconds === undefined ? '' : `${seconds.toFixed(1)} s`}`);
}
const parts = readCounts();
if (parts.length > 0) {
  console.log(`  tests: ${parts.map((p) => `${p.name} ${p.passed} passed${p.failed ? `, ${p.failed} failed` : ''}`).join('; ')}`);
  const total = parts.reduce((sum, p) => ({ passed: sum.passed + p.passed, failed: sum.failed + p.failed }), { passed: 0, failed: 0 });
  console.log(`\ntests: ${total.passed} passed, ${total.failed} failed`);
}
if (failed) {
  console.log(`\nnpm test failed at: ${failed.title}`);
  process.exit(1);
}
const unchecked = results.filter((r) => r.status === 'UNCHECKED').map((r) => r.step.id);
console.log(wanted.length ? `\nselected steps passed: ${wanted.join(' ')}` : '\nnpm test passed');
if (unchecked.length) console.log(`NOT checked on this machine: ${unchecked.join(', ')} (see above)`);
