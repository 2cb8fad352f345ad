/**
 * Issue 5's command-line contract, each command its own `ledgerbridge` process on one store, against
 * the Fortnox sandbox: company create → connect fortnox (service account) → sync --wait → the reports,
 * then the drill-down (account, voucher, document). JSON on stdout; errors as JSON with an exit code.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportSie, type FortnoxClient, listFinancialYears } from "../src/connectors/fortnox/index.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "../src/connectors/fortnox/sandbox/index.js";
import { connect } from "../src/connectors/fortnox/test/harness.js";
import { formatScaled } from "../src/core/index.js";
import { createPostgresDatabase } from "../src/store/testing.js";

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

let env: NodeJS.ProcessEnv;

function cli(...args: string[]): Promise<Result> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

/** Exactly one JSON value on stdout. */
function json<T>(r: Result): T {
  expect(r.code, r.stderr).toBe(0);
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`not one JSON value on stdout: ${r.stdout}\n${r.stderr}`);
  }
}

describe("the ledgerbridge command line (issue 5 contract)", { timeout: 120_000 }, () => {
  let sb: FortnoxSandbox;
  /** Our own view of the sandbox company, to check the hub's figures against. */
  let fortnox: FortnoxClient;
  const cleanups: (() => Promise<void>)[] = [];
  let companyId = "";
  let connectionId = "";
  const year = new Date().getUTCFullYear() - 1;

  beforeAll(async () => {
    sb = await startFortnoxSandbox({ host: "127.0.0.1", vouchersPerYear: 400, seed: 5, currentYear: year });
    cleanups.push(() => sb.close());
    env = {
      LEDGERBRIDGE_DATA_DIR: mkdtempSync(join(tmpdir(), "lb-cli-")),
      LEDGERBRIDGE_DOCUMENTS: "on-open",
    };
    if (process.env.DATABASE_URL) {
      const db = await createPostgresDatabase(process.env.DATABASE_URL);
      cleanups.push(db.drop);
      env.DATABASE_URL = db.url;
    }
    // The company's Fortnox administrator approves the integration's service account once (§1.6).
    ({ client: fortnox } = await connect(sb, { tenantId: sb.tenants[0]!.tenantId, serviceAccount: true }));
  });
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("creates a company and connects its Fortnox by the client-credentials grant", async () => {
    companyId = json<{ id: string }>(await cli("company", "create", "--name", "Kommandorad AB", "--json")).id;
    expect(companyId).toMatch(/^[0-9a-f-]{36}$/);
    const connected = json<{ connectionId: string }>(
      await cli(
        "connect",
        "fortnox",
        "--company",
        companyId,
        "--base-url",
        sb.url,
        "--auth-url",
        sb.url,
        "--client-id",
        sb.clientId,
        "--client-secret",
        sb.clientSecret,
        "--tenant-id",
        sb.tenants[0]!.tenantId,
        "--json",
      ),
    );
    connectionId = connected.connectionId;
    expect(connectionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("syncs the last two years and waits, printing the run's summary with counts", async () => {
    const run = json<{ state: string; counts: Record<string, number>; requestsUsed: number }>(
      await cli("sync", "--connection", connectionId, "--years", "2", "--wait", "--json"),
    );
    expect(run.state).toBe("succeeded");
    expect(run.counts.years).toBe(2);
    expect(run.counts.vouchers).toBe(800);
    expect(run.counts.rows).toBeGreaterThan(run.counts.vouchers!);
    expect(run.requestsUsed).toBeGreaterThan(0);
  });

  it("prints the trial balance with exact decimal strings, equal to one computed from Fortnox's SIE export", async () => {
    const lines = json<
      { account: string; name: string; opening: string; movement: string; closing: string }[]
    >(await cli("report", "trial-balance", "--company", companyId, "--year", String(year), "--json"));
    // Independently: the sandbox's own SIE export of that year, summed here.
    const fy = (await listFinancialYears(fortnox)).find((y) => y.start.startsWith(String(year)))!;
    const { document } = await exportSie(fortnox, { financialYearId: fy.externalId });
    const sums = new Map<string, bigint>();
    for (const b of document.openingBalances)
      if (b.yearIndex === 0 && !b.objects?.length && b.account < "3")
        sums.set(b.account, (sums.get(b.account) ?? 0n) + b.amount.minor);
    for (const v of document.vouchers)
      for (const r of v.rows) sums.set(r.account, (sums.get(r.account) ?? 0n) + r.amount.minor);
    const closing = new Map(lines.map((l) => [l.account, l.closing]));
    for (const [account, ore] of sums)
      if (ore !== 0n) expect(closing.get(account), account).toBe(formatScaled(ore, 2));
    for (const l of lines) expect(l.closing).toMatch(/^-?\d+\.\d{2}$/);
    // Names with their Swedish letters, as Fortnox has them.
    const names = new Map(document.accounts.map((a) => [a.number, a.name]));
    expect(lines.find((l) => l.account === "1930")?.name).toBe(names.get("1930"));
    expect(names.get("1930")).toMatch(/ö/);
  });

  it("drills down from an account to a voucher and writes the voucher's document to a file", async () => {
    const account = json<{ items: { series: string; number: string }[]; total: number }>(
      await cli(
        "report",
        "account",
        "--company",
        companyId,
        "--year",
        String(year),
        "--account",
        "2440",
        "--json",
      ),
    );
    expect(account.total).toBeGreaterThan(0);
    const first = account.items.find((i) => i.series === "D")!;
    const voucher = json<{
      series: string;
      rows: unknown[];
      documents: { id: string; name: string; fetched: boolean }[];
    }>(
      await cli(
        "voucher",
        "show",
        "--company",
        companyId,
        "--year",
        String(year),
        "--series",
        "D",
        "--number",
        first.number,
        "--json",
      ),
    );
    expect(voucher.rows.length).toBeGreaterThan(1);
    expect(voucher.documents).toHaveLength(1);
    expect(voucher.documents[0]!.fetched).toBe(false);
    const out = join(env.LEDGERBRIDGE_DATA_DIR!, "faktura.pdf");
    const got = await cli(
      "document",
      "get",
      "--company",
      companyId,
      "--id",
      voucher.documents[0]!.id,
      "--out",
      out,
    );
    expect(got.code, got.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(got.stderr).toContain(voucher.documents[0]!.name);
  });

  it("answers a year that is not there with a JSON error and a non-zero exit", async () => {
    const r = await cli("report", "trial-balance", "--company", companyId, "--year", "1999", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe("ledger_year_not_found");
  });
});
