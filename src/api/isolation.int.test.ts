/**
 * Tenant isolation, exhaustively: every registered route that takes a company or a company-owned id is
 * called by a user (and an API token) of company A with company B's ids, and must answer 404 and change
 * nothing. A new route is covered automatically; one with a new kind of id parameter, or a body this
 * test has no sample for, fails here until it is added below.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate, money } from "../core/index.js";
import { importSie } from "../flows/ledger/importSie.js";
import { sieToBuffer } from "../sie/index.js";
import type { Db } from "../store/db.js";
import { createActivationLink } from "../store/repos/activationLinks.js";
import { createRun } from "../store/repos/syncRuns.js";
import { logTransfers } from "../store/repos/transferLog.js";
import { testEngines } from "../store/testing.js";
import { Client, PASSWORD, setupAdmin, testServer, uniqueEmail } from "./testing.js";

/** A valid body per route, so that validation cannot be what stops the call. */
const SAMPLE_BODIES: Record<string, unknown> = {
  "PATCH /api/companies/:companyId": { name: "Kapad AB" },
  "POST /api/companies/:companyId/members": { email: "intrang@example.se", role: "owner" },
  "PATCH /api/companies/:companyId/members/:userId": { role: "viewer" },
  "POST /api/companies/:companyId/api-tokens": { name: "stolen", role: "admin" },
  "POST /api/companies/:companyId/connections": { system: "fortnox", displayName: "Kapad" },
  "PATCH /api/companies/:companyId/connections/:connectionId": {
    displayName: "Kapad",
    state: "disconnected",
  },
  // SIE uploads: the company check comes before the body is even read, so any body shows it.
  "POST /api/companies/:companyId/ledger/sie/inspect": { any: "body" },
  "POST /api/companies/:companyId/ledger/sie": { any: "body" },
  "POST /api/companies/:companyId/connections/:connectionId/sync": {},
  "POST /api/companies/:companyId/activation-links": { system: "fortnox" },
};

/** Routes that take no company: public, or acting on the caller's own account. */
const NOT_COMPANY_SCOPED = new Set([
  "GET /health",
  "GET /api/setup",
  "POST /api/setup",
  "POST /api/auth/login",
  "POST /api/auth/logout",
  "GET /api/session",
  "GET /api/companies",
  "POST /api/companies",
  "GET /api/invitations/:token",
  "POST /api/invitations/:token/accept",
  "GET /api/activations/:token",
  "POST /api/activations/:token/authorize",
  "GET /api/oauth/fortnox/callback",
]);

type Fixture = Record<string, string>;

/** A tiny year of B's ledger, imported as a user would (a SIE file). */
async function ledgerOf(db: Db, companyId: string) {
  const file = sieToBuffer({
    program: { name: "T", version: "1" },
    generated: { date: localDate("2025-12-31") },
    company: { name: "B" },
    fiscalYears: [{ index: 0, start: localDate("2025-01-01"), end: localDate("2025-12-31") }],
    accounts: [
      { number: "1930", name: "Bank" },
      { number: "3001", name: "Försäljning" },
    ],
    vouchers: [
      {
        series: "A",
        number: "1",
        date: localDate("2025-03-01"),
        text: "B:s hemliga affär",
        rows: [
          { account: "1930", amount: money(500n), objects: [] },
          { account: "3001", amount: money(-500n), objects: [] },
        ],
      },
    ],
  });
  const r = await importSie(db, { companyId, source: file, sourceName: "b.se", replace: false });
  const [v] = await db.query<{ id: string }>("SELECT id FROM vouchers WHERE fiscal_year_id = $1", [
    r.fiscalYearId,
  ]);
  return { fiscalYearId: r.fiscalYearId, voucherId: v!.id };
}

