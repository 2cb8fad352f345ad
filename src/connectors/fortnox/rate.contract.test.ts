/** The client's sliding window against the sandbox's: the budget is used, never exceeded (small windows). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fx from "./index.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "./sandbox/index.js";
import { connect } from "./test/harness.js";

const WINDOW = { limit: 5, windowMs: 250 };
let sb: FortnoxSandbox;

beforeAll(async () => {
  sb = await startFortnoxSandbox({ seed: 9, vouchersPerYear: 20, currentYear: 2025, rateLimit: WINDOW });
});
afterAll(() => sb.close());

describe("rate limit", () => {
  it("the sandbox answers 429 when a client ignores the window", async () => {
    const { client } = await connect(sb, {}, { retry: { maxRateLimitedAttempts: 1 } });
    const before = sb.stats.rateLimited;
    const outcomes = await Promise.allSettled([...Array(12)].map(() => fx.listUnits(client)));
    expect(outcomes.filter((o) => o.status === "rejected").length).toBeGreaterThan(0);
    expect(sb.stats.rateLimited - before).toBeGreaterThan(0);
  });

  it("a client with the matching limiter sends 40 requests with zero 429 answers", async () => {
    await new Promise((r) => setTimeout(r, WINDOW.windowMs * 2));
    const limiter = new fx.SlidingWindowRateLimiter({ ...WINDOW, guardMs: 15 });
    const { client } = await connect(sb, {}, { limiter, retry: { maxRateLimitedAttempts: 1 } });
    const before = sb.stats.rateLimited;
    const results = await Promise.all([...Array(40)].map(() => fx.listUnits(client)));
    expect(results).toHaveLength(40);
    expect(sb.stats.rateLimited - before).toBe(0);
  });
});
