/**
 * Golden tests: the `sie inspect --json` summary of 15 real samples, pinned in test/fixtures/sie/. The
 * pinned counts, #TRANS totals, account counts and company names were checked against the files with an
 * independent scan (Python, Decimal) when they were generated; the checks below re-derive the counts so
 * the fixtures cannot drift from the files unnoticed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  GOLDEN_DIR,
  GOLDEN_FILES,
  goldenName,
  goldenSummary,
  SAMPLES_ROOT,
} from "../../test/fixtures/sie/golden.js";

interface Golden {
  sample: string;
  summary: { counts: { vouchers: number; transactions: number }; company: { name: string } };
}

function pinned(sample: string): Golden {
  return JSON.parse(readFileSync(join(GOLDEN_DIR, goldenName(sample)), "utf8")) as Golden;
}

describe("golden summaries of real samples", () => {
  it("at least a dozen are pinned, one file each", () => {
    expect(GOLDEN_FILES.length).toBeGreaterThanOrEqual(12);
    const jsons = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith(".json"));
    expect(jsons.sort()).toEqual(GOLDEN_FILES.map(goldenName).sort());
  });

  it.each(GOLDEN_FILES)("%s", async (sample) => {
    const golden = pinned(sample);
    expect(golden.sample).toBe(sample);
    expect(await goldenSummary(sample)).toEqual(golden.summary);
    const text = readFileSync(join(SAMPLES_ROOT, sample), "latin1");
    expect(golden.summary.counts.vouchers).toBe(text.match(/^[ \t]*#VER[ \t]/gm)?.length ?? 0);
    expect(golden.summary.counts.transactions).toBe(text.match(/^[ \t]*#TRANS[ \t]/gm)?.length ?? 0);
  });

  it("pins the Swedish company names as a person reads them", () => {
    const names = Object.fromEntries(GOLDEN_FILES.map((s) => [s, pinned(s).summary.company.name]));
    expect(names).toMatchObject({
      "jsisie/Sie1.se": "Övningsbolaget AB",
      "jsisie/LON_Lönekörning.SI": "Demoföretaget AB",
      "jsisie/Test4.SE": "Exempelföretag 44",
      "jsisie/typ4si.si": "Övningsföretaget AB",
      "php-sie/Sie4.se": "Testföretaget AB",
    });
  });
});
