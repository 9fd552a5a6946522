// `--profile`: a CPU profile of a phase (filter keystrokes, the watch burst, the merged history),
// saved for DevTools and summed up by self time, to tell where a missed budget goes.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const TOP = 12;

/** Starts the page's profiler; the returned function stops it, saves it and returns the summary. */
export async function startProfile(page, dir) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  return async (name) => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${name}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    return { file, top: selfTimes(profile) };
  };
}

/** Self time per function (name, file, line), biggest first, in ms. */
export function selfTimes(profile) {
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    // A sample's time is the gap to the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + ms);
  });
  const byFunction = new Map();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = nodeById.get(id).callFrame;
    const where = url ? `${path.basename(new URL(url, 'http://x').pathname)}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  return [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([fn, ms]) => ({ fn, ms: Math.round(ms) }));
}

/** `--profile` off: a stop function that records nothing. */
export const noProfile = async () => async () => undefined;
