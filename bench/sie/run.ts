/**
 * SIE benchmark: `npx tsx bench/sie/run.ts [rows]` (default 1,000,000 #TRANS rows).
 *
 * 1. Writes a synthetic 4E file (Swedish texts, objects on some rows) with the streaming writer.
 * 2. Compiles src/sie with tsc into the temp dir, so the measured code is plain JavaScript as
 *    `node bin/ledgerbridge.js` runs it (no tsx loader in the timings or in the RSS).
 * 3. Runs, each in a fresh process, best of 3: the plainest possible pass (read, decode CP437 with a
 *    256-entry table, split lines) and the `sie inspect` pass (tokenize, typed records and vouchers,
 *    every check). Reports wall and CPU time (the machine may be shared), throughput, the ratio, and
 *    peak RSS (max over the runs).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSieFile } from "../../src/sie/index.js";
import { syntheticLedger } from "./generate.js";

interface Measurement {
  mode: string;
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  detail: unknown;
}

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const rows = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), "sie-bench-"));
const file = join(dir, "bench.se");

function compile(): string {
  const out = join(dir, "js");
  const tsc = join(REPO, "node_modules/.bin/tsc");
  const flags = ["--ignoreConfig", "--outDir", out, "--rootDir", REPO, "--module", "nodenext"];
  flags.push(
    "--moduleResolution",
    "nodenext",
    "--target",
    "es2023",
    "--strict",
    "--skipLibCheck",
    "--types",
    "node",
  );
  execFileSync(tsc, [...flags, join(REPO, "bench/sie/child.ts")], { cwd: REPO, stdio: "inherit" });
  writeFileSync(join(out, "package.json"), '{"type":"module"}\n');
  symlinkSync(join(REPO, "node_modules"), join(out, "node_modules"));
  return join(out, "bench/sie/child.js");
}

function measure(child: string, mode: string): Measurement {
  const runs: Measurement[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, [child, mode, file], { encoding: "utf8", cwd: REPO });
    runs.push(JSON.parse(out.trim().split("\n").pop()!) as Measurement);
  }
  runs.sort((a, b) => a.ms - b.ms);
  return {
    ...runs[0]!,
    cpuMs: Math.min(...runs.map((r) => r.cpuMs)),
    maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)),
  };
}

try {
  const ledger = syntheticLedger(rows); // its balances pass runs here, outside the timing
  const t0 = performance.now();
  await writeSieFile(file, ledger);
  const writeMs = performance.now() - t0;
  const mb = statSync(file).size / 1e6;
  const child = compile();
  const base = measure(child, "baseline");
  const inspect = measure(child, "inspect");
  const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(0).padStart(4)} MB/s`;
  const line = (label: string, m: { ms: number; cpuMs: number }) =>
    `${label.padEnd(30)} wall ${m.ms.toFixed(0).padStart(6)} ms ${rate(m.ms)}   cpu ${m.cpuMs.toFixed(0).padStart(6)} ms ${rate(m.cpuMs)}`;
  const out = [
    `SIE bench: ${rows} #TRANS rows, ${mb.toFixed(1)} MB (node ${process.version}, ${process.platform}/${process.arch})`,
    `${"write (writeSieFile, CP437)".padEnd(30)} wall ${writeMs.toFixed(0).padStart(6)} ms ${rate(writeMs)}`,
    line("baseline (read+decode+split)", base),
    line("sie inspect (all checks)", inspect),
    `inspect / baseline: wall ${(inspect.ms / base.ms).toFixed(2)}x, cpu ${(inspect.cpuMs / base.cpuMs).toFixed(2)}x`,
    `peak RSS: baseline ${base.maxRssMB.toFixed(0)} MB, inspect ${inspect.maxRssMB.toFixed(0)} MB`,
    `inspect result: ${JSON.stringify(inspect.detail)}`,
  ];
  process.stdout.write(`${out.join("\n")}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
