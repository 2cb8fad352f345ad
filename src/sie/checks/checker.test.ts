import { describe, expect, it } from "vitest";
import { codes, file4E, inspectText } from "../testing.js";

describe("checks, all collected in one pass with their lines", () => {
  it("a clean 4E file has no errors and no warnings", async () => {
    const s = await inspectText(
      file4E([
        "#IB 0 1930 1000.00",
        "#UB 0 1930 1100.00",
        "#RES 0 3001 -100.00",
        '#VER A 1 20250105 "Sålt"',
        "{",
        "#TRANS 1930 {} 100",
        "#TRANS 3001 {} -100",
        "}",
      ]),
    );
    expect(s.errors).toEqual([]);
    expect(s.warnings).toEqual([]);
    expect(s).toMatchObject({
      sieType: "4",
      variant: "E",
      counts: { accounts: 2, vouchers: 1, transactions: 1 + 1 },
    });
    expect(s.totals).toEqual({ debit: "100.00", credit: "100.00" });
  });

  it("reports every problem of a broken file, not just the first", async () => {
    const s = await inspectText(
      file4E([
        "#IB 0 1930 1000.00", // 10
        "#UB 0 1930 1000.00", // 11: IB + 100 ≠ UB → warning
        "#VER A 1 20250105", // 12: unbalanced
        "{",
        "#TRANS 1930 {} 100",
        "#TRANS 3001 {} -90",
        "}",
        "#VER A 2 20240105", // 17: date outside the fiscal year
        "{",
        "#TRANS 4010 {} 10", // 19: undeclared account
        '#TRANS 3001 {20 "X"} -10', // 20: undeclared dimension 20 and object
        "}",
        "#VER A 3 20250230", // 22: invalid date
        "{",
        "#TRANS 1930 {} 0",
        "}",
        "#VER A 4 20250301", // 26: empty voucher → warning
        "{",
        "}",
        "#VER A 5 20250301", // 29: block never closed
        "{",
        "#TRANS 1930 {} 1",
        "#TRANS 3001 {} -1",
      ]),
    );
    expect(codes(s.errors)).toEqual([
      [12, "sie_unbalanced_voucher"],
      [17, "sie_date_outside_fiscal_year"],
      [19, "sie_unknown_account"],
      [20, "sie_unknown_dimension"],
      [20, "sie_unknown_object"],
      [22, "sie_invalid_date"],
      [29, "sie_unterminated_voucher"],
    ]);
    // No #RES for 3001 and 4010: their movements (-90, 10) should then sum to 0.
    expect(codes(s.warnings)).toEqual([
      [11, "sie_balance_mismatch"],
      [15, "sie_result_mismatch"],
      [19, "sie_result_mismatch"],
      [26, "sie_empty_voucher"],
    ]);
    expect(s.errors[0]?.message).toBe(
      "Voucher A 1 does not balance: its #TRANS rows sum to 10.00 instead of 0.00.",
    );
    expect(s.warnings[0]?.message).toContain(
      "Account 1930: opening balance 1000.00 plus movements 101.00 is 1101.00, but the closing balance (#UB) is 1000.00.",
    );
  });

  it("checks #RES against the movements of income-statement accounts", async () => {
    const s = await inspectText(
      file4E([
        "#RES 0 3001 -50.00",
        "#VER A 1 20250105",
        "{",
        "#TRANS 1930 {} 100",
        "#TRANS 3001 {} -100",
        "}",
      ]),
    );
    expect(codes(s.warnings)).toEqual([
      [10, "sie_result_mismatch"],
      [13, "sie_balance_mismatch"],
    ]);
  });

  it("declarations may come after use (order is not relied on)", async () => {
    const body = ["#VER A 1 20250105", "{", '#TRANS 1930 {6 "P1"} 1', "#TRANS 2440 {} -1", "}"];
    const late = ["#UB 0 1930 1", "#UB 0 2440 -1", '#KONTO 2440 "Lev"', '#OBJEKT 6 "P1" "Projekt"'];
    const s = await inspectText(file4E([...body, ...late], []));
    // 1930 is never declared (line 10 uses it); 2440 and object P1 are declared after their use.
    expect(s.variant).toBe("E");
    expect(codes(s.errors)).toEqual([[10, "sie_unknown_account"]]);
    expect(codes(s.warnings)).toEqual([]);
  });

  it("objects of reserved dimensions need no declaration unless the file declares that dimension's objects", async () => {
    const s = await inspectText(
      file4E([
        '#OBJEKT 1 "A" "Avd A"',
        "#VER A 1 20250105",
        "{",
        '#TRANS 1930 {6 "P9"} 1',
        '#TRANS 3001 {1 "B"} -1',
        "}",
      ]),
    );
    expect(codes(s.errors)).toEqual([]);
    expect(codes(s.warnings)).toEqual([[14, "sie_unknown_object"]]);
  });

  it("missing mandatory records: essential ones are errors, the rest warnings", async () => {
    const s = await inspectText(["#SIETYP 4", "#IB 0 1930 5", "#UB 0 1930 5"].join("\n"));
    expect(s.variant).toBe("E");
    expect(codes(s.errors)).toEqual([
      [2, "sie_unknown_account"],
      [3, "sie_missing_record"],
      [3, "sie_missing_record"],
      [3, "sie_missing_record"],
    ]);
    expect(s.errors.slice(1).map((e) => e.message)).toEqual([
      "The file has no #FNAMN, which an SIE type 4E file must have.",
      "The file has no #RAR 0, which an SIE type 4E file must have.",
      "The file has no #KONTO, which an SIE type 4E file must have.",
    ]);
    expect(s.warnings.map((w) => w.message.match(/#\w+/)?.[0])).toEqual([
      "#FLAGGA",
      "#PROGRAM",
      "#FORMAT",
      "#GEN",
    ]);
  });

  it("a 4I file (type 4 without balances) needs no #RAR or #KONTO, and only warns about undeclared accounts", async () => {
    const s = await inspectText(
      [
        "#FLAGGA 0",
        "#PROGRAM X 1",
        "#FORMAT PC8",
        "#GEN 20250101",
        "#SIETYP 4",
        "#FNAMN Y",
        '#KONTO 1930 "Bank"',
        '#VER "" "" 20250101',
        "{",
        "#TRANS 1930 {} 5",
        "#TRANS 3001 {} -5",
        "}",
      ].join("\n"),
    );
    expect(s.variant).toBe("I");
    expect(codes(s.errors)).toEqual([]);
    expect(codes(s.warnings)).toEqual([[11, "sie_unknown_account"]]);
  });

  it("forbidden records for the type are warnings", async () => {
    const s = await inspectText(
      [
        "#FLAGGA 0",
        "#PROGRAM X 1",
        "#FORMAT PC8",
        "#GEN 20250101",
        "#SIETYP 1",
        "#FNAMN Y",
        "#RAR 0 20250101 20251231",
        "#KONTO 1930 B",
        "#SRU 1930 7281",
        "#PSALDO 0 202501 1930 {} 5",
      ].join("\n"),
    );
    expect(codes(s.warnings)).toEqual([[10, "sie_forbidden_record"]]);
  });

  it("a PC8 file that is really UTF-8 is read as UTF-8 with a warning", async () => {
    const { inspectSie } = await import("../summary.js");
    const s = await inspectSie(Buffer.from(file4E([]), "utf8"));
    expect(s.encoding).toBe("utf-8");
    expect(codes(s.warnings)).toEqual([[3, "sie_encoding_mismatch"]]);
  });

  it("lists at most 10,000 errors, and says how many more there were", async () => {
    const s = await inspectText(["#FLAGGA 0", ...Array.from({ length: 25_000 }, () => "junk")].join("\n"));
    expect(s.errors).toHaveLength(10_001);
    expect(s.errors.slice(0, 2).map((e) => [e.line, e.code])).toEqual([
      [2, "sie_not_a_record"],
      [3, "sie_not_a_record"],
    ]);
    expect(s.errors.at(-1)).toEqual({
      line: 10_002,
      code: "sie_diagnostics_truncated",
      // 15,000 more junk lines, and #FNAMN, #RAR 0 and #KONTO missing (reported at the end of the file).
      message: "15003 more errors were found from this line on; only the first 10000 are listed.",
      severity: "error",
    });
  });

  it("warns about balances for a year no #RAR declares", async () => {
    const s = await inspectText(file4E(["#IB 0 1930 5", "#UB 0 1930 5", "#UB -1 1930 5", "#RES -2 3001 0"]));
    expect(codes(s.warnings)).toEqual([
      [12, "sie_missing_fiscal_year"],
      [13, "sie_missing_fiscal_year"],
    ]);
    expect(s.warnings[1]?.message).toBe("#RES refers to year -2, which no #RAR declares.");
  });
});
