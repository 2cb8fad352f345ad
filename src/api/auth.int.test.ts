import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngines } from "../store/testing.js";
import { Client, PASSWORD, setupAdmin, testServer, uniqueEmail } from "./testing.js";

for (const engine of testEngines()) {
  describe(`auth on ${engine.name}`, () => {
    let srv: Awaited<ReturnType<typeof testServer>>;
    let db: Awaited<ReturnType<typeof engine.open>>;
    beforeAll(async () => {
      db = await engine.open();
      srv = await testServer(db);
    });
    afterAll(async () => {
      await srv.close();
      await db.close();
      await engine.dispose();
    });

    it("first run: setup is offered once, creates the administrator and company, and logs in", async () => {
      const anon = new Client(srv.app);
      expect((await anon.get("/api/setup")).json()).toEqual({ needed: true });
      expect((await anon.get("/api/session")).statusCode).toBe(401);
      const admin = await setupAdmin(srv.app, "Örebro Bygg AB");
      const session = (await admin.client.get("/api/session")).json();
      expect(session.companies).toEqual([
        { id: admin.companyId, name: "Örebro Bygg AB", role: "owner", demo: false },
      ]);
      expect(session.user.isAdmin).toBe(true);
      expect((await anon.get("/api/setup")).json()).toEqual({ needed: false });
      const again = await new Client(srv.app).post("/api/setup", {
        email: uniqueEmail(),
        name: "X",
        password: PASSWORD,
        companyName: "Y",
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe("setup_already_done");
    });

    it("logs in and out with a cookie that is HttpOnly and SameSite=Lax", async () => {
      const admin = await setupAdminOrLogin();
      const c = new Client(srv.app);
      const res = await c.post("/api/auth/login", { email: admin.email, password: PASSWORD });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((k) => k.name === "lb_session")!;
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe("Lax");
      expect((await c.get("/api/session")).statusCode).toBe(200);
      expect((await c.post("/api/auth/logout")).statusCode).toBe(204);
      expect((await c.get("/api/session")).statusCode).toBe(401);
    });

    it("refuses a wrong password with a catalogue code, and throttles repeated failures per account", async () => {
      const admin = await setupAdminOrLogin();
      const c = new Client(srv.app);
      for (let i = 0; i < 5; i++) {
        const bad = await c.post("/api/auth/login", { email: admin.email, password: "wrong password!" });
        expect(bad.statusCode).toBe(401);
        expect(bad.json().error.code).toBe("invalid_credentials");
      }
      const locked = await c.post("/api/auth/login", { email: admin.email, password: PASSWORD });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe("login_rate_limited");
      expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    });

    it("requires the CSRF token on cookie-authenticated writes", async () => {
      const { client } = await freshOwner();
      const csrf = client.csrf;
      client.csrf = undefined;
      const res = await client.post("/api/companies", { name: "Utan token AB" });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("csrf_failed");
      client.csrf = "forged";
      expect((await client.post("/api/companies", { name: "Fel token AB" })).statusCode).toBe(403);
      client.csrf = csrf;
      expect((await client.post("/api/companies", { name: "Rätt token AB" })).statusCode).toBe(200);
      const cross = await client.request(
        "POST",
        "/api/companies",
        { name: "X" },
        { origin: "https://evil.example" },
      );
      expect(cross.json().error.code).toBe("csrf_failed");
    });

    it("API tokens: shown once, stored hashed, act within their company only, and stop working when revoked", async () => {
      const { client, companyId } = await freshOwner();
      const created = await client.post(`/api/companies/${companyId}/api-tokens`, {
        name: "nightly script",
        role: "viewer",
      });
      expect(created.statusCode).toBe(200);
      const { secret, token } = created.json();
      expect(secret).toMatch(/^lb_/);
      const stored = await db.query<{ token_hash: string }>(
        "SELECT token_hash FROM api_tokens WHERE id = $1",
        [token.id],
      );
      expect(stored[0]!.token_hash).not.toContain(secret);
      const list = (await client.get(`/api/companies/${companyId}/api-tokens`)).json();
      expect(JSON.stringify(list)).not.toContain(secret);

      const script = new Client(srv.app);
      script.bearer = secret;
      expect((await script.get(`/api/companies/${companyId}/connections`)).statusCode).toBe(200);
      const write = await script.post(`/api/companies/${companyId}/connections`, {
        system: "fortnox",
        displayName: "x",
      });
      expect(write.statusCode).toBe(403);
      expect(write.json().error.code).toBe("forbidden_role");
      expect((await client.delete(`/api/companies/${companyId}/api-tokens/${token.id}`)).statusCode).toBe(
        204,
      );
      const after = await script.get(`/api/companies/${companyId}/connections`);
      expect(after.statusCode).toBe(401);
      expect(after.json().error.code).toBe("unauthenticated");
    });

    it("invites a new person by link; the link works once and gives the chosen role", async () => {
      const { client, companyId } = await freshOwner();
      const email = uniqueEmail("konsult");
      const added = (
        await client.post(`/api/companies/${companyId}/members`, { email, role: "member" })
      ).json();
      expect(added.member).toBeUndefined();
      const token = added.invitation.url.split("/invite/")[1];
      const info = await new Client(srv.app).get(`/api/invitations/${token}`);
      expect(info.json()).toMatchObject({ email, role: "member" });
      const invitee = new Client(srv.app);
      const accepted = await invitee.post(`/api/invitations/${token}/accept`, {
        name: "Kalle Konsult",
        password: PASSWORD,
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json().companies).toEqual([expect.objectContaining({ id: companyId, role: "member" })]);
      const twice = await new Client(srv.app).post(`/api/invitations/${token}/accept`, {
        name: "X",
        password: PASSWORD,
      });
      expect(twice.statusCode).toBe(404);
      // An existing user is added at once.
      const other = await freshOwner();
      const direct = (
        await client.post(`/api/companies/${companyId}/members`, { email: other.email, role: "viewer" })
      ).json();
      expect(direct.member).toMatchObject({ email: other.email, role: "viewer" });
    });

    it("keeps at least one owner", async () => {
      const { client, companyId, userId } = await freshOwner();
      const res = await client.patch(`/api/companies/${companyId}/members/${userId}`, { role: "admin" });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("last_owner");
    });

    // Helpers: the first test ran setup; later users join through an invitation of the first admin.
    let firstAdmin: Awaited<ReturnType<typeof setupAdmin>> | undefined;
    async function setupAdminOrLogin() {
      if (firstAdmin) return firstAdmin;
      const rows = await db.query<{ n: string }>("SELECT count(*)::text AS n FROM users");
      if (rows[0]!.n !== "0") {
        firstAdmin = await freshOwner();
        return firstAdmin;
      }
      firstAdmin = await setupAdmin(srv.app);
      return firstAdmin;
    }

    async function freshOwner() {
      const inviter = await adminClient();
      const email = uniqueEmail("owner");
      const inv = (
        await inviter.client.post(`/api/companies/${inviter.companyId}/members`, { email, role: "viewer" })
      ).json();
      const token = inv.invitation.url.split("/invite/")[1];
      const client = new Client(srv.app);
      const s = (
        await client.post(`/api/invitations/${token}/accept`, { name: "Ny Ägare", password: PASSWORD })
      ).json();
      const company = (await client.post("/api/companies", { name: `Bolag ${email}` })).json();
      return { client, email, userId: s.user.id as string, companyId: company.id as string };
    }

    let admin: Awaited<ReturnType<typeof setupAdmin>> | undefined;
    async function adminClient() {
      if (admin) return admin;
      const rows = await db.query<{ n: string }>("SELECT count(*)::text AS n FROM users");
      admin = rows[0]!.n === "0" ? await setupAdmin(srv.app) : await loginFirst();
      return admin;
    }

    async function loginFirst() {
      const email = (
        await db.query<{ email: string }>(
          "SELECT email FROM users WHERE is_admin ORDER BY created_at LIMIT 1",
        )
      )[0]!.email;
      const client = new Client(srv.app);
      const s = (await client.post("/api/auth/login", { email, password: PASSWORD })).json();
      return { client, email, userId: s.user.id as string, companyId: s.companies[0].id as string };
    }
  });
}
