/**
 * Ledger benchmark: import an SIE file of N #TRANS rows into the store (PGlite, and Postgres when
 * DATABASE_URL is set), then time the reports on that year. Prints one line per figure. Beside the wall
 * time of each import: the CPU time of this process (reader, checks, COPY text; PGlite's engine too), and on
 * Postgres that of the server processes serving the bench database (read from /proc, so only when the
 * server runs on this machine), since the development machine is shared and wall time includes waiting.
 *
 *   npx tsx bench/ledger/import.ts [rows=1000000] [engines]   (PGlite in a data directory, then in memory)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/ledger/import.ts 1000000
 *
 * `engines`: a comma-separated subset of `pglite-dir,pglite-memory,postgres` (default: all of them).
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importSie } from "../../src/flows/ledger/importSie.js";
import {
  balanceSheet,
  incomeStatement,
  monthlyResult,
  trialBalance,
} from "../../src/flows/ledger/reports.js";
import { writeSieFile } from "../../src/sie/index.js";
import { type Db, openPglite, openPostgres } from "../../src/store/db.js";
import { migrate } from "../../src/store/migrate.js";
import { createCompany } from "../../src/store/repos/companies.js";
import { getFiscalYear } from "../../src/store/repos/ledger/fiscalYears.js";
import { createPostgresDatabase } from "../../src/store/testing.js";
import { syntheticLedger } from "../sie/generate.js";

const rows = Number(process.argv[2] ?? 1_000_000);
const engines = new Set((process.argv[3] ?? "pglite-dir,pglite-memory,postgres").split(","));
const out = (s: string) => process.stdout.write(`${s}\n`);

async function median(times: number, fn: () => Promise<unknown>): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < times; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!;
}

/** CPU seconds used so far by the server processes of this database (undefined when not readable). */
async function serverCpu(db: Db): Promise<Map<number, number> | undefined> {
  if (db.kind !== "postgres") return undefined;
  const pids = await db.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()",
  );
  const out = new Map<number, number>();
  try {
    for (const { pid } of pids) {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      out.set(pid, (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in ticks of 10 ms
    }
  } catch {
    return undefined; // a server on another machine
  }
  return out;
}

function cpuSince(before: Map<number, number> | undefined, after: Map<number, number> | undefined) {
  if (!before || !after) return undefined;
  let sum = 0;
  for (const [pid, t] of after) sum += t - (before.get(pid) ?? 0);
  return sum;
}

async function run(name: string, db: Db, file: string) {
  await migrate(db);
  const company = await createCompany(db, { name: "Bench AB" });
  const server0 = await serverCpu(db);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const r = await importSie(db, {
    companyId: company.id,
    source: createReadStream(file, { highWaterMark: 1 << 20 }),
    sourceName: "bench.se",
    replace: false,
  });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const server = cpuSince(server0, await serverCpu(db));
  const cpuText = `; CPU: this process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s${server === undefined ? "" : `, server ${server.toFixed(1)} s`}`;
  out(
    `${name}: imported ${r.counts.vouchers} vouchers / ${r.counts.rows} rows in ${seconds.toFixed(1)} s = ${Math.round(r.counts.rows / seconds)} rows/s${cpuText}`,
  );
  await db.query("ANALYZE");
  const y = (await getFiscalYear(db, company.id, r.fiscalYearId))!;
  const reports: [string, () => Promise<unknown>][] = [
    ["trial balance (year)", () => trialBalance(db, y)],
    [
      "trial balance (one month)",
      () => trialBalance(db, y, { from: `${y.start.slice(0, 4)}-06-01`, to: `${y.start.slice(0, 4)}-06-30` }),
    ],
    ["trial balance (one project)", () => trialBalance(db, y, { project: "P1" })],
    ["income statement", () => incomeStatement(db, y)],
    ["balance sheet", () => balanceSheet(db, y)],
    ["monthly result", () => monthlyResult(db, y)],
  ];
  for (const [label, fn] of reports) out(`${name}: ${label}: median ${(await median(5, fn)).toFixed(0)} ms`);
}

const dir = mkdtempSync(join(tmpdir(), "lb-bench-ledger-"));
const file = join(dir, "bench.se");
const t0 = performance.now();
await writeSieFile(file, syntheticLedger(rows));
out(
  `generated ${rows} rows (${(statSync(file).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

// PGlite as the app runs it (`npm start`: a data directory on disk), and in memory as the tests run it.
// In memory it needs about twice the CPU time for a million rows: its file system (Emscripten's MEMFS)
// grows a file by copying it into a bigger buffer.
if (engines.has("pglite-dir")) {
  const pglite = await openPglite(join(dir, "pglite"));
  await run("pglite (data dir)", pglite, file);
  await pglite.close();
}
if (engines.has("pglite-memory")) {
  const memory = await openPglite(undefined);
  await run("pglite (in memory)", memory, file);
  await memory.close();
}
if (process.env.DATABASE_URL && engines.has("postgres")) {
  const target = await createPostgresDatabase(process.env.DATABASE_URL);
  const pg = openPostgres(target.url);
  try {
    await run("postgres", pg, file);
  } finally {
    await pg.close();
    await target.drop();
  }
}
rmSync(dir, { recursive: true, force: true });
