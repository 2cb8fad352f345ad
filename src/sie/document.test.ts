import { describe, expect, it } from "vitest";
import { money } from "../core/index.js";
import { parseSieDocument } from "./document.js";
import { encodeCp437 } from "./encoding.js";
import { iterateSie, readSie } from "./read.js";

const FILE = encodeCp437(
  [
    "#FLAGGA 0",
    '#PROGRAM "Fortnox" 3.60.16',
    "#FORMAT PC8",
    '#GEN 20260330 "Anna"',
    "#SIETYP 4",
    '#ORGNR "556677-8899"',
    '#ADRESS "Anna" "Gatan 1" "123 45 Ort" "08-1"',
    '#FNAMN "Åkeri AB"',
    "#RAR 0 20250101 20251231",
    "#RAR -1 20240101 20241231",
    "#KPTYP BAS2014",
    '#KONTO 1930 "Företagskonto"',
    "#KTYP 1930 T",
    "#SRU 1930 7281",
    "#SRU 1930 7282",
    '#KONTO 3001 "Försäljning"',
    '#DIM 6 "Projekt"',
    '#UNDERDIM 21 "Delprojekt" 6',
    '#OBJEKT 6 "P1" "Projekt ett"',
    "#IB 0 1930 100.00 0",
    "#UB 0 1930 150.00 0",
    '#OIB 0 1930 {6 "P1"} 10.00',
    "#RES 0 3001 -50.00",
    "#PSALDO 0 202501 3001 {} -50.00",
    '#PBUDGET 0 202501 3001 {6 "P1"} -40.00',
    "#FOO bar",
    '#VER A 1 20250105 "Sålt" 20250106 "Anna"',
    "{",
    '#TRANS 1930 {6 "P1"} 50 "" "Kund" 0',
    "#TRANS 3001 {} -50",
    "}",
    "#VER A 2 20250231",
    "{",
    "}",
    "",
  ].join("\r\n"),
);

describe("parseSieDocument", () => {
  it("collects everything an import needs, in core types", async () => {
    const doc = await parseSieDocument(FILE);
    expect(doc.program).toEqual({ name: "Fortnox", version: "3.60.16" });
    expect(doc.generated).toEqual({ date: "2026-03-30", signature: "Anna" });
    expect(doc.company).toEqual({
      name: "Åkeri AB",
      orgNumber: "556677-8899",
      address: { contact: "Anna", street: "Gatan 1", postal: "123 45 Ort", phone: "08-1" },
    });
    expect(doc.chartType).toBe("BAS2014");
    expect(doc.fiscalYears).toEqual([
      { index: 0, start: "2025-01-01", end: "2025-12-31" },
      { index: -1, start: "2024-01-01", end: "2024-12-31" },
    ]);
    expect(doc.accounts).toEqual([
      { number: "1930", name: "Företagskonto", type: "asset", sru: "7281" },
      { number: "3001", name: "Försäljning" },
    ]);
    expect(doc.sruCodes).toEqual([
      { account: "1930", code: "7281" },
      { account: "1930", code: "7282" },
    ]);
    expect(doc.dimensions).toEqual([
      { number: 6, name: "Projekt" },
      { number: 21, name: "Delprojekt", parent: 6 },
    ]);
    expect(doc.objects).toEqual([{ dimension: 6, code: "P1", name: "Projekt ett" }]);
    expect(doc.openingBalances).toEqual([
      { yearIndex: 0, account: "1930", amount: money(10000n), quantity: "0" },
      { yearIndex: 0, account: "1930", amount: money(1000n), objects: [{ dimension: 6, code: "P1" }] },
    ]);
    expect(doc.closingBalances).toEqual([
      { yearIndex: 0, account: "1930", amount: money(15000n), quantity: "0" },
    ]);
    expect(doc.results).toEqual([{ yearIndex: 0, account: "3001", amount: money(-5000n) }]);
    expect(doc.periodBalances).toEqual([
      { yearIndex: 0, account: "3001", amount: money(-5000n), period: "202501" },
    ]);
    expect(doc.periodBudgets).toEqual([
      {
        yearIndex: 0,
        account: "3001",
        amount: money(-4000n),
        objects: [{ dimension: 6, code: "P1" }],
        period: "202501",
      },
    ]);
    expect(doc.unknownRecords).toEqual([{ line: 26, label: "FOO", fields: ["bar"] }]);
    expect(doc.vouchers).toEqual([
      {
        line: 27,
        series: "A",
        number: "1",
        date: "2025-01-05",
        text: "Sålt",
        registrationDate: "2025-01-06",
        signature: "Anna",
        rows: [
          {
            account: "1930",
            amount: money(5000n),
            objects: [{ dimension: 6, code: "P1" }],
            text: "Kund",
            quantity: "0",
          },
          { account: "3001", amount: money(-5000n), objects: [] },
        ],
      },
    ]);
    // The voucher with an impossible date is left out of `vouchers` and reported with its line.
    expect(doc.summary.errors.map((e) => [e.line, e.code])).toEqual([[32, "sie_invalid_date"]]);
  });
});

describe("readSie / iterateSie", () => {
  it("the async iterator yields what the visitor sees, in file order, then the result", async () => {
    const seen: string[] = [];
    const result = await readSie(FILE, {
      record: (r) => seen.push(`record ${r.type}`),
      voucher: (v) => seen.push(`voucher ${v.number}`),
      diagnostic: (d) => seen.push(`diagnostic ${d.code}`),
    });
    const items: string[] = [];
    for await (const item of iterateSie(
      (async function* () {
        for (let i = 0; i < FILE.length; i += 10) yield FILE.subarray(i, i + 10);
      })(),
    )) {
      if (item.kind === "record") items.push(`record ${item.record.type}`);
      else if (item.kind === "voucher") items.push(`voucher ${item.voucher.number}`);
      else if (item.kind === "diagnostic") items.push(`diagnostic ${item.diagnostic.code}`);
      else expect(item.result).toEqual(result);
    }
    expect(items).toEqual(seen);
    expect(seen.filter((s) => s.startsWith("voucher"))).toEqual(["voucher 1", "voucher 2"]);
  });
});
