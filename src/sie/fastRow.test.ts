/** The #TRANS fast path must give exactly what the generic path gives, on any row shape. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeCp437 } from "./encoding.js";
import { SieReader } from "./reader.js";
import { SummaryCollector } from "./summary.js";
import type { SieDiagnostic, SieVoucher } from "./types.js";

function read(
  bytes: Uint8Array,
  fastRows: boolean,
): { vouchers: SieVoucher[]; diagnostics: SieDiagnostic[] } {
  const out = { vouchers: [] as SieVoucher[], diagnostics: [] as SieDiagnostic[] };
  const reader = new SieReader(
    { voucher: (v) => out.vouchers.push(v), diagnostic: (d) => out.diagnostics.push(d) },
    { fastRows },
  );
  reader.write(bytes);
  reader.end();
  return out;
}

const blank = fc.constantFrom(" ", "  ", "\t", " \t");
const opt = (a: fc.Arbitrary<string>) => fc.option(a, { nil: "" });
const account = fc.constantFrom("1930", "0123", "123", "FEL", '"1930"', "19300000000", "1930x", "Å1", "#");
const list = fc.constantFrom(
  "{}",
  "{ }",
  '{1 "0123"}',
  "{1 1}",
  '{"1" "456" "7" "47"}',
  '{ "1" "1"}',
  "{1}",
  "{x y}",
  '{1 "a',
  "",
  '{6 "P\u00e5"}',
);
const amount = fc.constantFrom(
  "100",
  "-437.5",
  "0.62",
  "-0",
  "12,50",
  "1e5",
  "",
  "0.005",
  '"5"',
  "99999999999999999.99",
  "+7",
);
const date = fc.constantFrom(
  '""',
  "20250105",
  "20250230",
  "2025-01-05",
  "250105",
  "00000000",
  "x",
  '"20250105"',
);
const text = fc.constantFrom('""', '"Försäljning"', "Bare", '"open', '"a \\"q\\""', "{", '"C:\\\\x"');
const qty = fc.constantFrom("0", "1.000000", '""', "-2");
const sign = fc.constantFrom('"Anna"', "Bo", '""');
const extra = fc.constantFrom("x", '"y z"', "{1 2}");

const row = fc
  .tuple(blank, account, blank, list, blank, amount, opt(date), opt(text), opt(qty), opt(sign), opt(extra))
  .map(([b, a, b2, l, b3, am, ...rest]) => {
    let line = `${b}#TRANS${b}${a}${b2}${l}${b3}${am}`;
    for (const r of rest) {
      if (r === "") break;
      line += ` ${r}`;
    }
    return line;
  });

describe("FastRowReader", () => {
  it("agrees with the generic path on every row, diagnostics included (property)", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("\n", "\r\n"),
        (rows, eol) => {
          const text = ["#VALUTA EUR", "#VER A 1 20250101", "{", ...rows, "}", ""].join(eol);
          const bytes = encodeCp437(text);
          expect(read(bytes, true)).toEqual(read(bytes, false));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("inspect's lean rows give the same summary as whole vouchers with rows (property)", () => {
    const summarize = (bytes: Uint8Array, fastRows: boolean, lean: boolean) => {
      const collector = new SummaryCollector();
      const visitor = lean
        ? collector
        : {
            record: (r: Parameters<SummaryCollector["record"]>[0]) => collector.record(r),
            voucher: (v: SieVoucher) => collector.voucher(v),
            diagnostic: (d: SieDiagnostic) => collector.diagnostic(d),
          };
      const reader = new SieReader(visitor, { fastRows });
      reader.write(bytes);
      return collector.finish(reader.end());
    };
    const other = fc.constantFrom(
      "#RTRANS 1930 {} 100",
      "#RTRANS 3010 {} -100",
      "#BTRANS 1930 {} 5",
      "#TRANS 1930 {} 90071992547409.91",
      "#TRANS 1930 {} -90071992547409.91",
      "#TRANS 1930 {} 9999999999999.99",
      "#TRANS 2440 {} 9999999999999.99",
      '#TRANS 3010 {6 "P1"} -0.01',
    );
    const ver = fc.constantFrom(
      "#VER A 1 20250101",
      '#VER "A" "1" 20250101 "Försäljning \\"x\\"" 20250102 "Anna"',
      "#VER A 2 20260101 Bare 20250101 Bo",
      '#VER A 3 20250101 "open',
      "#VER A 4 20251301",
      '#VER A 5 20250101 "" 2025',
      '#VER A 6 20250101 "t" "" Sig extra',
      "#VER A 7",
      "#VER A 8 20250101 {1 2}",
      '#VER B "" "20250101" "" "" ""',
      '#VER B 9 "20250101',
      '#VER B 10 20250101 "t" "2025010"',
      '#VER B 11 20250101x "t" "20250102" s',
      "#VER B 12 00000000",
    );
    const voucher = fc
      .tuple(ver, fc.array(fc.oneof(row, other), { minLength: 0, maxLength: 6 }))
      .map(([v, rows]) => [v, "{", ...rows, "}"]);
    fc.assert(
      fc.property(fc.array(voucher, { minLength: 1, maxLength: 4 }), (vouchers) => {
        const head = ["#SIETYP 4", "#RAR 0 20250101 20251231", "#KONTO 1930 Bank", "#IB 0 1930 10.00"];
        const bytes = encodeCp437([...head, ...vouchers.flat(), ""].join("\n"));
        const expected = summarize(bytes, false, false);
        expect(summarize(bytes, true, true)).toEqual(expected);
        expect(summarize(bytes, true, false)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
