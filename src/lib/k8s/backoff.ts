export interface BackoffOptions {
  /** First retry delay after a failure. */
  initialMs: number;
  /** Upper bound for every delay, including a server's Retry-After. */
  maxMs: number;
  /** Delay before re-watching after the server ended a stream that delivered events. */
  reconnectMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 500, maxMs: 30_000, reconnectMs: 100 };

/** Exponential delay for the n-th consecutive attempt (0-based), capped, with jitter downwards. */
export function backoffDelay(attempt: number, options: BackoffOptions, random = Math.random): number {
  const base = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  // Jitter keeps many tabs that lost the same proxy from reconnecting in lockstep.
  return Math.round(base * (0.75 + 0.25 * random()));
}

/** Waits ms, or less if the signal aborts; never rejects. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
