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
import { oauthConfig } from "../src/flows/fortnox/connection.js";
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
      const ref = { companyId, connectionId };
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
  });
}

/** The URL of the test database behind `db` (Postgres only). */
async function urlOf(db: Db): Promise<string> {
  const [row] = await db.query<{ name: string }>("SELECT current_database() AS name");
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return url.toString();
}
