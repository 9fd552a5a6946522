// Command line: `npm run bench -- --sizes=200 --quick`.
import os from 'node:os';
import path from 'node:path';

const HELP = `Usage: npm run bench -- [options]
  --sizes=1000,10000   stream counts to seed the embedded cluster with (default 1000,10000)
  --quick              fewer repeats and a 3 s watch burst: for CI, which checks the harness, not timings
  --reps=N             page loads per timing (default 3; quick: 1)
  --watch-seconds=S    length of the 500 events/s burst (default 10; quick: 3)
  --rate=R             watch events per second (default 500)
  --out=FILE           where to write the JSON results (default bench/results.json)
  --chromium=PATH      browser binary (default /usr/bin/chromium, or CHROMIUM_PATH)
  --profile[=DIR]      unminified build; CPU profiles of the filter, details and watch phases saved to
                       DIR (default: a temporary directory) and their top functions printed`;

export function parseOptions(argv) {
  const flags = new Map();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}\n${HELP}`);
    flags.set(match[1], match[2] ?? true);
  }
  if (flags.has('help')) return { help: HELP };
  const known = new Set(['sizes', 'quick', 'reps', 'watch-seconds', 'rate', 'out', 'chromium', 'profile']);
  for (const name of flags.keys()) if (!known.has(name)) throw new Error(`unknown option --${name}\n${HELP}`);
  const quick = flags.get('quick') === true;
  const number = (name, fallback) => {
    const value = flags.get(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} needs a positive number`);
    return parsed;
  };
  const sizes = String(flags.get('sizes') ?? '1000,10000')
    .split(',')
    .map((s) => Number(s.replace(/[_\s]/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 20)) throw new Error('--sizes needs whole numbers of at least 20');
  const reps = number('reps', quick ? 1 : 3);
  return {
    sizes,
    quick,
    reps,
    floorReps: Math.max(reps, quick ? 3 : 5),
    watchSeconds: number('watch-seconds', quick ? 3 : 10),
    rate: number('rate', 500),
    out: typeof flags.get('out') === 'string' ? flags.get('out') : undefined,
    chromium: typeof flags.get('chromium') === 'string' ? flags.get('chromium') : undefined,
    profile: flags.get('profile') === true ? path.join(os.tmpdir(), 'imagestream-bench-profiles') : flags.get('profile'),
    timeoutMs: quick ? 60_000 : 300_000,
  };
}
