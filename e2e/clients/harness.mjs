// Small process and check helpers shared by scripts/test-clients.mjs and the kubectl checks.
/* global console, setTimeout, clearTimeout */
import { spawn } from 'node:child_process';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';

/** Every child still running, so that a signal or a crash can end them all. */
export const liveChildren = new Set();

/** Kill a child we spawned (its whole group when it was detached). */
export function killChild(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (child.detachedGroup) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

/** Start a process with piped output; `child.output()` returns what it printed so far. */
export function start(command, args, { env, detached = false } = {}) {
  const child = spawn(command, args, { env, detached, stdio: ['ignore', 'pipe', 'pipe'] });
  child.detachedGroup = detached;
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.output = () => ({ stdout, stderr });
  child.exited = new Promise((resolve) => {
    child.on('error', (error) => {
      stderr += `\n${error.message}`;
      resolve({ code: -1 });
    });
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  liveChildren.add(child);
  child.exited.then(() => liveChildren.delete(child));
  return child;
}

/** Run a command to completion (killed after `timeoutMs`). */
export async function run(command, args, { env, timeoutMs = 30_000 } = {}) {
  const child = start(command, args, { env });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killChild(child, 'SIGKILL');
  }, timeoutMs);
  const { code } = await child.exited;
  clearTimeout(timer);
  return { code, timedOut, ...child.output() };
}

/** Poll `probe` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor(probe, { timeoutMs, intervalMs = 100 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() >= deadline) return undefined;
    await delay(intervalMs);
  }
}

export class CheckError extends Error {
  constructor(message, output = '') {
    super(message);
    this.output = output;
  }
}

/** Fail a check with the command's output attached. */
export function fail(message, result) {
  const parts = [];
  if (result) {
    parts.push(`exit code: ${result.timedOut ? 'killed after timeout' : result.code}`);
    if (result.stdout) parts.push(`stdout:\n${result.stdout}`);
    if (result.stderr) parts.push(`stderr:\n${result.stderr}`);
  }
  throw new CheckError(message, parts.join('\n'));
}

export function createRecorder() {
  const totals = { passed: 0, failed: 0 };
  const indent = (text) => text.replace(/\s+$/, '').split('\n').map((line) => `    ${line}`).join('\n');
  const record = (ok, title, details = '') => {
    totals[ok ? 'passed' : 'failed'] += 1;
    console.log(`${ok ? 'ok' : 'not ok'} - ${title}`);
    if (details.trim()) console.log(indent(details));
  };
  const check = async (title, fn) => {
    try {
      const detail = await fn();
      record(true, detail ? `${title} (${detail})` : title);
      return true;
    } catch (error) {
      const output = error instanceof CheckError ? error.output : (error?.stack ?? String(error));
      record(false, title, [error?.message, output].filter(Boolean).join('\n'));
      return false;
    }
  };
  return { totals, record, check };
}
