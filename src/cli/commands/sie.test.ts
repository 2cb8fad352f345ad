/** The `sie inspect` contract, run as a real process: one JSON object on stdout, exit 0 / 2 / 1. */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const SAMPLES = join(REPO, "../shared/sie-samples");
const dir = mkdtempSync(join(tmpdir(), "sie-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "sie", "inspect", ...args],
      { cwd: REPO },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

describe("ledgerbridge sie inspect", () => {
  it("prints exactly one JSON object with the contract's fields, exit 0 for a clean file", async () => {
    const file = join(dir, "clean.se");
    writeFileSync(
      file,
      Buffer.from(
        [
          "#FLAGGA 0",
          '#PROGRAM "Fortnox" 3.60.16',
          "#FORMAT PC8",
          "#GEN 20250102",
          "#SIETYP 4",
          '#ORGNR "556677-8899"',
          '#FNAMN "K\u0084llbo R\u0094r AB"', // CP437 bytes of ä and ö
          "#RAR 0 20250101 20251231",
          '#KONTO 1930 "Bank"',
          '#KONTO 3001 "Sales"',
          "#IB 0 1930 0",
          "#UB 0 1930 125.5",
          "#RES 0 3001 -125.5",
          "#VER A 1 20250105 Sale 20250106",
          "{",
          '#TRANS 1930 {} 125.5 "" "" 0',
          '#TRANS 3001 {} -125.5 "" "" 0',
          "}",
          "",
        ].join("\r\n"),
        "latin1",
      ),
    );
    const r = await run(file, "--json");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      encoding: "cp437",
      sieType: "4",
      program: { name: "Fortnox", version: "3.60.16" },
      company: { name: "Källbo Rör AB", orgNumber: "556677-8899" },
      fiscalYears: [{ index: 0, start: "2025-01-01", end: "2025-12-31" }],
      counts: { accounts: 2, vouchers: 1, transactions: 2 },
      totals: { debit: "125.50", credit: "125.50" },
      checksum: "absent",
      errors: [],
      warnings: [],
    });
  });

  it("exit 2 when the file has errors, each with its line; human output by default", async () => {
    const file = join(SAMPLES, "jsisie/XE_SIE_4_20151125095119.SE");
    const json = await run(file, "--json");
    expect(json.code).toBe(2);
    const s = JSON.parse(json.stdout);
    expect(s.errors).toEqual([
      {
        line: 1356,
        code: "sie_unbalanced_voucher",
        message: expect.stringContaining("2.00"),
        severity: "error",
      },
    ]);
    const human = await run(file);
    expect(human.code).toBe(2);
    expect(human.stdout).toContain("Company:       Entreprenad AB (5560602345)");
    expect(human.stdout).toContain("line 1356  sie_unbalanced_voucher");
  });

  it("exit 1 when the file cannot be read at all", async () => {
    const missing = await run(join(dir, "nope.se"), "--json");
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe("sie_unreadable");
    const binary = join(dir, "binary.se");
    writeFileSync(binary, Buffer.from([0, 1, 2, 255, 254, 10, 13, 7, 8, 9]));
    const notSie = await run(binary, "--json");
    expect(notSie.code).toBe(1);
    expect(JSON.parse(notSie.stdout).errors.map((e: { code: string }) => e.code)).toContain("sie_not_sie");
  });
});
