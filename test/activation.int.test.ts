/**
 * Connecting Fortnox by an activation link, through the API as a browser would go: the admin creates a
 * link, the Fortnox administrator opens it and consents on Fortnox's (the sandbox's) pages, the callback
 * turns the connection active. Links and OAuth states work once; re-activation keeps the connection.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, setupAdmin, testServer } from "../src/api/testing.js";
import { consentInSandbox } from "../src/connectors/fortnox/sandbox/consentDriver.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "../src/connectors/fortnox/sandbox/index.js";
import { setConnectionState } from "../src/store/repos/connections.js";
import { testEngines } from "../src/store/testing.js";

const engine = testEngines()[0]!;

describe("activation links", () => {
  let sb: FortnoxSandbox;
  let srv: Awaited<ReturnType<typeof testServer>>;
  let db: Awaited<ReturnType<typeof engine.open>>;
  let admin: Client;
  let base: string;
  let companyId: string;
  beforeAll(async () => {
    sb = await startFortnoxSandbox({ host: "127.0.0.1", vouchersPerYear: 10 });
    db = await engine.open();
    srv = await testServer(db);
    srv.ctx.apps.fortnox = {
      clientId: sb.clientId,
      clientSecret: sb.clientSecret,
      apiBaseUrl: sb.url,
      authBaseUrl: sb.url,
      sandbox: true,
    };
    const a = await setupAdmin(srv.app, "Aktivera AB");
    admin = a.client;
    companyId = a.companyId;
    base = `/api/companies/${companyId}`;
  });
  afterAll(async () => {
    await srv.close();
    await db.close();
    await sb.close();
    await engine.dispose();
  });

  async function grant(url: string, choice: { username: string; tenantId?: string }) {
    const token = url.split("/activate/")[1]!;
    const anon = srv.app;
    const info = await anon.inject({ method: "GET", url: `/api/activations/${token}` });
    const authorize = await anon.inject({
      method: "POST",
      url: `/api/activations/${token}/authorize`,
      payload: {},
    });
    const answer = await consentInSandbox(sb, authorize.json().authorizeUrl, { ...choice, scopes: [] });
    const callback = await anon.inject({
      method: "GET",
      url: `/api/oauth/fortnox/callback?${new URLSearchParams(answer)}`,
    });
    return {
      token,
      info: info.json(),
      answer,
      callback,
      result: new URL(callback.headers.location!, "http://x").searchParams,
    };
  }

  it("connects by service account: explained first, then active with the company's TenantId, nightly sync scheduled", async () => {
    const link = (await admin.post(`${base}/activation-links`, { system: "fortnox" })).json();
    expect(link.url).toMatch(/\/activate\//);
    const g = await grant(link.url, { username: "admin", tenantId: sb.tenants[0]!.tenantId });
    expect(g.info).toMatchObject({
      companyName: "Aktivera AB",
      serviceAccount: true,
      sandbox: true,
      reactivation: false,
    });
    expect(g.info.scopes).toContain("bookkeeping");
    expect(g.callback.statusCode).toBe(302);
    expect(g.result.get("status")).toBe("ok");
    const conn = (await admin.get(`${base}/connections/${g.result.get("connection")}`)).json();
    expect(conn).toMatchObject({
      state: "active",
      system: "fortnox",
      settings: { tenantId: sb.tenants[0]!.tenantId },
      hasSecret: true,
    });
    const schedules = await db.query("SELECT kind, cron FROM schedules WHERE connection_id = $1", [conn.id]);
    expect(schedules).toEqual([{ kind: "ledger.sync", cron: "0 2 * * *" }]);

    const pre = (await admin.get(`${base}/connections/${conn.id}/preflight`)).json();
    expect(pre.companyName).toBe(sb.tenants[0]!.name);
    expect(pre.features.length).toBeGreaterThan(5);

    // The link worked once: opening it again, or replaying the callback, gets nowhere.
    expect(
      (await srv.app.inject({ method: "GET", url: `/api/activations/${g.token}` })).json().error.code,
    ).toBe("activation_link_invalid");
    const replay = await srv.app.inject({
      method: "GET",
      url: `/api/oauth/fortnox/callback?${new URLSearchParams(g.answer)}`,
    });
    expect(new URL(replay.headers.location!, "http://x").searchParams.get("code")).toBe(
      "oauth_state_invalid",
    );
  });

  it("refuses a forged state, and keeps the link usable after a refused consent", async () => {
    const forged = await srv.app.inject({
      method: "GET",
      url: "/api/oauth/fortnox/callback?code=x&state=not-ours",
    });
    expect(new URL(forged.headers.location!, "http://x").searchParams.get("code")).toBe(
      "oauth_state_invalid",
    );
    const link = (
      await admin.post(`${base}/activation-links`, { system: "fortnox", serviceAccount: true })
    ).json();
    // The accounting-firm user is no system administrator: Fortnox refuses a service account.
    const refused = await grant(link.url, { username: "byra", tenantId: sb.tenants[1]!.tenantId });
    expect(refused.result.get("status")).toBe("error");
    expect(refused.result.get("message")).toContain("system administrator");
    expect(
      (await srv.app.inject({ method: "GET", url: `/api/activations/${refused.token}` })).statusCode,
    ).toBe(200);
  });

  it("lets an accounting-firm user pick the client company (authorization-code connection)", async () => {
    const link = (
      await admin.post(`${base}/activation-links`, {
        system: "fortnox",
        serviceAccount: false,
        displayName: "Klient 2",
      })
    ).json();
    const g = await grant(link.url, { username: "byra", tenantId: sb.tenants[1]!.tenantId });
    expect(g.result.get("status")).toBe("ok");
    const conn = (await admin.get(`${base}/connections/${g.result.get("connection")}`)).json();
    expect(conn).toMatchObject({ state: "active", displayName: "Klient 2" });
    const pre = (await admin.get(`${base}/connections/${conn.id}/preflight`)).json();
    expect(pre.companyName).toBe(sb.tenants[1]!.name);
  });

  it("re-activates a connection that needs it, keeping the same connection", async () => {
    const link = (await admin.post(`${base}/activation-links`, { system: "fortnox" })).json();
    const first = await grant(link.url, { username: "admin", tenantId: sb.tenants[0]!.tenantId });
    const id = first.result.get("connection")!;
    await setConnectionState(db, companyId, id, "needs_reauth", {
      code: "upstream_unauthorized",
      message: "refused",
    });
    const again = (
      await admin.post(`${base}/activation-links`, { system: "fortnox", connectionId: id })
    ).json();
    const g = await grant(again.url, { username: "admin", tenantId: sb.tenants[0]!.tenantId });
    expect(g.info.reactivation).toBe(true);
    expect(g.result.get("connection")).toBe(id);
    expect((await admin.get(`${base}/connections/${id}`)).json()).toMatchObject({
      state: "active",
      lastErrorCode: null,
    });
  });
});
