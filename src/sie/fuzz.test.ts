/**
 * No input crashes the reader: random bytes, and real samples truncated and mutated at random. Every
 * problem must come out as a diagnostic with a catalogue code and a line inside the file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sieErrors } from "../core/errors/sie.js";
import { SieReader } from "./reader.js";
import { SummaryCollector } from "./summary.js";
import type { SieDiagnostic } from "./types.js";

const ROOT = fileURLToPath(new URL("../../../shared/sie-samples/", import.meta.url));
const SAMPLES = [
  "jsisie/BL0001_typ4.SE",
  "jsisie/XE_SIE_4_20151125095119.SE",
  "jsisie/Norstedts_Bokslut_SIE_4I.si",
  "jsisie/MAMUT_SIE4_EXPORT.SE",
  "jsisie/SIE4_Exempelfil_med_underdim.SE",
  "php-sie/Sie4.se",
].map((f) => readFileSync(join(ROOT, f)));

/** Reads in `chunk`-byte pieces and runs every check; fails if anything throws or a diagnostic is malformed. */
function checkAll(bytes: Uint8Array, chunk: number): void {
  const collector = new SummaryCollector();
  const diagnostics: SieDiagnostic[] = [];
  const reader = new SieReader({
    record: (r) => collector.record(r),
    voucher: (v) => collector.voucher(v),
    diagnostic: (d) => {
      diagnostics.push(d);
      collector.diagnostic(d);
    },
  });
  // Small chunks put chunk boundaries inside lines, quotes and UTF-8 sequences.
  for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
  const result = reader.end();
  const summary = collector.finish(result);
  for (const d of [...diagnostics, ...summary.errors, ...summary.warnings]) {
    expect(Object.hasOwn(sieErrors, d.code), d.code).toBe(true);
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= Math.max(result.lines, 1)).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    expect(["error", "warning"]).toContain(d.severity);
  }
}

describe("fuzz: the reader never crashes", () => {
  it("random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => checkAll(bytes, 64)),
      { numRuns: 300 },
    );
  });

  it("random SIE-like lines", () => {
    const token = fc.constantFrom(
      "#VER",
      "#TRANS",
      "#RTRANS",
      "#BTRANS",
      "#KSUMMA",
      "#RAR",
      "#IB",
      "#UB",
      "#RES",
      "#PSALDO",
      "#KONTO",
      "#OBJEKT",
      "#DIM",
      "#SIETYP",
      "{",
      "}",
      '"',
      "\\",
      '\\"',
      " ",
      "\t",
      "\r",
      "\n",
      "\r\n",
      "0",
      "-1",
      "1930",
      "20250101",
      "12,5",
      "A",
      '{1 "x"}',
      "Å",
      "\u0086",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 300 }), (tokens) =>
        checkAll(Buffer.from(tokens.join(""), "latin1"), 16),
      ),
      { numRuns: 300 },
    );
  });

  it("real files truncated anywhere", () => {
    fc.assert(
      fc.property(fc.nat(SAMPLES.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), (i, cut) => {
        const file = SAMPLES[i]!;
        checkAll(file.subarray(0, Math.floor(file.length * cut)), 4096);
      }),
      { numRuns: 100 },
    );
  });

  it("real files with random bytes changed, inserted or deleted", () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      kind: fc.constantFrom("set", "insert", "delete"),
      byte: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(fc.nat(SAMPLES.length - 1), fc.array(edit, { minLength: 1, maxLength: 20 }), (i, edits) => {
        const bytes = [...SAMPLES[i]!];
        for (const e of edits) {
          const at = Math.floor(e.at * bytes.length);
          if (e.kind === "set") bytes[at] = e.byte;
          else if (e.kind === "insert") bytes.splice(at, 0, e.byte);
          else bytes.splice(at, 1);
        }
        checkAll(Uint8Array.from(bytes), 1024);
      }),
      { numRuns: 60 },
    );
  });

  it("real files read the same whatever the chunk boundaries", () => {
    const summarize = (bytes: Uint8Array, sizes: number[]) => {
      const collector = new SummaryCollector();
      const reader = new SieReader(collector);
      let at = 0;
      for (let i = 0; at < bytes.length; i++) {
        const size = sizes[i % sizes.length]!;
        reader.write(bytes.subarray(at, at + size));
        at += size;
      }
      return collector.finish(reader.end());
    };
    const whole = SAMPLES.map((file) => summarize(file, [file.length]));
    fc.assert(
      fc.property(
        fc.nat(SAMPLES.length - 1),
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 8 }),
        (i, sizes) => {
          expect(summarize(SAMPLES[i]!, sizes)).toEqual(whole[i]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
