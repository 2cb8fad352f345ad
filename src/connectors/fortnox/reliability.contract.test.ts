/** The client against the sandbox's switchable faults: 429 storms, 5xx, slow answers, dropped connections. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type AppError, isAppException } from "../../core/index.js";
import type { FortnoxClient } from "./client.js";
import * as fx from "./index.js";
import { sandboxOAuthConfig } from "./sandbox/consentDriver.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "./sandbox/index.js";
import { clientFor, connect } from "./test/harness.js";

let sb: FortnoxSandbox;
let client: FortnoxClient;

beforeAll(async () => {
  sb = await startFortnoxSandbox({ seed: 5, vouchersPerYear: 50, currentYear: 2025, rateLimit: false });
  ({ client } = await connect(sb, {}, { timeoutMs: 300 }));
});
afterEach(() => sb.faults.reset());
afterAll(() => sb.close());

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (isAppException(e)) return e.error;
    throw e;
  }
  throw new Error("expected a rejection");
}

const requestsDuring = async <T>(fn: () => Promise<T>) => {
  const before = sb.stats.apiRequests;
  const value = await fn();
  return { value, requests: sb.stats.apiRequests - before };
};

describe("faults", () => {
  it("rides out a 429 storm with backoff", async () => {
    sb.faults.rateLimitStorm = 5;
    const { value, requests } = await requestsDuring(() => fx.listUnits(client));
    expect(value.length).toBeGreaterThan(0);
    expect(requests).toBe(6);
  });

  it("gives up on a 429 storm longer than its budget, as upstream_rate_limited", async () => {
    sb.faults.rateLimitStorm = 100;
    const e = await rejection(fx.listUnits(client));
    expect(e.code).toBe("upstream_rate_limited");
    expect(sb.faults.rateLimitStorm).toBe(100 - 8);
  });

  it("retries a read through 5xx answers a bounded number of times", async () => {
    sb.faults.serverErrors = 3;
    expect((await requestsDuring(() => fx.listUnits(client))).requests).toBe(4);
    sb.faults.serverErrors = 10;
    const e = await rejection(fx.listUnits(client));
    expect(e).toMatchObject({
      code: "upstream_unavailable",
      details: { status: 500, upstreamCode: 1000003 },
    });
    expect(sb.faults.serverErrors).toBe(6);
  });

  it("does not repeat a write after a 5xx: the outcome is reported instead", async () => {
    sb.faults.serverErrors = 1;
    const { requests } = await requestsDuring(() =>
      rejection(fx.createUnit(client, { code: "x1", name: "Engångs" })).then((e) =>
        expect(e.code).toBe("upstream_unavailable"),
      ),
    );
    expect(requests).toBe(1);
  });

  it("retries a write refused with 429, which Fortnox did not carry out", async () => {
    sb.faults.rateLimitStorm = 2;
    expect(await fx.createUnit(client, { code: "x2", name: "Tvåstegs" })).toEqual({
      code: "x2",
      name: "Tvåstegs",
    });
  });

  it("retries reads through dropped connections", async () => {
    sb.faults.dropConnections = 2;
    const { value, requests } = await requestsDuring(() => fx.listCostCenters(client));
    expect(value).toHaveLength(5);
    expect(requests).toBe(3);
  });

  it("marks a write whose connection dropped as uncertain", async () => {
    sb.faults.dropConnections = 1;
    const e = await rejection(fx.createUnit(client, { code: "x3", name: "Osäker" }));
    expect(e).toMatchObject({ code: "upstream_unavailable", details: { uncertain: true } });
  });

  it("treats a 200 answer carrying ErrorInformation as the error it is", async () => {
    sb.faults.okWithError = 1;
    const e = await rejection(fx.getFolder(client, "archive"));
    expect(e).toMatchObject({ details: { upstreamCode: 1000003, upstreamMessage: "System exception" } });
  });

  it("reports an unreachable token endpoint as upstream_unavailable, not as needs-reauth", async () => {
    const { store } = await connect(sb);
    const broken = clientFor(sb, store, {
      oauth: { ...sandboxOAuthConfig(sb), tokenUrl: "http://127.0.0.1:9/oauth-v1/token" },
    });
    sb.faults.expireAccessTokens();
    const e = await rejection(fx.getCompanyInformation(broken));
    expect(e.code).toBe("upstream_unavailable");
    expect(store.needsReauth).toBeUndefined();
  });

  it("times out slow answers and retries reads; a fast answer goes through", async () => {
    sb.faults.delayMs = 1000;
    const e = await rejection(fx.listUnits(client));
    expect(e.code).toBe("upstream_unavailable");
    sb.faults.delayMs = 50;
    expect((await fx.listUnits(client)).length).toBeGreaterThan(0);
  });
});
