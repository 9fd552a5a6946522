export interface BackoffOptions {
  /** First retry delay after a failure. */
  initialMs: number;
  /** Upper bound for the exponential delay: how long a recovered server waits for us at most. */
  maxMs: number;
  /** Upper bound for a server's Retry-After, which may ask for more than maxMs. */
  retryAfterMaxMs: number;
  /** Delay before re-watching after the server ended a stream that delivered events. */
  reconnectMs: number;
}

// A watch that is down retries every 0.6 to 0.8 s, so with the request itself it is back well
// within 2 s of the server recovering (the dashboard's promise). A request or two a second per tab
// to a server that answers at once with an error costs little; a server that wants fewer says so
// with Retry-After, which is honoured up to a minute.
export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 200, maxMs: 800, retryAfterMaxMs: 60_000, reconnectMs: 100 };

/** Exponential delay for the n-th consecutive attempt (0-based), capped, with jitter downwards. */
export function backoffDelay(attempt: number, options: Pick<BackoffOptions, 'initialMs' | 'maxMs'>, random = Math.random): number {
  const base = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  // Jitter keeps many tabs that lost the same proxy from reconnecting in lockstep.
  return Math.round(base * (0.75 + 0.25 * random()));
}

/**
 * The delay before the next attempt: the server's Retry-After when it sent one (capped at
 * retryAfterMaxMs, never shorter than the backoff), the exponential backoff otherwise.
 */
export function retryDelay(
  attempt: number,
  retryAfterSeconds: number | undefined,
  options: Pick<BackoffOptions, 'initialMs' | 'maxMs' | 'retryAfterMaxMs'>,
  random = Math.random,
): number {
  const backoff = backoffDelay(attempt, options, random);
  if (retryAfterSeconds === undefined || !(retryAfterSeconds > 0)) return backoff;
  return Math.max(backoff, Math.min(retryAfterSeconds * 1000, options.retryAfterMaxMs));
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