for (const engine of testEngines()) {
  describe(`tenant isolation on ${engine.name}`, () => {
    let srv: Awaited<ReturnType<typeof testServer>>;
    let db: Awaited<ReturnType<typeof engine.open>>;
    let a: { client: Client; companyId: string; token: Client };
    let b: Fixture;
    let snapshotB: () => Promise<string>;

    beforeAll(async () => {
      db = await engine.open();
      srv = await testServer(db);
      const admin = await setupAdmin(srv.app, "Bolag A");
      const tokenA = (
        await admin.client.post(`/api/companies/${admin.companyId}/api-tokens`, { name: "a", role: "admin" })
      ).json();
      const token = new Client(srv.app);
      token.bearer = tokenA.secret;
      a = { client: admin.client, companyId: admin.companyId, token };

      // Company B, with one of everything, owned by someone A's people have nothing to do with.
      const ownerB = new Client(srv.app);
      const bCompany = (await admin.client.post("/api/companies", { name: "Bolag B" })).json();
      const memberEmail = uniqueEmail("b-member");
      const inv = (
        await admin.client.post(`/api/companies/${bCompany.id}/members`, {
          email: memberEmail,
          role: "member",
        })
      ).json();
      const invToken = inv.invitation.url.split("/invite/")[1];
      const member = (
        await ownerB.post(`/api/invitations/${invToken}/accept`, { name: "B Medlem", password: PASSWORD })
      ).json();
      const conn = (
        await admin.client.post(`/api/companies/${bCompany.id}/connections`, {
          system: "fortnox",
          displayName: "B:s Fortnox",
        })
      ).json();
      const tok = (
        await admin.client.post(`/api/companies/${bCompany.id}/api-tokens`, { name: "b", role: "viewer" })
      ).json();
      const pending = (
        await admin.client.post(`/api/companies/${bCompany.id}/members`, {
          email: uniqueEmail("b-inv"),
          role: "viewer",
        })
      ).json();
      const run = await createRun(db, { companyId: bCompany.id, connectionId: conn.id, kind: "sync" });
      await logTransfers(db, [
        {
          companyId: bCompany.id,
          connectionId: conn.id,
          runId: run.id,
          direction: "inbound",
          entity: "voucher",
          status: "ok",
        },
      ]);
      const ledger = await ledgerOf(db, bCompany.id);
      // A file behind one of B's vouchers, already fetched (so a leak would hand out its bytes).
      const [doc] = await db.query<{ id: string }>(
        `INSERT INTO document_files (id, company_id, connection_id, id_kind, external_id, name, content, content_type, fetched_at)
         VALUES (gen_random_uuid(), $1, $2, 'file', 'b-file', 'B:s kvitto.pdf', $3, 'application/pdf', now()) RETURNING id`,
        [bCompany.id, conn.id, new TextEncoder().encode("%PDF-1.4 B:s hemlighet")],
      );
      // A's admin created B, so A's admin must leave B for the test to mean anything.
      await admin.client.patch(`/api/companies/${bCompany.id}/members/${member.user.id}`, { role: "owner" });
      await admin.client.delete(`/api/companies/${bCompany.id}/members/${admin.userId}`);
      b = {
        companyId: bCompany.id,
        userId: member.user.id,
        connectionId: conn.id,
        tokenId: tok.token.id,
        invitationId: pending.invitation.id,
        runId: run.id,
        yearId: ledger.fiscalYearId,
        account: "1930",
        voucherId: ledger.voucherId,
        documentId: doc!.id,
        linkId: (
          await createActivationLink(db, {
            companyId: bCompany.id,
            system: "fortnox",
            connectionId: null,
            displayName: "B",
            serviceAccount: true,
            createdBy: null,
          })
        ).link.id,
      };
      snapshotB = async () =>
        JSON.stringify([
          await db.query("SELECT name, org_number FROM companies WHERE id = $1", [b.companyId]),
          await db.query("SELECT user_id, role FROM memberships WHERE company_id = $1 ORDER BY user_id", [
            b.companyId,
          ]),
          await db.query(
            "SELECT id, display_name, state FROM connections WHERE company_id = $1 ORDER BY id",
            [b.companyId],
          ),
          await db.query("SELECT id, revoked_at FROM api_tokens WHERE company_id = $1 ORDER BY id", [
            b.companyId,
          ]),
          await db.query("SELECT id FROM invitations WHERE company_id = $1 ORDER BY id", [b.companyId]),
          await db.query("SELECT id, source_name FROM fiscal_years WHERE company_id = $1 ORDER BY id", [
            b.companyId,
          ]),
          await db.query("SELECT count(*)::int AS n FROM vouchers WHERE company_id = $1", [b.companyId]),
          await db.query("SELECT id FROM activation_links WHERE company_id = $1 ORDER BY id", [b.companyId]),
          await db.query("SELECT id, attempts, fetched_at FROM document_files WHERE company_id = $1", [
            b.companyId,
          ]),
        ]);
    });

    afterAll(async () => {
      await srv.close();
      await db.close();
      await engine.dispose();
    });

    function scopedRoutes() {
      const routes = srv.routeTable
        .flatMap((r) =>
          (Array.isArray(r.method) ? r.method : [r.method]).map((m) => ({ method: String(m), url: r.url })),
        )
        .filter((r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs") && r.method !== "HEAD");
      return routes.filter((r) => !NOT_COMPANY_SCOPED.has(`${r.method} ${r.url}`));
    }

    function fill(url: string, ids: Fixture): string {
      return url.replace(/:(\w+)/g, (_m, name: string) => {
        const v = ids[name];
        if (!v)
          throw new Error(`route ${url} has a parameter :${name} this test has no fixture for — add one`);
        return v;
      });
    }

    function body(method: string, url: string): unknown {
      if (method === "GET" || method === "DELETE") return undefined;
      const sample = SAMPLE_BODIES[`${method} ${url}`];
      if (sample === undefined)
        throw new Error(`no sample body for ${method} ${url} — add one to SAMPLE_BODIES`);
      return sample;
    }

    it("covers every company route (sanity: the list is not empty and has each kind of id)", () => {
      const urls = scopedRoutes()
        .map((r) => r.url)
        .join(" ");
      for (const p of [
        ":companyId",
        ":connectionId",
        ":userId",
        ":tokenId",
        ":invitationId",
        ":runId",
        ":yearId",
        ":voucherId",
        ":documentId",
      ]) {
        expect(urls).toContain(p);
      }
      // Routes that call the company's Fortnox must be refused before any request leaves the hub.
      expect(urls).toContain("/api/companies/:companyId/connections/:connectionId/financial-years");
    });

    it("a user of A gets 404 for everything of B, and B is unchanged", async () => {
      const before = await snapshotB();
      for (const r of scopedRoutes()) {
        const res = await a.client.request(r.method as "GET", fill(r.url, b), body(r.method, r.url));
        expect({ route: `${r.method} ${r.url}`, status: res.statusCode }).toEqual({
          route: `${r.method} ${r.url}`,
          status: 404,
        });
        expect(res.json().error.code).toBe("not_found");
      }
      expect(await snapshotB()).toBe(before);
    });

    it("A's own company with B's object ids also gets 404, and B is unchanged", async () => {
      const before = await snapshotB();
      const mixed = { ...b, companyId: a.companyId };
      for (const r of scopedRoutes().filter((r) => /:(?!companyId)\w+/.test(r.url))) {
        const res = await a.client.request(r.method as "GET", fill(r.url, mixed), body(r.method, r.url));
        expect({ route: `${r.method} ${r.url}`, status: res.statusCode }).toEqual({
          route: `${r.method} ${r.url}`,
          status: 404,
        });
      }
      expect(await snapshotB()).toBe(before);
    });

    it("an API token of A gets 404 for everything of B", async () => {
      const before = await snapshotB();
      for (const r of scopedRoutes()) {
        const res = await a.token.request(r.method as "GET", fill(r.url, b), body(r.method, r.url));
        expect({ route: `${r.method} ${r.url}`, status: res.statusCode }).toEqual({
          route: `${r.method} ${r.url}`,
          status: 404,
        });
      }
      expect(await snapshotB()).toBe(before);
    });

    it("nobody logged in gets 401 everywhere", async () => {
      const anon = new Client(srv.app);
      for (const r of scopedRoutes()) {
        const res = await anon.request(r.method as "GET", fill(r.url, b), body(r.method, r.url));
        expect({ route: `${r.method} ${r.url}`, status: res.statusCode }).toEqual({
          route: `${r.method} ${r.url}`,
          status: 401,
        });
      }
    });
  });
}
