import { describe, expect, it } from "vitest";
import { codes, readAll } from "./testing.js";

const VOUCHER = ['#VER A 1 20250105 "Kaffe"', "{", "#TRANS 1930 {} -100.00", "#TRANS 3001 {} 100.00", "}"];

describe("SieReader: records and vouchers", () => {
  it("yields typed records and whole vouchers with line numbers", () => {
    const r = readAll(["#FLAGGA 0", '#KONTO 1930 "Företagskonto"', ...VOUCHER].join("\n"));
    expect(r.records.map((x) => x.type)).toEqual(["FLAGGA", "KONTO"]);
    expect(r.records[1]).toMatchObject({ type: "KONTO", line: 2, account: "1930", name: "Företagskonto" });
    expect(r.vouchers).toHaveLength(1);
    const v = r.vouchers[0]!;
    expect(v).toMatchObject({
      line: 3,
      endLine: 7,
      series: "A",
      number: "1",
      date: "2025-01-05",
      text: "Kaffe",
    });
    expect(v.rows.map((x) => [x.line, x.account, x.amount.minor])).toEqual([
      [5, "1930", -10000n],
      [6, "3001", 10000n],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("reads %s line ends with the same line numbers", (_name, eol) => {
    const r = readAll(["#FLAGGA 0", "", '#KONTO 1930 "Bank"', ...VOUCHER].join(eol));
    expect(r.result.lines).toBe(8);
    expect(r.vouchers[0]?.rows.map((x) => x.line)).toEqual([6, 7]);
  });

  it("gives the same result whatever the chunk size (chunk boundaries inside lines, CRLF and letters)", () => {
    const text = ["#FLAGGA 0", '#FNAMN "Åke Östlund AB"', ...VOUCHER, ...VOUCHER].join("\r\n");
    const whole = readAll(text);
    for (const size of [1, 2, 3, 7, 64]) {
      const parts = readAll(text, size);
      expect(parts.records).toEqual(whole.records);
      expect(parts.vouchers).toEqual(whole.vouchers);
      expect(parts.result.lines).toBe(whole.result.lines);
    }
  });

  it("CR-only and mixed line ends give the same lines whatever the chunk size", () => {
    for (const eol of ["\r", "\n", "\r\n"]) {
      const text = ["#FLAGGA 0", "", '#FNAMN "Åke"', ...VOUCHER].join(eol) + eol;
      const whole = readAll(text);
      expect(whole.result.lines).toBe(8);
      for (const size of [1, 2, 3, 5, 8]) {
        const parts = readAll(text, size);
        expect(parts.records).toEqual(whole.records);
        expect(parts.vouchers).toEqual(whole.vouchers);
        expect(parts.result.lines).toBe(8);
      }
    }
  });

  it("decides the encoding on the bytes after a long ASCII start (UTF-8 letters after 1.5 MB)", () => {
    const head = '#PROSA "x"\n'.repeat(150_000);
    const bytes = Buffer.from(`${head}#FNAMN "Åkeri Östra"\n`, "utf8");
    const r = readAll(bytes, 1 << 16);
    expect(r.result.encoding).toBe("utf-8");
    expect(r.records.at(-1)).toMatchObject({ type: "FNAMN", name: "Åkeri Östra" });
  });

  it("a line longer than the limit is cut and reported, and reading goes on", () => {
    const long = `#PROSA "${"x".repeat(5_000_000)}"`;
    const r = readAll(`${long}\n#FNAMN Next\n`, 1 << 18);
    expect(codes(r.diagnostics).filter(([, c]) => c === "sie_line_too_long")).toEqual([
      [1, "sie_line_too_long"],
    ]);
    expect(r.records.at(-1)).toMatchObject({ type: "FNAMN", name: "Next" });
  });

  it("keeps #RTRANS/#BTRANS apart: rows are the #TRANS rows (what balances)", () => {
    const r = readAll(
      [
        "#VER A 8 20250820 Försäljning 20260127",
        "{",
        "#TRANS 1930 {} 29266",
        '#BTRANS 1386 {} -29266 "" "..." 0 "User Name"',
        '#RTRANS 1386 {} -66787 "" "..." 0 "User Name"',
        '#TRANS 1386 {} -66787 "" "..." 0',
        "#TRANS 3001 {} 37521",
        "}",
      ].join("\n"),
    );
    const v = r.vouchers[0]!;
    expect(v.rows.map((x) => x.amount.minor)).toEqual([2926600n, -6678700n, 3752100n]);
    expect(v.addedRows.map((x) => [x.account, x.signature])).toEqual([["1386", "User Name"]]);
    expect(v.removedRows.map((x) => x.line)).toEqual([4]);
    expect(r.diagnostics).toEqual([]);
  });

  it("warns when an #RTRANS is not followed by its #TRANS copy", () => {
    const r = readAll(["#VER A 1 20250101", "{", "#RTRANS 1930 {} 5", "#TRANS 3001 {} -5", "}"].join("\n"));
    expect(codes(r.diagnostics)).toEqual([[3, "sie_rtrans_without_trans"]]);
  });

  it("keeps unknown labels and extra trailing fields", () => {
    const r = readAll(['#FOO bar "baz qux"', '#KONTO 1930 "Bank" extra1 {1 "x"}', "#FNAMN X"].join("\n"));
    expect(r.records[0]).toEqual({ type: "UNKNOWN", line: 1, label: "FOO", fields: ["bar", "baz qux"] });
    expect(r.records[1]).toMatchObject({ type: "KONTO", extra: ["extra1", ["1", "x"]] });
    expect(r.diagnostics).toEqual([]);
  });

  it("reads comma decimals with a warning", () => {
    const r = readAll(
      ["#VER A 1 20250101", "{", "#TRANS 1930 {} 12,50", "#TRANS 3001 {} -12,50", "}"].join("\n"),
    );
    expect(r.vouchers[0]?.rows.map((x) => x.amount.minor)).toEqual([1250n, -1250n]);
    expect(codes(r.diagnostics)).toEqual([
      [3, "sie_comma_decimal"],
      [4, "sie_comma_decimal"],
    ]);
  });

  it('a row without transdat takes none (the voucher date applies), quantities "" mean none', () => {
    const r = readAll(
      [
        '#VER "" "" 20250101',
        "{",
        '#TRANS 1930 {} 5 "" "" ""',
        "#TRANS 3001 {} -5 20250102 Text 1.000000",
        "}",
      ].join("\n"),
    );
    const [a, b] = r.vouchers[0]!.rows;
    expect(a).toMatchObject({ transactionDate: undefined, text: undefined, quantity: undefined });
    expect(b).toMatchObject({ transactionDate: "2025-01-02", text: "Text", quantity: "1.000000" });
    expect(r.vouchers[0]).toMatchObject({ series: "", number: "" });
  });

  it("reports structural problems with their lines and carries on", () => {
    const r = readAll(
      [
        "#TRANS 1930 {} 5", // 1: row outside a voucher
        "}", // 2: stray brace
        "#VER A 1 20250101", // 3: no block follows
        "#VER A 2 20250101", // 4: block never closed
        "{",
        "#TRANS 1930 {} 5",
        "#TRANS 3001 {} -5",
        "#KONTO 1930 Bank", // 8: ends the open block
        "just text", // 9
        "#VER A 3 2025013", // 10: bad date
        "{",
        "#TRANS 1930 {} x", // 12: bad amount
        "}",
      ].join("\n"),
    );
    expect(codes(r.diagnostics)).toEqual([
      [1, "sie_row_outside_voucher"],
      [2, "sie_unexpected_brace"],
      [3, "sie_missing_voucher_block"],
      [4, "sie_unterminated_voucher"],
      [9, "sie_not_a_record"],
      [10, "sie_invalid_date"],
      [12, "sie_invalid_amount"],
    ]);
    expect(r.vouchers.map((v) => [v.number, v.rows.length])).toEqual([
      ["1", 0],
      ["2", 2],
      ["3", 0],
    ]);
    expect(r.records.map((x) => x.type)).toEqual(["KONTO"]);
  });

  it("an unterminated block at the end of the file is reported", () => {
    const r = readAll(["#VER A 1 20250101", "{", "#TRANS 1930 {} 5"].join("\n"));
    expect(codes(r.diagnostics)).toEqual([[1, "sie_unterminated_voucher"]]);
    expect(r.vouchers).toHaveLength(1);
  });

  it("input without any #label is not SIE", () => {
    const r = readAll("hello\nworld\n");
    expect(r.result.records).toBe(0);
    expect(codes(r.diagnostics)).toEqual([
      [1, "sie_not_a_record"],
      [2, "sie_not_a_record"],
      [2, "sie_not_sie"],
    ]);
  });

  it("reports field-level deviations and reads what can be read", async () => {
    const r = readAll(
      [
        "#RAR 0 2025-01-01 20251231", // 1: tolerated date
        "#KTYP 1930 X", // 2: invalid account type
        "#TRANS 1930 {} 5", // 3: row outside a voucher
        '#KONTO 1930 "Bank" }', // 4: stray brace
        '#OBJEKT 6 "P1" {1 2', // 5: unterminated object list
        "#DIM x Projekt", // 6: dimension must be a number
      ].join("\n"),
    );
    expect(codes(r.diagnostics)).toEqual([
      [1, "sie_tolerated_date"],
      [2, "sie_invalid_field"],
      [3, "sie_row_outside_voucher"],
      [4, "sie_stray_brace"],
      [5, "sie_unterminated_object_list"],
      [6, "sie_invalid_field"],
    ]);
    expect(r.records.map((x) => x.type)).toEqual(["RAR", "KONTO", "OBJEKT"]);
    expect(r.records[0]).toMatchObject({ start: "2025-01-01", end: "2025-12-31" });
  });

  it("an #SIETYP outside 1–4 is read as type 4 with a warning", async () => {
    const { inspectText } = await import("./testing.js");
    const s = await inspectText("#SIETYP 5\n#FNAMN X\n");
    expect(s.sieType).toBe("4");
    expect(s.warnings.map((w) => [w.line, w.code])).toContainEqual([1, "sie_unknown_sie_type"]);
  });
});
