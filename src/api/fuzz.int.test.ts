/**
 * Bad input never yields a 500: random JSON bodies, random query strings, malformed JSON, wrong
 * content types and oversized bodies are thrown at every registered route, as a logged-in owner with
 * valid ids. Every answer is below 500 and every error carries a code from the catalogue.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../core/index.js";
import { testEngines } from "../store/testing.js";
import { type Client, setupAdmin, testServer } from "./testing.js";

const engine = testEngines()[0]!;

describe("every route under random input", () => {
  let srv: Awaited<ReturnType<typeof testServer>>;
  let db: Awaited<ReturnType<typeof engine.open>>;
  let client: Client;
  let ids: Record<string, string>;

  beforeAll(async () => {
    db = await engine.open();
    srv = await testServer(db);
    const admin = await setupAdmin(srv.app, "Fuzz AB");
    client = admin.client;
    const conn = (
      await client.post(`/api/companies/${admin.companyId}/connections`, {
        system: "fortnox",
        displayName: "F",
      })
    ).json();
    const tok = (
      await client.post(`/api/companies/${admin.companyId}/api-tokens`, { name: "t", role: "viewer" })
    ).json();
    ids = {
      companyId: admin.companyId,
      connectionId: conn.id,
      userId: admin.userId,
      tokenId: tok.token.id,
      invitationId: "00000000-0000-4000-8000-000000000000",
      runId: "00000000-0000-4000-8000-000000000001",
      token: "x".repeat(43),
    };
  });

  afterAll(async () => {
    await srv.close();
    await db.close();
    await engine.dispose();
  });

  function routes() {
    return srv.routeTable
      .flatMap((r) =>
        (Array.isArray(r.method) ? r.method : [r.method]).map((m) => ({ method: String(m), url: r.url })),
      )
      .filter((r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs") && r.method !== "HEAD")
      .filter((r) => r.url !== "/api/auth/logout")
      .map((r) => ({ ...r, path: r.url.replace(/:(\w+)/g, (_m, n: string) => ids[n] ?? "x") }));
  }

  function expectCleanError(status: number, body: string, where: string) {
    expect(status, `${where} answered ${status}: ${body}`).toBeLessThan(500);
    if (status >= 400) {
      const code = (JSON.parse(body) as { error: { code: string } }).error.code;
      expect(CATALOGUE[code], `${where}: ${code} is not in the catalogue`).toBeDefined();
    }
  }

  it("random JSON bodies and query strings", async () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const query = fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 }), { maxKeys: 4 });
    for (const r of routes()) {
      await fc.assert(
        fc.asyncProperty(json, query, async (body, q) => {
          const qs = new URLSearchParams(q).toString();
          const res = await srv.app.inject({
            method: r.method as "POST",
            url: qs ? `${r.path}?${qs}` : r.path,
            headers: {
              cookie: client.cookie!,
              "x-csrf-token": client.csrf!,
              "content-type": "application/json",
            },
            payload: JSON.stringify(body),
          });
          expectCleanError(res.statusCode, res.body, `${r.method} ${r.url}`);
        }),
        { numRuns: 25 },
      );
    }
  });

  it("malformed JSON, wrong content types, oversized bodies, unknown fields", async () => {
    const writes = routes().filter((r) => r.method !== "GET");
    const headers = { cookie: client.cookie!, "x-csrf-token": client.csrf! };
    for (const r of writes) {
      const cases = [
        { payload: "{not json", type: "application/json", code: "malformed_json", status: 400 },
        { payload: "<x/>", type: "application/xml", code: "unsupported_media_type", status: 415 },
        {
          payload: JSON.stringify({ a: "x".repeat(1_100_000) }),
          type: "application/json",
          code: "body_too_large",
          status: 413,
        },
      ];
      for (const c of cases) {
        const res = await srv.app.inject({
          method: r.method as "POST",
          url: r.path,
          headers: { ...headers, "content-type": c.type },
          payload: c.payload,
        });
        expect({
          route: `${r.method} ${r.url}`,
          status: res.statusCode,
          code: res.json().error?.code,
        }).toEqual({
          route: `${r.method} ${r.url}`,
          status: c.status,
          code: c.code,
        });
      }
    }
    const unknown = await client.post("/api/companies", { name: "X AB", hacker: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe("invalid_input");
    expect(unknown.json().error.message).toContain("hacker");
  });
});
