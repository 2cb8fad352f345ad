/**
 * When to try again. A 429 was refused before Fortnox did anything, so every method retries it; 5xx and
 * network errors are retried only for reads, because a POST may have been carried out (reference §2,
 * noxctl never auto-retries mutations; an uncertain write is resolved by a lookup — pitfalls §4 #3).
 */
export interface RetryPolicy {
  /** Attempts in all for 5xx and network errors on reads. */
  readonly maxAttempts: number;
  /** Attempts in all for 429 answers. */
  readonly maxRateLimitedAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Source of jitter in [0, 1); injectable so tests are deterministic. */
  readonly random: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  maxRateLimitedAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  random: Math.random,
};

/** Exponential backoff with "equal jitter": half fixed, half random, capped. */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * policy.random());
}

/** Honours Retry-After (seconds or an HTTP date) if Fortnox ever sends it; it is not documented (§2). */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function isIdempotent(method: string): boolean {
  return method === "GET" || method === "HEAD";
}
