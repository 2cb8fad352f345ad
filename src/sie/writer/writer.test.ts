import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Account,
  type Balance,
  type FiscalYear,
  type LocalDate,
  money,
  type Voucher,
} from "../../core/index.js";
import { parseSieDocument } from "../document.js";
import { decodeBytes } from "../encoding.js";
import { encodeSie, sieToBuffer, writeSieFile } from "./index.js";
import type { SieExport, SieVoucherInput } from "./types.js";

const d = (s: string) => s as LocalDate;

const DOC: SieExport = {
  program: { name: "Ledgerbridge", version: "0.1.0" },
  generated: { date: d("2025-01-31"), signature: "sandbox" },
  company: { name: "Övningsbolaget AB", orgNumber: "556677-8899" },
  fiscalYears: [
    { start: d("2025-01-01"), end: d("2025-12-31") },
    { start: d("2024-01-01"), end: d("2024-12-31") },
  ],
  accounts: [
    { number: "1930", name: "Företagskonto", type: "asset", sru: "7281" },
    { number: "3001", name: 'Försäljning "inom Sverige"', type: "income" },
  ],
  dimensions: [{ number: 6, name: "Projekt" }],
  objects: [{ dimension: 6, code: "P1", name: "Projekt 1" }],
  openingBalances: [{ yearIndex: 0, account: "1930", amount: money(1000000n) }],
  closingBalances: [{ yearIndex: 0, account: "1930", amount: money(1012550n) }],
  results: [{ yearIndex: 0, account: "3001", amount: money(-12550n) }],
  vouchers: [
    {
      series: "A",
      number: "1",
      date: d("2025-01-05"),
      text: "Sålt\tkaffe", // the TAB is a control character: stripped
      rows: [
        { account: "1930", amount: money(12550n) },
        { account: "3001", amount: -12550n, objects: [{ dimension: 6, code: "P1" }], text: "C:\\temp\\" },
      ],
    },
  ],
};

