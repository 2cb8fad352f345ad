import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SlidingWindowRateLimiter } from "./rateLimiter.js";

/** A virtual clock: sleeping advances time, so the limiter's schedule is exact and instant. */
function virtualClock() {
  let now = 0;
  const sleep = async (ms: number) => {
    now += ms;
  };
  return { now: () => now, sleep };
}

describe("SlidingWindowRateLimiter", () => {
  it("lets a full window through at once, then one more per freed slot", async () => {
    const clock = virtualClock();
    const limiter = new SlidingWindowRateLimiter({ limit: 25, windowMs: 5000, guardMs: 100, ...clock });
    const times: number[] = [];
    for (let i = 0; i < 75; i++) {
      const release = await limiter.acquire();
      times.push(clock.now());
      release();
    }
    expect(times.slice(0, 25).every((t) => t === 0)).toBe(true);
    expect(times[25]).toBe(5100);
    expect(times[74]).toBe(10_200);
  });

  it("never lets a send follow the answer `limit` slots earlier by less than the window", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 300 })), {
          minLength: 1,
          maxLength: 120,
        }),
        async (steps) => {
          const clock = virtualClock();
          const limiter = new SlidingWindowRateLimiter({ limit: 5, windowMs: 1000, guardMs: 0, ...clock });
          const sent: number[] = [];
          const answered: number[] = [];
          for (const [gap, latency] of steps) {
            await clock.sleep(gap);
            const release = await limiter.acquire();
            sent.push(clock.now());
            await clock.sleep(latency);
            answered.push(clock.now());
            release();
          }
          // Fortnox sees request i somewhere in [sent, answered]: its window holds at most 5 either way.
          for (let i = 5; i < sent.length; i++)
            expect(sent[i]! - answered[i - 5]!).toBeGreaterThanOrEqual(1000);
        },
      ),
    );
  });

  it("keeps an unanswered request's slot until its answer arrives", async () => {
    const clock = virtualClock();
    const limiter = new SlidingWindowRateLimiter({ limit: 2, windowMs: 100, guardMs: 0, ...clock });
    const first = await limiter.acquire();
    await limiter.acquire();
    let third = -1;
    const pending = limiter.acquire().then(() => {
      third = clock.now();
    });
    await clock.sleep(500);
    expect(third).toBe(-1);
    first();
    await pending;
    expect(third).toBe(600);
  });

  it("serves concurrent callers in arrival order", async () => {
    const clock = virtualClock();
    const limiter = new SlidingWindowRateLimiter({ limit: 2, windowMs: 100, guardMs: 0, ...clock });
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        limiter.acquire().then((release) => {
          order.push(i);
          release();
        }),
      ),
    );
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });
});
