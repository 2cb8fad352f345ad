/**
 * The Fortnox token chain under concurrency and crashes, on the hub's real store: two worker processes
 * refreshing one connection at once never burn its single-use refresh tokens, and killing a process in
 * the middle of refreshing never loses the connection. On the embedded database (one process only) the
 * same is proven with two clients in one process.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testContext } from "../src/api/testing.js";
import type { AppContext } from "../src/app/context.js";
import { fortnoxManifest, getCompanyInformation } from "../src/connectors/fortnox/index.js";
import { authorizeInSandbox } from "../src/connectors/fortnox/sandbox/consentDriver.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "../src/connectors/fortnox/sandbox/index.js";
import { connectServiceAccount, fortnoxClientFor } from "../src/flows/fortnox/connection.js";
import { writeConnectionSecret } from "../src/store/connectionSecrets.js";
import { type Db, openPostgres } from "../src/store/db.js";
import { migrate } from "../src/store/migrate.js";
import { createCompany } from "../src/store/repos/companies.js";
import { createConnection, getConnection, setConnectionState } from "../src/store/repos/connections.js";
import { createPostgresDatabase, testEngines } from "../src/store/testing.js";

const KEY = "cd".repeat(32);

async function connectByAuthorizationCode(ctx: AppContext, sb: FortnoxSandbox) {
  const company = await createCompany(ctx.db, { name: "Token AB" });
  const tenant = sb.tenants[0]!;
  const tokens = await authorizeInSandbox(sb, {
    username: "admin",
    tenantId: tenant.tenantId,
    scopes: fortnoxManifest.scopes,
  });
  const conn = await createConnection(ctx.db, {
    companyId: company.id,
    system: "fortnox",
    displayName: "Fortnox",
    settings: { apiBaseUrl: sb.url, authBaseUrl: sb.url, clientId: sb.clientId },
  });
  await writeConnectionSecret(ctx.db, ctx.secrets, company.id, conn.id, {
    clientSecret: sb.clientSecret,
    tokens,
  });
  await setConnectionState(ctx.db, company.id, conn.id, "active");
  return { companyId: company.id, connectionId: conn.id };
}

async function connectByServiceAccount(ctx: AppContext, sb: FortnoxSandbox) {
  const company = await createCompany(ctx.db, { name: "Tjänstekonto AB" });
  const tenant = sb.tenants[0]!;
  await authorizeInSandbox(sb, {
    username: "admin",
    tenantId: tenant.tenantId,
    scopes: fortnoxManifest.scopes,
    serviceAccount: true,
  });
  const conn = await connectServiceAccount(ctx, {
    companyId: company.id,
    displayName: "Fortnox",
    settings: { apiBaseUrl: sb.url, authBaseUrl: sb.url, clientId: sb.clientId, tenantId: tenant.tenantId },
    clientSecret: sb.clientSecret,
  });
  return { companyId: company.id, connectionId: conn.id };
}

type Hammer = {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<{ ok: number; errors: string[] }>;
};

function hammer(env: Record<string, string>): Hammer {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/fortnoxHammer.ts"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LEDGERBRIDGE_SECRET_KEY: KEY, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (markReady = r));
  child.stderr!.on("data", (c: Buffer) => {
    err += c.toString();
    if (err.includes("ready")) markReady();
  });
  const result = new Promise<{ ok: number; errors: string[] }>((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").at(-1)!))
        : reject(new Error(`exit ${code}: ${err}`)),
    ),
  );
  return { child, ready, result };
}

describe("Fortnox token chain", () => {
  let sb: FortnoxSandbox;
  beforeAll(async () => {
    sb = await startFortnoxSandbox({
      host: "127.0.0.1",
      accessTokenTtlSeconds: 2,
      rateLimit: false,
      vouchersPerYear: 10,
    });
  });
  afterAll(() => sb.close());

  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    it("two clients of one connection refresh concurrently without burning the chain (embedded database)", async () => {
      const engine = testEngines()[0]!;
      const db = await engine.open();
      const ctx = await testContext(db);
      try {
        const ref = await connectByAuthorizationCode(ctx, sb);
        const conn = (await getConnection(db, ref.companyId, ref.connectionId))!;
        const [a, b] = [await fortnoxClientFor(ctx, conn), await fortnoxClientFor(ctx, conn)];
        for (let round = 0; round < 5; round++) {
          sb.faults.expireAccessTokens();
          await Promise.all([
            getCompanyInformation(a!),
            getCompanyInformation(b!),
            getCompanyInformation(a!),
          ]);
        }
        expect((await getConnection(db, ref.companyId, ref.connectionId))!.state).toBe("active");
      } finally {
        await ctx.queue.stop();
        await db.close();
      }
    });
    return;
  }

  describe("on Postgres, with separate worker processes", () => {
    let db: Db;
    let ctx: AppContext;
    let dropDb: () => Promise<void>;
    let url: string;
    beforeAll(async () => {
      const target = await createPostgresDatabase(baseUrl);
      url = target.url;
      dropDb = target.drop;
      db = openPostgres(url, 4);
      await migrate(db);
      ctx = {
        ...(await testContext(db)),
        secrets: (await import("../src/store/security/secretBox.js")).createSecretBox(
          Buffer.from(KEY, "hex"),
        ),
      };
    });
    afterAll(async () => {
      await ctx.queue.stop();
      await db.close();
      await dropDb();
    });

    it("two worker processes refreshing one connection at once never invalidate its token chain", async () => {
      const ref = await connectByAuthorizationCode(ctx, sb);
      const env = {
        DATABASE_URL: url,
        COMPANY_ID: ref.companyId,
        CONNECTION_ID: ref.connectionId,
        RUN_MS: "7000",
      };
      const workers = [hammer(env), hammer(env)];
      // Access tokens live 2 s, inside the client's refresh margin: every call of either process renews the
      // chain (a single-use refresh token each time) under the connection's lock — maximum contention.
      const results = await Promise.all(workers.map((w) => w.result));
      for (const r of results) {
        expect(r.errors).toEqual([]);
        expect(r.ok).toBeGreaterThan(10);
      }
      const conn = (await getConnection(db, ref.companyId, ref.connectionId))!;
      expect(conn.state).toBe("active");
      await getCompanyInformation(await fortnoxClientFor(ctx, conn));
    });

    it("killing a process in the middle of getting a new token never loses the connection", async () => {
      // The default connection kind (service account): every access token comes from the client-credentials
      // grant, so a process killed at any point leaves nothing half-done. (Authorization-code connections
      // save the rotated refresh token before using it; docs/connectors/fortnox.md describes the one window.)
      const ref = await connectByServiceAccount(ctx, sb);
      const env = {
        DATABASE_URL: url,
        COMPANY_ID: ref.companyId,
        CONNECTION_ID: ref.connectionId,
        RUN_MS: "60000",
      };
      for (let i = 0; i < 8; i++) {
        const w = hammer(env);
        w.result.catch(() => undefined);
        await w.ready;
        sb.faults.expireAccessTokens();
        await new Promise((r) => setTimeout(r, i * 5));
        w.child.kill("SIGKILL");
        await new Promise((r) => w.child.once("exit", r));
      }
      const conn = (await getConnection(db, ref.companyId, ref.connectionId))!;
      expect(conn.state).toBe("active");
      const info = await getCompanyInformation(await fortnoxClientFor(ctx, conn));
      expect(info.name).toBe(sb.tenants[0]!.name);
    });
  });
});
