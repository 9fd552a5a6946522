// Fault switches tests turn on per test: latency, error codes, 429 with Retry-After, network failure,
// dropped watches and expired resourceVersions. Rules match by method, path pattern and watch-ness.
export interface FaultRule {
  method?: string;
  /** A regular expression tested against the request path (no query). */
  path?: string;
  /** true: only watch requests; false: only non-watch requests; unset: both. */
  watch?: boolean;
  latencyMs?: number;
  /** Answer with a Status error of this code (500, 503, 429, 403, ...). */
  status?: number;
  message?: string;
  retryAfterSeconds?: number;
  /** Fail at the connection level, as a dead proxy does. */
  network?: boolean;
  /** End watch streams this long after they start. */
  dropWatchAfterMs?: number;
  /** Watches that resume from a resourceVersion get ERROR 410 Expired; continue tokens too. */
  expire?: boolean;
  /** Apply to the next N matching requests only. */
  times?: number;
}

export interface FaultRequest {
  method: string;
  path: string;
  watch: boolean;
}

export interface Faults {
  set(rules: FaultRule[]): void;
  add(rule: FaultRule): void;
  clear(): void;
  list(): FaultRule[];
  /** The rules that apply to this request; counts down `times`. */
  match(request: FaultRequest): FaultRule[];
}

export function createFaults(): Faults {
  let rules: FaultRule[] = [];
  return {
    set(next) {
      rules = next.map((r) => ({ ...r }));
    },
    add(rule) {
      rules.push({ ...rule });
    },
    clear() {
      rules = [];
    },
    list: () => rules.map((r) => ({ ...r })),
    match(request) {
      const hits = rules.filter(
        (r) =>
          (!r.method || r.method.toUpperCase() === request.method.toUpperCase()) &&
          (!r.path || new RegExp(r.path).test(request.path)) &&
          (r.watch === undefined || r.watch === request.watch),
      );
      for (const hit of hits) if (hit.times !== undefined) hit.times -= 1;
      rules = rules.filter((r) => r.times === undefined || r.times > 0);
      return hits;
    },
  };
}