describe("SIE writer", () => {
  it("writes strict SIE 4E in CP437 with CRLF", () => {
    const buf = sieToBuffer(DOC);
    expect(buf.includes(Buffer.from([0x99, 0x76]))).toBe(true); // "Öv" in CP437
    expect(decodeBytes(buf, "cp437")).toBe(
      [
        "#FLAGGA 0",
        '#PROGRAM "Ledgerbridge" "0.1.0"',
        "#FORMAT PC8",
        '#GEN 20250131 "sandbox"',
        "#SIETYP 4",
        '#ORGNR "556677-8899"',
        '#FNAMN "Övningsbolaget AB"',
        "#RAR 0 20250101 20251231",
        "#RAR -1 20240101 20241231",
        '#KONTO 1930 "Företagskonto"',
        "#KTYP 1930 T",
        "#SRU 1930 7281",
        '#KONTO 3001 "Försäljning \\"inom Sverige\\""',
        "#KTYP 3001 I",
        '#DIM 6 "Projekt"',
        '#OBJEKT 6 "P1" "Projekt 1"',
        "#IB 0 1930 10000.00",
        "#UB 0 1930 10125.50",
        "#RES 0 3001 -125.50",
        '#VER "A" "1" 20250105 "Såltkaffe"',
        "{",
        "#TRANS 1930 {} 125.50",
        '#TRANS 3001 {6 "P1"} -125.50 "" "C:\\temp\\ "',
        "}",
        "",
      ].join("\r\n"),
    );
  });

  it("what it writes reads back clean, with a valid #KSUMMA", async () => {
    const doc = await parseSieDocument(sieToBuffer(DOC, { ksumma: true }));
    expect(doc.summary.checksum).toBe("valid");
    expect(doc.summary.errors).toEqual([]);
    expect(doc.summary.warnings).toEqual([]);
    expect(doc.company.name).toBe("Övningsbolaget AB");
    expect(doc.accounts[1]?.name).toBe('Försäljning "inom Sverige"');
  });

  it("writes UTF-8 on request", async () => {
    const buf = sieToBuffer(DOC, { encoding: "utf-8", ksumma: true, lineEnding: "\n" });
    expect(buf.toString("utf8")).toContain('#FNAMN "Övningsbolaget AB"\n');
    const doc = await parseSieDocument(buf);
    expect(doc.summary.encoding).toBe("utf-8");
    expect(doc.summary.checksum).toBe("valid");
    expect(doc.summary.warnings).toEqual([]);
  });

  it('4I: empty series and number are written as "", balances are refused', () => {
    const v: SieVoucherInput = {
      date: d("2025-02-01"),
      rows: [
        { account: "1930", amount: 1n },
        { account: "2440", amount: -1n },
      ],
    };
    const text = sieToBuffer(
      { ...DOC, openingBalances: [], closingBalances: [], results: [], vouchers: [v] },
      { variant: "I" },
    ).toString("latin1");
    expect(text).toContain('#VER "" "" 20250201\r\n{\r\n#TRANS 1930 {} 0.01\r\n');
    expect(() => sieToBuffer(DOC, { variant: "I" })).toThrow(/cannot carry balances/);
  });

  it("#RTRANS is written before its #TRANS copy, #BTRANS kept; the reader gives the same voucher back", async () => {
    const row = { account: "1930", amount: money(500n) };
    const v: SieVoucherInput = {
      series: "A",
      number: "9",
      date: d("2025-03-01"),
      rows: [row, { account: "3001", amount: money(-500n) }],
      addedRows: [{ ...row, signature: "Anna" }],
      removedRows: [{ account: "1930", amount: money(400n) }],
    };
    const buf = sieToBuffer({ ...DOC, vouchers: [v] });
    expect(buf.toString("latin1")).toContain(
      '{\r\n#BTRANS 1930 {} 4.00\r\n#RTRANS 1930 {} 5.00 "" "" "" "Anna"\r\n#TRANS 1930 {} 5.00\r\n',
    );
    const back = (await parseSieDocument(buf)).vouchers[0]!;
    expect(back.rows.map((r) => r.amount.minor)).toEqual([500n, -500n]);
    expect(back.addedRows).toEqual([
      { account: "1930", amount: money(500n), objects: [], signature: "Anna" },
    ]);
    expect(back.removedRows).toEqual([{ account: "1930", amount: money(400n), objects: [] }]);
    expect(() =>
      sieToBuffer({ ...DOC, vouchers: [{ ...v, addedRows: [{ account: "9999", amount: 1n }] }] }),
    ).toThrow(/no equal row/);
  });

  it("streams: vouchers from an async iterable come out in chunks of bounded size", async () => {
    async function* many(): AsyncGenerator<SieVoucherInput> {
      for (let i = 1; i <= 5000; i++) {
        yield {
          series: "B",
          number: String(i),
          date: d("2025-05-05"),
          rows: [
            { account: "1930", amount: BigInt(i) },
            { account: "3001", amount: BigInt(-i) },
          ],
        };
      }
    }
    const sizes: number[] = [];
    const chunks: Buffer[] = [];
    for await (const c of encodeSie({ ...DOC, vouchers: many() }, { ksumma: true })) {
      sizes.push(c.length);
      chunks.push(c);
    }
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.max(...sizes)).toBeLessThan(80_000);
    const doc = await parseSieDocument(Buffer.concat(chunks));
    expect(doc.summary.counts.vouchers).toBe(5000);
    expect(doc.summary.checksum).toBe("valid");
  });

  it("takes core types as they are (Voucher, Account, Balance, FiscalYear)", async () => {
    const voucher: Voucher = {
      series: "L",
      number: "17",
      date: d("2025-06-30"),
      text: "Leverantörsfaktura",
      rows: [
        { account: "2440", amount: money(-12500n), objects: [] },
        {
          account: "4010",
          amount: money(12500n),
          objects: [{ dimension: 6, code: "P1" }],
          transactionDate: d("2025-06-29"),
        },
      ],
    };
    const account: Account = { number: "2440", name: "Leverantörsskulder", type: "liability", active: true };
    const balance: Balance = { yearIndex: 0, account: "2440", amount: money(0n) };
    const year: FiscalYear = { index: 0, start: d("2025-01-01"), end: d("2025-12-31") };
    const doc = await parseSieDocument(
      sieToBuffer({
        ...DOC,
        fiscalYears: [year],
        accounts: [account],
        openingBalances: [balance],
        vouchers: [voucher],
      }),
    );
    expect(doc.vouchers.map(({ line: _line, ...v }) => v)).toEqual([voucher]);
    expect(doc.accounts).toEqual([{ number: "2440", name: "Leverantörsskulder", type: "liability" }]);
  });

  it("writeSieFile writes the same bytes as sieToBuffer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sie-writer-"));
    try {
      const path = join(dir, "out.se");
      await writeSieFile(path, DOC, { ksumma: true });
      expect(readFileSync(path).equals(sieToBuffer(DOC, { ksumma: true }))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
