import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, backoffDelay, retryDelay } from './backoff';

const top = () => 1;
const bottom = () => 0;

describe('backoffDelay', () => {
  it('doubles from initialMs up to maxMs', () => {
    expect([0, 1, 2, 3, 10].map((n) => backoffDelay(n, { initialMs: 100, maxMs: 500 }, top))).toEqual([100, 200, 400, 500, 500]);
  });

  it('jitters down by at most a quarter', () => {
    expect(backoffDelay(0, { initialMs: 400, maxMs: 1000 }, bottom)).toBe(300);
  });

  it('by default retries a failing watch more than once a second, so it is back soon after the server', () => {
    const delays = Array.from({ length: 50 }, (_, n) => backoffDelay(n, DEFAULT_BACKOFF));
    expect(Math.max(...delays)).toBeLessThanOrEqual(800);
    // Several tabs spread out rather than reconnect in lockstep.
    expect(backoffDelay(5, DEFAULT_BACKOFF, bottom)).toBeLessThan(backoffDelay(5, DEFAULT_BACKOFF, top));
  });
});

describe('retryDelay', () => {
  const options = { initialMs: 100, maxMs: 1000, retryAfterMaxMs: 20_000 };

  it('is the backoff when the server sent no Retry-After', () => {
    expect(retryDelay(2, undefined, options, top)).toBe(400);
    expect(retryDelay(2, 0, options, top)).toBe(400);
  });

  it('waits what Retry-After asks, even beyond maxMs', () => {
    expect(retryDelay(0, 3, options, top)).toBe(3000);
  });

  it('caps Retry-After at retryAfterMaxMs, and never goes below the backoff', () => {
    expect(retryDelay(0, 3600, options, top)).toBe(20_000);
    expect(retryDelay(5, 0.2, options, top)).toBe(1000);
  });
});
