/**
 * Ledger sync benchmark: one fiscal year of N vouchers (default 100 000, about 400 000 rows) from the
 * rate-limited Fortnox sandbox into the store, then the trial balance read back. Prints the figures.
 *
 *   npx tsx bench/ledger/sync.ts [vouchers=100000]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/ledger/sync.ts
 */
import { randomBytes } from "node:crypto";
import type { AppContext } from "../../src/app/context.js";
import { createLogger } from "../../src/app/logger.js";
import { loadConfig } from "../../src/config/load.js";
import { fortnoxManifest } from "../../src/connectors/fortnox/index.js";
import { authorizeInSandbox } from "../../src/connectors/fortnox/sandbox/consentDriver.js";
import { startFortnoxSandbox } from "../../src/connectors/fortnox/sandbox/index.js";
import { connectServiceAccount } from "../../src/flows/fortnox/connection.js";
import { registerJobs } from "../../src/flows/jobs.js";
import { LEDGER_SYNC } from "../../src/flows/kinds.js";
import { trialBalance } from "../../src/flows/ledger/reports.js";
import { startTrackedRun } from "../../src/flows/runs.js";
import { createPgBossQueue } from "../../src/jobs/pgBossQueue.js";
import { type Db, openPglite, openPostgres } from "../../src/store/db.js";
import { migrate } from "../../src/store/migrate.js";
import { createCompany } from "../../src/store/repos/companies.js";
import { listFiscalYears } from "../../src/store/repos/ledger/fiscalYears.js";
import { getRun } from "../../src/store/repos/syncRuns.js";
import { createPostgresDatabase } from "../../src/store/testing.js";

const vouchers = Number(process.argv[2] ?? 100_000);
const out = (s: string) => process.stdout.write(`${s}\n`);
const year = new Date().getUTCFullYear() - 1;

async function bench(name: string, db: Db) {
  await migrate(db);
  const ctx: AppContext = {
    config: loadConfig({ LEDGERBRIDGE_DEMO: "0" }),
    db,
    secrets: (await import("../../src/store/security/secretBox.js")).createSecretBox(randomBytes(32)),
    queue: await createPgBossQueue({ db, work: true, pollingIntervalSeconds: 0.5 }),
    log: createLogger("warn"),
    publicUrl: "http://localhost",
    demo: false,
    apps: {},
  };
  await registerJobs(ctx);
  const sb = await startFortnoxSandbox({
    host: "127.0.0.1",
    vouchersPerYear: vouchers,
    currentYear: year,
    seed: 3,
  });
  try {
    const tenant = sb.tenants[0]!;
    await authorizeInSandbox(sb, {
      username: "admin",
      tenantId: tenant.tenantId,
      scopes: fortnoxManifest.scopes,
      serviceAccount: true,
    });
    const company = await createCompany(db, { name: "Bench AB" });
    const settings = {
      apiBaseUrl: sb.url,
      authBaseUrl: sb.url,
      clientId: sb.clientId,
      tenantId: tenant.tenantId,
    };
    const conn = await connectServiceAccount(ctx, {
      companyId: company.id,
      displayName: "F",
      settings,
      clientSecret: sb.clientSecret,
    });
    const start = performance.now();
    const run = await startTrackedRun(ctx, {
      kind: LEDGER_SYNC,
      companyId: company.id,
      connectionId: conn.id,
      params: { year },
    });
    let r = run;
    while (!["succeeded", "failed"].includes(r.state)) {
      await new Promise((res) => setTimeout(res, 200));
      r = (await getRun(db, company.id, run.id))!;
    }
    const synced = (performance.now() - start) / 1000;
    const [y] = await listFiscalYears(db, company.id);
    const t = performance.now();
    const tb = await trialBalance(db, y!);
    const read = performance.now() - t;
    out(
      `${name}: sync of ${year} ${r.state}: ${r.counts.vouchers} vouchers, ${r.counts.rows} rows in ${synced.toFixed(1)} s, ${r.requestsUsed} requests; trial balance (${tb.length} accounts) ${read.toFixed(0)} ms; readable after ${(synced + read / 1000).toFixed(1)} s`,
    );
  } finally {
    await ctx.queue.stop();
    await sb.close();
  }
}

const pglite = await openPglite(undefined);
await bench("pglite", pglite);
await pglite.close();
if (process.env.DATABASE_URL) {
  const target = await createPostgresDatabase(process.env.DATABASE_URL);
  const pg = openPostgres(target.url);
  try {
    await bench("postgres", pg);
  } finally {
    await pg.close();
    await target.drop();
  }
}
