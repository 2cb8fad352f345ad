/**
 * The request budget of one Fortnox connection is shared by every process using it: two clients (on
 * Postgres, two separate connection pools, as two workers would be) sending at once never make the
 * rate-limited sandbox answer 429, and together use most of the window.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testContext } from "../src/api/testing.js";
import type { AppContext } from "../src/app/context.js";
import { createFortnoxClient, getCompanyInformation } from "../src/connectors/fortnox/index.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "../src/connectors/fortnox/sandbox/index.js";
import { budgetKeyOf, oauthConfig } from "../src/flows/fortnox/connection.js";
import { dbRateLimiter, dbTokenStore } from "../src/flows/fortnox/ports.js";
import { type Db, openPostgres } from "../src/store/db.js";
import { testEngines } from "../src/store/testing.js";
import { connectSandboxCompany } from "./support/sandboxCompany.js";

const WINDOW = { limit: 5, windowMs: 1000 };

for (const engine of testEngines()) {
  describe(`shared Fortnox request budget on ${engine.name}`, () => {
    let sb: FortnoxSandbox;
    let db: Db;
    let ctx: AppContext;
    beforeAll(async () => {
      sb = await startFortnoxSandbox({ host: "127.0.0.1", rateLimit: WINDOW, vouchersPerYear: 10 });
      db = await engine.open();
      ctx = await testContext(db);
    });
    afterAll(async () => {
      await ctx.queue.stop();
      await db.close();
      await sb.close();
      await engine.dispose();
    });

    it("two clients of one connection stay inside the window together", async () => {
      const { companyId, connectionId, settings } = await connectSandboxCompany(ctx, sb, "Budget AB");
      // The bucket the hub itself uses for this connection (its connect check took a slot of it).
      const ref = { companyId, connectionId, budgetKey: budgetKeyOf(settings) };
      // A second "process": on Postgres its own pool, so the lock really is across connections.
      const otherDb =
        db.kind === "postgres" ? openPostgres(process.env.DATABASE_URL ? await urlOf(db) : "", 3) : db;
      const otherCtx = { ...ctx, db: otherDb };
      const client = (c: AppContext) =>
        createFortnoxClient({
          apiBaseUrl: sb.url,
          oauth: oauthConfig(settings, sb.clientSecret),
          tokens: dbTokenStore(c, ref),
          limiter: dbRateLimiter(c, ref, { ...WINDOW, guardMs: 50 }),
          retry: { maxRateLimitedAttempts: 1 },
        });
      const [a, b] = [client(ctx), client(otherCtx)];
      const before = sb.stats.apiRequests;
      const started = Date.now();
      await Promise.all([
        ...Array.from({ length: 10 }, () => getCompanyInformation(a)),
        ...Array.from({ length: 10 }, () => getCompanyInformation(b)),
      ]);
      const seconds = (Date.now() - started) / 1000;
      if (otherDb !== db) await otherDb.close();
      expect(sb.stats.rateLimited).toBe(0);
      expect(sb.stats.apiRequests - before).toBe(20);
      // 20 requests at 5 per second cannot finish in under 3 s without overrunning the window.
      expect(seconds).toBeGreaterThanOrEqual(3);
    });

    it("two companies of ours on one Fortnox tenant share its budget", async () => {
      // Fortnox counts per client and tenant: two hub companies connected to the same Fortnox company
      // (as the demo company and a newly activated one can be) must not each spend a whole window.
      const one = await connectSandboxCompany(ctx, sb, "Tenant Ett AB");
      const two = await connectSandboxCompany(ctx, sb, "Tenant Två AB");
      expect(budgetKeyOf(one.settings)).toBe(budgetKeyOf(two.settings));
      const client = (c: typeof one) =>
        createFortnoxClient({
          apiBaseUrl: sb.url,
          oauth: oauthConfig(c.settings, sb.clientSecret),
          tokens: dbTokenStore(ctx, c),
          limiter: dbRateLimiter(
            ctx,
            { ...c, budgetKey: budgetKeyOf(c.settings) },
            { ...WINDOW, guardMs: 50 },
          ),
          retry: { maxRateLimitedAttempts: 1 },
        });
      const [a, b] = [client(one), client(two)];
      const before = { requests: sb.stats.apiRequests, limited: sb.stats.rateLimited };
      await Promise.all([
        ...Array.from({ length: 8 }, () => getCompanyInformation(a)),
        ...Array.from({ length: 8 }, () => getCompanyInformation(b)),
      ]);
      expect(sb.stats.rateLimited - before.limited).toBe(0);
      expect(sb.stats.apiRequests - before.requests).toBe(16);
    });

    it("leaves interactive requests free slots while background work uses its share", async () => {
      const c = await connectSandboxCompany(ctx, sb, "Bakgrund AB");
      // A bucket of its own: the requests of the tests above still count in the tenant's.
      const ref = { ...c, budgetKey: `test:${c.connectionId}` };
      const background = dbRateLimiter(ctx, ref, { limit: 3, windowMs: 3000, guardMs: 0 });
      const interactive = dbRateLimiter(ctx, ref, { limit: 5, windowMs: 3000, guardMs: 0 });
      for (let i = 0; i < 3; i++) (await background.acquire())();
      // The background share is spent for the window; a fourth background request waits for it…
      const fourthSlot = background.acquire();
      const fourth = await Promise.race([
        fourthSlot.then(() => "slot"),
        new Promise((r) => setTimeout(() => r("waiting"), 300)),
      ]);
      expect(fourth).toBe("waiting");
      // …while a user's request still gets one of the two slots kept for interactive work at once.
      const got = await Promise.race([
        interactive.acquire().then(() => "slot"),
        new Promise((r) => setTimeout(() => r("waiting"), 2000)),
      ]);
      expect(got).toBe("slot");
      // …and gets its slot once the window has slid past the first three.
      (await fourthSlot)();
    });
  });
}

/** The URL of the test database behind `db` (Postgres only). */
async function urlOf(db: Db): Promise<string> {
  const [row] = await db.query<{ name: string }>("SELECT current_database() AS name");
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return url.toString();
}
