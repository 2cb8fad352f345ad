/**
 * Killing the hub in the middle of a sync and starting it again finishes the sync with exactly the data
 * a clean run gives: no duplicates, no gaps. The real `serve` process in demo mode (its Fortnox sandbox
 * in process, same seed every start) is killed with SIGKILL at many points of its first sync.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../src/store/testing.js";

const VOUCHERS = "6000";
const STALE_SECONDS = 2;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Hub {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startHub(env: Record<string, string>): Promise<Hub> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      LEDGERBRIDGE_DEMO: "1",
      LEDGERBRIDGE_DEMO_VOUCHERS_PER_YEAR: VOUCHERS,
      LEDGERBRIDGE_RUN_STALE_SECONDS: String(STALE_SECONDS),
      LEDGERBRIDGE_SECRET_KEY: "ef".repeat(32),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the hub exited: ${out}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url, output: () => out };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the hub did not start: ${out}`);
}

async function kill(hub: Hub): Promise<void> {
  hub.child.kill("SIGKILL");
  if (hub.child.exitCode === null) await new Promise((r) => hub.child.once("exit", r));
}

/** A logged-in session: setup on a fresh hub, login on a restarted one. */
async function session(url: string, fresh: boolean) {
  const body = fresh
    ? { email: "kill@example.se", name: "Kill", password: "korrekt häst batteri", companyName: "Eget AB" }
    : { email: "kill@example.se", password: "korrekt häst batteri" };
  const res = await fetch(`${url}${fresh ? "/api/setup" : "/api/auth/login"}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
  const s = (await res.json()) as { companies: { id: string; demo: boolean }[] };
  const demo = s.companies.find((c) => c.demo)!.id;
  const get = async <T>(path: string): Promise<T> =>
    (await fetch(`${url}${path}`, { headers: { cookie } })).json() as Promise<T>;
  return { demo, get };
}

type Run = {
  id: string;
  state: string;
  errorCode: string | null;
  errorMessage: string | null;
  counts: unknown;
};

async function runsOf(s: Awaited<ReturnType<typeof session>>) {
  return (await s.get<{ items: Run[] }>(`/api/companies/${s.demo}/sync-runs?pageSize=50`)).items;
}

type Doc = { name: string; attachedTo: unknown[] };

/**
 * The documents behind the supplier invoices' vouchers, as the voucher pages show them (what is linked,
 * not whether the bytes are here yet: those come in the background, whenever).
 */
async function supplierInvoiceDocuments(s: Awaited<ReturnType<typeof session>>, yearId: string) {
  const base = `/api/companies/${s.demo}/fiscal-years/${yearId}`;
  const t = await s.get<{ items: { voucherId: string; series: string; number: string }[] }>(
    `${base}/accounts/2440/transactions?pageSize=500`,
  );
  const out: Record<string, { name: string; attachedTo: unknown[] }[]> = {};
  for (const v of t.items.filter((i) => i.series === "D")) {
    const detail = await s.get<{ documents: Doc[] }>(`/api/companies/${s.demo}/vouchers/${v.voucherId}`);
    out[`D ${v.number}`] = detail.documents.map((d) => ({ name: d.name, attachedTo: d.attachedTo }));
  }
  return out;
}

/** The books as a user reads them: every year's trial balance, voucher count and documents. */
async function books(s: Awaited<ReturnType<typeof session>>) {
  const years = await s.get<{ id: string; start: string; voucherCount: number; rowCount: number }[]>(
    `/api/companies/${s.demo}/fiscal-years`,
  );
  const out = [];
  for (const y of years) {
    const tb = await s.get<unknown[]>(`/api/companies/${s.demo}/fiscal-years/${y.id}/reports/trial-balance`);
    const documents = await supplierInvoiceDocuments(s, y.id);
    out.push({ start: y.start, vouchers: y.voucherCount, rows: y.rowCount, tb, documents });
  }
  return out;
}

async function untilSettled(s: Awaited<ReturnType<typeof session>>) {
  for (let i = 0; i < 1200; i++) {
    const runs = await runsOf(s);
    if (runs.length > 0 && runs.every((r) => ["succeeded", "failed", "cancelled"].includes(r.state)))
      return runs;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the sync never settled");
}

async function untilRunning(s: Awaited<ReturnType<typeof session>>) {
  for (let i = 0; i < 600; i++) {
    if ((await runsOf(s)).some((r) => r.state === "running")) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("a sync killed at many points", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  async function storage(): Promise<Record<string, string>> {
    const dataDir = mkdtempSync(join(tmpdir(), "lb-kill-"));
    if (!process.env.DATABASE_URL) return { LEDGERBRIDGE_DATA_DIR: dataDir };
    const db = await createPostgresDatabase(process.env.DATABASE_URL);
    cleanups.push(db.drop);
    return { LEDGERBRIDGE_DATA_DIR: dataDir, DATABASE_URL: db.url };
  }

  it("ends with exactly the books of a clean run", { timeout: 400_000 }, async () => {
    const clean = await startHub(await storage());
    const cs = await session(clean.url, true);
    const cleanRuns = await untilSettled(cs);
    expect(cleanRuns.map((r) => r.state)).toContain("succeeded");
    const expected = await books(cs);
    await kill(clean);
    expect(expected).toHaveLength(2);
    expect(expected.every((y) => y.vouchers === Number(VOUCHERS))).toBe(true);
    // Every supplier invoice's voucher has its invoice's file (the sandbox gives each one).
    for (const y of expected) {
      const vouchers = Object.values(y.documents);
      expect(vouchers.length).toBeGreaterThan(0);
      expect(vouchers.every((docs) => docs.length === 1)).toBe(true);
    }

    const env = await storage();
    const logs: string[] = [];
    let hub = await startHub(env);
    let s = await session(hub.url, true);
    // Kill points: from the moment the run starts, at growing delays, so each lands in another step
    // (listing years, the first export, the first import's transaction, the second year, the registers,
    // the documents…).
    for (const delay of [0, 150, 400, 700, 1100, 1600, 2300]) {
      await untilRunning(s);
      await new Promise((r) => setTimeout(r, delay));
      await kill(hub);
      logs.push(hub.output());
      // On Postgres another worker would take over a silent run; wait until this one counts as silent.
      if (env.DATABASE_URL) await new Promise((r) => setTimeout(r, (STALE_SECONDS + 1) * 1000));
      hub = await startHub(env);
      s = await session(hub.url, false);
    }
    const runs = await untilSettled(s);
    logs.push(hub.output());
    const summary = `${JSON.stringify(runs.map((r) => [r.state, r.errorCode, r.errorMessage]))}\n${logs.join("\n----\n").slice(-6000)}`;
    expect(
      runs.map((r) => r.state),
      summary,
    ).toContain("succeeded");
    expect(
      runs.map((r) => r.state),
      summary,
    ).not.toContain("failed");
    expect(await books(s)).toEqual(expected);
    await kill(hub);
  });
});
