/**
 * A process-local sliding-window limiter: at most `limit` requests in any `windowMs` (Fortnox: 25 per
 * 5 s per client and tenant, reference §2). A slot is held from `acquire` until the request's answer
 * arrived (`release`), and counts for `windowMs` after that. Fortnox sees the request somewhere in
 * between, so no window on its side can hold more than `limit` of ours, whatever the network delay —
 * timing slots from the send instead let a slow first burst overflow the window (measured: 9 × 429 in
 * 500 requests; docs/benchmarks.md).
 */
import type { RateLimiter, RateLimitRelease } from "./ports.js";

export interface SlidingWindowOptions {
  readonly limit?: number;
  readonly windowMs?: number;
  /** Extra spacing added to the window, in ms (clock granularity between us and Fortnox). */
  readonly guardMs?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

interface Slot {
  /** When the answer arrived; Infinity while the request is in flight. */
  until: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SlidingWindowRateLimiter implements RateLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private slots: Slot[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private released: () => void = () => undefined;
  private nextRelease = this.renewSignal();

  constructor(options: SlidingWindowOptions = {}) {
    this.limit = options.limit ?? 25;
    this.windowMs = (options.windowMs ?? 5000) + (options.guardMs ?? 20);
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Callers are served in arrival order, so a burst drains at exactly the allowed rate. */
  acquire(): Promise<RateLimitRelease> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private renewSignal(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.released = resolve;
    });
  }

  private async take(): Promise<RateLimitRelease> {
    for (;;) {
      const now = this.now();
      this.slots = this.slots.filter((s) => s.until > now - this.windowMs);
      if (this.slots.length < this.limit) {
        const slot: Slot = { until: Number.POSITIVE_INFINITY };
        this.slots.push(slot);
        return () => {
          if (slot.until !== Number.POSITIVE_INFINITY) return;
          slot.until = this.now();
          this.released();
          this.nextRelease = this.renewSignal();
        };
      }
      const earliest = Math.min(...this.slots.map((s) => s.until));
      const wait = this.nextRelease;
      if (earliest === Number.POSITIVE_INFINITY) await wait;
      else await Promise.race([this.sleep(earliest + this.windowMs - now), wait]);
    }
  }
}
