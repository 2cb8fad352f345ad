/** OAuth flows, token refresh and the refresh lock, against the sandbox's auth server. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppError, isAppException } from "../../core/index.js";
import * as fx from "./index.js";
import { authorizeInSandbox, consentInSandbox, sandboxOAuthConfig } from "./sandbox/consentDriver.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "./sandbox/index.js";
import { ALL_SCOPES, clientFor, connect } from "./test/harness.js";

let sb: FortnoxSandbox;

beforeAll(async () => {
  sb = await startFortnoxSandbox({ seed: 3, vouchersPerYear: 50, currentYear: 2025, rateLimit: false });
});
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

describe("authorization", () => {
  it("builds the authorize URL with space-separated scopes, state and access_type=offline", () => {
    const req = fx.createAuthorizationRequest(sandboxOAuthConfig(sb), {
      redirectUri: "http://x/cb",
      scopes: ["bookkeeping", "invoice"],
      serviceAccount: true,
    });
    expect(req.url).toContain("scope=bookkeeping%20invoice");
    expect(req.url).toContain("access_type=offline");
    expect(req.url).toContain("account_type=service");
    expect(req.url).toContain(`state=${req.state}`);
  });

  it("refuses an answer whose state is not ours", async () => {
    const config = sandboxOAuthConfig(sb);
    const req = fx.createAuthorizationRequest(config, {
      redirectUri: "http://x/cb",
      scopes: ["bookkeeping"],
    });
    const answer = await consentInSandbox(sb, req.url, { username: "admin", scopes: ["bookkeeping"] });
    const e = await rejection(
      fx.completeAuthorization(
        config,
        { ...answer, state: "forged" },
        { state: req.state, redirectUri: "http://x/cb" },
      ),
    );
    expect(e.code).toBe("oauth_state_invalid");
  });

  it("lets an accounting-firm user pick the second company, and uses an authorization code once", async () => {
    const config = sandboxOAuthConfig(sb);
    const req = fx.createAuthorizationRequest(config, { redirectUri: "http://x/cb", scopes: ALL_SCOPES });
    const answer = await consentInSandbox(sb, req.url, {
      username: "byra",
      tenantId: sb.tenants[1]!.tenantId,
      scopes: ALL_SCOPES,
    });
    const tokens = await fx.completeAuthorization(config, answer, {
      state: req.state,
      redirectUri: "http://x/cb",
    });
    const client = clientFor(sb, new fx.MemoryTokenStore(tokens));
    expect((await fx.getCompanyInformation(client)).name).toBe(sb.tenants[1]!.name);
    const again = await rejection(
      fx.completeAuthorization(config, answer, { state: req.state, redirectUri: "http://x/cb" }),
    );
    expect(again.code).toBe("fortnox_authorization_refused");
  });

  it("reports a denied consent", async () => {
    const e = await rejection(
      authorizeInSandbox(sb, { username: "admin", scopes: ["bookkeeping"], approve: false }),
    );
    expect(e.code).toBe("fortnox_authorization_refused");
    expect(e.message).toContain("did not approve");
  });

  it("answers 403 with Fortnox's codes for a missing scope and a missing licence", async () => {
    const { client } = await connect(sb, { scopes: ["companyinformation"] });
    const scope = await rejection(fx.listCustomers(client));
    expect(scope).toMatchObject({ code: "fortnox_permission_denied", details: { upstreamCode: 2000663 } });
    const firm = await connect(sb, { username: "byra", tenantId: sb.tenants[1]!.tenantId });
    const licence = await rejection(fx.getFolder(firm.client, "inbox"));
    expect(licence).toMatchObject({ code: "fortnox_licence_missing", details: { upstreamCode: 2001101 } });
  });
});

describe("service accounts and client credentials", () => {
  it("needs a system administrator's consent, then works with the TenantId header", async () => {
    const tenantId = sb.tenants[0]!.tenantId;
    const config = sandboxOAuthConfig(sb);
    const before = await rejection(fx.clientCredentials(config, tenantId));
    expect(before.code).toBe("fortnox_authorization_refused");
    const notAdmin = await rejection(
      authorizeInSandbox(sb, { username: "byra", tenantId, scopes: ALL_SCOPES, serviceAccount: true }),
    );
    expect(notAdmin.message).toContain("system administrator");
    await authorizeInSandbox(sb, { username: "admin", scopes: ALL_SCOPES, serviceAccount: true });
    const tokens = await fx.clientCredentials(config, tenantId);
    expect(tokens.refreshToken).toBeUndefined();
    const store = new fx.MemoryTokenStore(tokens);
    const client = clientFor(sb, store);
    expect((await fx.getCompanyInformation(client)).databaseNumber).toBe(tenantId);
    sb.faults.expireAccessTokens();
    expect((await fx.getCompanyInformation(client)).databaseNumber).toBe(tenantId);
    expect(store.saves).toBe(1);
    expect((await store.load())?.grant).toBe("client_credentials");
  });
});

describe("token refresh", () => {
  it("refreshes after a 401 and saves the rotated refresh token; the old one is refused", async () => {
    const { client, store } = await connect(sb);
    const first = (await store.load())!;
    sb.faults.expireAccessTokens();
    await fx.getCompanyInformation(client);
    const second = (await store.load())!;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(store.saves).toBe(1);
    const reused = await rejection(fx.refreshTokens(sandboxOAuthConfig(sb), first.refreshToken!));
    expect(reused.code).toBe("fortnox_authorization_refused");
  });

  it("refreshes before expiry, inside the skew, without a failed request", async () => {
    const short = await startFortnoxSandbox({
      seed: 3,
      vouchersPerYear: 10,
      currentYear: 2025,
      rateLimit: false,
      accessTokenTtlSeconds: 30,
    });
    try {
      const { client, store } = await connect(short, {}, { refreshSkewMs: 60_000 });
      await fx.getCompanyInformation(client);
      expect(store.saves).toBe(1);
      expect(short.stats.apiRequests).toBe(1);
    } finally {
      await short.close();
    }
  });

  it("keeps an idle connection alive by refreshing an old refresh token", async () => {
    const { client, store } = await connect(sb);
    expect(await client.tokens.keepAlive(7 * 86_400_000)).toBe(false);
    expect(await client.tokens.keepAlive(0)).toBe(true);
    expect(store.saves).toBe(1);
    await fx.getCompanyInformation(client);
  });

  it("two clients sharing one token store refresh once and never burn the chain", async () => {
    const { store } = await connect(sb);
    const a = clientFor(sb, store);
    const b = clientFor(sb, store);
    sb.faults.expireAccessTokens();
    const results = await Promise.all(
      [...Array(8)].flatMap(() => [fx.getCompanyInformation(a), fx.getCompanyInformation(b)]),
    );
    expect(results).toHaveLength(16);
    expect(store.saves).toBe(1);
    expect(store.needsReauth).toBeUndefined();
    // The saved chain is still alive: one more refresh with it succeeds.
    await expect(
      fx.refreshTokens(sandboxOAuthConfig(sb), (await store.load())!.refreshToken!),
    ).resolves.toBeDefined();
  });

  it("without a shared lock two workers do burn the chain (the failure the lock prevents)", async () => {
    const { store } = await connect(sb);
    const tokens = (await store.load())!;
    const storeA = new fx.MemoryTokenStore(tokens);
    const storeB = new fx.MemoryTokenStore(tokens);
    sb.faults.expireAccessTokens();
    const outcomes = await Promise.allSettled([
      fx.getCompanyInformation(clientFor(sb, storeA)),
      fx.getCompanyInformation(clientFor(sb, storeB)),
    ]);
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(1);
    expect([storeA.needsReauth, storeB.needsReauth].filter(Boolean)).toHaveLength(1);
  });

  it("an expired refresh token moves the connection to needs-reauth", async () => {
    const stale = await startFortnoxSandbox({
      seed: 3,
      vouchersPerYear: 10,
      currentYear: 2025,
      rateLimit: false,
      refreshTokenTtlSeconds: 0,
    });
    try {
      const { client, store } = await connect(stale);
      stale.faults.expireAccessTokens();
      const e = await rejection(fx.getCompanyInformation(client));
      expect(e.code).toBe("connection_needs_reauth");
      expect(store.needsReauth).toContain("Invalid refresh token");
    } finally {
      await stale.close();
    }
  });

  it("a revoked consent moves the connection to needs-reauth with a clear message", async () => {
    const firm = await connect(sb, { username: "byra", tenantId: sb.tenants[1]!.tenantId });
    const other = await connect(sb, { username: "admin" });
    sb.faults.revokeConsent(sb.tenants[1]!.tenantId);
    const e = await rejection(fx.listSuppliers(firm.client));
    expect(e.code).toBe("connection_needs_reauth");
    expect(firm.store.needsReauth).toMatch(/refused to renew the authorization.*activated again/);
    // Nothing else breaks: the other company's connection still works.
    expect((await fx.listSuppliers(other.client)).length).toBeGreaterThan(0);
  });

  it("never uses a new access token whose tokens could not be saved", async () => {
    const { store } = await connect(sb);
    const failing = Object.assign(Object.create(store) as fx.MemoryTokenStore, {
      save: async () => {
        throw new Error("disk full: simulated crash before the save was durable");
      },
    });
    const client = clientFor(sb, failing);
    sb.faults.expireAccessTokens();
    const before = sb.stats.apiRequests;
    await expect(fx.getCompanyInformation(client)).rejects.toThrow(/simulated crash/);
    // Only the request that met the 401 reached the API; none carried the unsaved token.
    expect(sb.stats.apiRequests - before).toBe(1);
  });
});
