/**
 * The conformance walk over every real file in ../shared/sie-samples (issue 3, "done when"): each is
 * read without a crash, files with #KSUMMA verify, and the only errors are the ones we know the files
 * to have — the deliberately broken voucher, the SoftOne voucher off by 2.00 (and its two jsisie
 * re-writes), and accounts used without #KONTO — each with its line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inspectSieFile } from "./summary.js";

const ROOT = fileURLToPath(new URL("../../../shared/sie-samples/", import.meta.url));

function sampleFiles(): string[] {
  return ["jsisie", "php-sie"].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f !== "LICENSE" && !f.endsWith(".sh"))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
}

const EXPECTED_ERRORS = [
  "jsisie/Sie3.se:670 sie_unknown_account", // #OUB 0 FEL — SoftOne Business writes an account "FEL"
  "jsisie/Sie4.se:721 sie_unknown_account", // #TRANS FEL
  "jsisie/Sie_1+2.se:2603 sie_unknown_account", // #PSALDO on 9010, never declared (SmallOffice)
  "jsisie/Sie_3_+_4.se:2603 sie_unknown_account",
  "jsisie/XE_SIE_4_20151125095119.SE:1356 sie_unbalanced_voucher", // the known SoftOne XE voucher, 12.00 vs -10.00
  "jsisie/testWrite.se:1368 sie_unbalanced_voucher", // jsisie's re-write of the same SoftOne file
  "jsisie/testWrite1.se:1368 sie_unbalanced_voucher",
  "jsisie/transaktioner_ovnbolag-bad-balance.se:3905 sie_unbalanced_voucher", // deliberately broken row
];

describe("every real SIE sample", () => {
  it("is read without a crash; the only errors are the known ones, with their lines", async () => {
    const errors: string[] = [];
    for (const file of sampleFiles()) {
      const s = await inspectSieFile(join(ROOT, file));
      expect(s.counts.lines, file).toBeGreaterThan(0);
      for (const e of s.errors) errors.push(`${file}:${e.line} ${e.code}`);
    }
    expect(errors).toEqual(EXPECTED_ERRORS);
  });

  it("files that declare #KSUMMA verify; the others report it absent", async () => {
    const seen: Record<string, string> = {};
    for (const file of sampleFiles()) {
      const declares = /^#KSUMMA/m.test(readFileSync(join(ROOT, file), "latin1"));
      const s = await inspectSieFile(join(ROOT, file));
      if (declares) seen[file] = s.checksum;
      else expect(s.checksum, file).toBe("absent");
    }
    expect(seen).toEqual({
      "jsisie/Bokslut_Norstedts_SIE_4E.se": "valid",
      "jsisie/Norstedts_Bokslut_SIE_1.se": "valid",
      "jsisie/Norstedts_Bokslut_SIE_4I.si": "valid",
      "jsisie/Norstedts_Revision_SIE_1.SE": "valid",
      "jsisie/Sie1.se": "valid",
    });
  });

  it("Swedish letters come out right", async () => {
    const names = async (file: string) => (await inspectSieFile(join(ROOT, file))).company.name;
    expect(await names("jsisie/BokOrder.si")).toBe("Övningsbolaget AB");
    expect(await names("jsisie/LON_Lönekörning.SI")).toBe("Demoföretaget AB");
    expect(await names("jsisie/magenta_bokföring_SIE4E.se")).toBe("TESTFÖRETAGET AB");
    expect(await names("php-sie/Sie4.se")).toBe("Testföretaget AB");
    const prog = (await inspectSieFile(join(ROOT, "jsisie/typ4.se"))).program.name;
    expect(prog).toBe("Edison Ekonomi Byrå");
  });

  it("a UTF-8 file whose letters were lost before it reached us says so", async () => {
    const s = await inspectSieFile(join(ROOT, "jsisie/SIE4_Exempelfil_med_underdim.SE"));
    expect(s.encoding).toBe("utf-8");
    expect(s.company.name).toBe("\uFFFDvningsbolaget AB");
    expect(s.warnings.map((w) => w.code)).toContain("sie_damaged_characters");
    expect(s.warnings.map((w) => w.code)).toContain("sie_encoding_mismatch");
  });

  it("finds every #VER and #TRANS a plain line scan finds", async () => {
    for (const file of sampleFiles()) {
      const text = readFileSync(join(ROOT, file), "latin1");
      const s = await inspectSieFile(join(ROOT, file));
      expect(s.counts.vouchers, file).toBe(text.match(/^[ \t]*#VER[ \t]/gm)?.length ?? 0);
      expect(s.counts.transactions, file).toBe(text.match(/^[ \t]*#TRANS[ \t]/gm)?.length ?? 0);
    }
  });
});
