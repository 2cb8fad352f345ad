/**
 * write → read round trips over fast-check generated ledgers: whatever the writer is given comes back
 * from the reader, in CP437 and UTF-8, with and without #KSUMMA, and the checksum verifies.
 * Texts are drawn without control characters and without a trailing backslash — the two things the
 * writer documents it cannot carry (README). For CP437 they come either from everything CP437 can hold,
 * read back with the encoding given (a lone `Σ` is byte E4, which is also Latin-1 `ä`: no detector can
 * tell, reference §9.2), or from Swedish text, read back with the encoding detected.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Account, Dimension, DimensionObject, LocalDate, ObjectRef } from "../../core/index.js";
import { money } from "../../core/index.js";
import { parseSieDocument } from "../document.js";
import { decodeBytes } from "../encoding.js";
import { sieToBuffer } from "./index.js";
import type {
  SieBalanceInput,
  SieExport,
  SiePeriodBalanceInput,
  SieRowInput,
  SieVoucherInput,
} from "./types.js";

const CP437_TEXT = decodeBytes(
  Uint8Array.from({ length: 224 }, (_, i) => i + 32),
  "cp437",
).replace("\u007f", "");

const SWEDISH_TEXT = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖéü 0123456789-.,:;/&'\"\\";

type Alphabet = "unicode" | "cp437" | "swedish";

function textArb(alphabet: Alphabet, minLength = 0): fc.Arbitrary<string> {
  const chars =
    alphabet === "unicode"
      ? fc
          .string({ unit: "grapheme", minLength, maxLength: 16 })
          .map((s) => [...s].filter((c) => c.charCodeAt(0) >= 32 && c !== "\u007f").join(""))
      : fc.string({
          unit: fc.constantFrom(...(alphabet === "cp437" ? CP437_TEXT : SWEDISH_TEXT)),
          minLength,
          maxLength: 16,
        });
  return chars.filter((s) => !s.endsWith("\\") && s.length >= minLength);
}

const dateArb = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((x) => x.toISOString().slice(0, 10) as LocalDate);
const accountArb = fc.oneof(fc.stringMatching(/^[1-8][0-9]{3}$/), fc.stringMatching(/^[A-Z]{2,4}$/));
const amountArb = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const quantityArb = fc.option(fc.stringMatching(/^-?[0-9]{1,4}(\.[0-9]{1,6})?$/), { nil: undefined });

function ledgerArb(utf8: Alphabet): fc.Arbitrary<SieExport> {
  const text = textArb(utf8);
  const optText = fc.option(textArb(utf8, 1), { nil: undefined });
  const objectsArb: fc.Arbitrary<ObjectRef[]> = fc.array(
    fc.record({ dimension: fc.integer({ min: 1, max: 40 }), code: textArb(utf8, 1) }),
    { maxLength: 3 },
  );
  const rowArb: fc.Arbitrary<SieRowInput> = fc.record(
    {
      account: accountArb,
      amount: amountArb.map((m) => money(m)),
      objects: objectsArb,
      transactionDate: fc.option(dateArb, { nil: undefined }),
      text: optText,
      quantity: quantityArb,
      signature: optText,
    },
    { requiredKeys: ["account", "amount", "objects"] },
  );
  const voucherArb: fc.Arbitrary<SieVoucherInput> = fc
    .record(
      {
        series: text,
        number: text,
        date: dateArb,
        text,
        registrationDate: fc.option(dateArb, { nil: undefined }),
        signature: optText,
        rows: fc.array(rowArb, { maxLength: 5 }),
        removedRows: fc.array(rowArb, { maxLength: 2 }),
      },
      { requiredKeys: ["series", "number", "date", "text", "rows", "removedRows"] },
    )
    .chain((v) => fc.subarray(v.rows).map((added) => ({ ...v, addedRows: added })));
  const balanceArb: fc.Arbitrary<SieBalanceInput> = fc.record(
    {
      yearIndex: fc.integer({ min: -2, max: 0 }),
      account: accountArb,
      amount: amountArb.map((m) => money(m)),
      quantity: quantityArb,
    },
    { requiredKeys: ["yearIndex", "account", "amount"] },
  );
  const objectBalanceArb = fc
    .tuple(
      balanceArb,
      objectsArb.filter((o) => o.length === 1),
    )
    .map(([b, objects]) => ({ ...b, objects }));
  const periodArb: fc.Arbitrary<SiePeriodBalanceInput> = fc
    .tuple(
      balanceArb,
      fc.stringMatching(/^20[0-9]{2}(0[1-9]|1[0-2])$/),
      objectsArb.filter((o) => o.length <= 1),
    )
    .map(([b, period, objects]) => ({ ...b, period, objects }));
  const accountsArb: fc.Arbitrary<Account[]> = fc.uniqueArray(
    fc.record(
      {
        number: accountArb,
        name: text,
        type: fc.constantFrom("asset", "liability", "expense", "income"),
        sru: fc.stringMatching(/^[0-9]{4}$/),
        unit: textArb(utf8, 1),
      },
      { requiredKeys: ["number", "name"] },
    ),
    { selector: (a) => a.number, maxLength: 6 },
  );
  const dimsArb: fc.Arbitrary<Dimension[]> = fc.uniqueArray(
    fc.record(
      { number: fc.integer({ min: 1, max: 40 }), name: text, parent: fc.integer({ min: 1, max: 40 }) },
      { requiredKeys: ["number", "name"] },
    ),
    { selector: (x) => x.number, maxLength: 4 },
  );
  const objectsListArb: fc.Arbitrary<DimensionObject[]> = fc.array(
    fc.record({ dimension: fc.integer({ min: 1, max: 40 }), code: textArb(utf8, 1), name: text }),
    { maxLength: 4 },
  );
  return fc.record({
    program: fc.record({ name: text, version: text }),
    generated: fc.record({ date: dateArb, signature: optText }, { requiredKeys: ["date"] }),
    company: fc.record({ name: text, orgNumber: optText, id: optText }, { requiredKeys: ["name"] }),
    fiscalYears: fc.array(
      fc.tuple(dateArb, dateArb).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
      { maxLength: 3 },
    ),
    accounts: accountsArb,
    dimensions: dimsArb,
    objects: objectsListArb,
    openingBalances: fc.array(fc.oneof(balanceArb, objectBalanceArb), { maxLength: 3 }),
    closingBalances: fc.array(fc.oneof(balanceArb, objectBalanceArb), { maxLength: 3 }),
    results: fc.array(balanceArb, { maxLength: 3 }),
    periodBalances: fc.array(periodArb, { maxLength: 3 }),
    periodBudgets: fc.array(periodArb, { maxLength: 2 }),
    vouchers: fc.array(voucherArb, { maxLength: 4 }),
  }) as fc.Arbitrary<SieExport>;
}

/** Drops undefined properties and empty object lists, so written and read shapes compare. */
function norm<T>(value: T): unknown {
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `${v}n` : v)),
    (_k, v) => (Array.isArray(v) && v.length === 0 ? undefined : v),
  );
}

function expected(doc: SieExport) {
  const all = <T>(x: Iterable<T> | undefined) => [...(x ?? [])];
  return {
    accounts: all(doc.accounts),
    balances: [...all(doc.openingBalances), ...all(doc.closingBalances), ...all(doc.results)],
    periods: [...all(doc.periodBalances), ...all(doc.periodBudgets)],
    vouchers: (doc.vouchers as SieVoucherInput[]).map((v) => ({
      ...v,
      registrationDate: v.registrationDate,
      addedRows: v.addedRows?.length ? v.addedRows : undefined,
      removedRows: v.removedRows?.length ? v.removedRows : undefined,
    })),
  };
}

describe.each([
  ["cp437", "cp437", false, false, false],
  ["cp437", "swedish", true, true, true],
  ["cp437", "swedish", false, false, true],
  ["utf-8", "unicode", true, false, true],
] as const)(
  "write → read round trip (%s, %s text, ksumma %s, CRLF %s, detected %s)",
  (encoding, alphabet, ksumma, crlf, detect) => {
    it("gives back the same ledger (property)", async () => {
      await fc.assert(
        fc.asyncProperty(ledgerArb(alphabet), async (doc) => {
          const buf = sieToBuffer(doc, { encoding, ksumma, lineEnding: crlf ? "\r\n" : "\n" });
          const back = await parseSieDocument(buf, detect ? {} : { encoding });
          const want = expected(doc);
          expect(back.summary.checksum).toBe(ksumma ? "valid" : "absent");
          expect(
            back.summary.errors.filter(
              (e) =>
                e.code !== "sie_unbalanced_voucher" &&
                !e.code.startsWith("sie_unknown") &&
                e.code !== "sie_date_outside_fiscal_year" &&
                e.code !== "sie_missing_record",
            ),
          ).toEqual([]);
          expect(back.program).toEqual(doc.program);
          expect(norm(back.generated)).toEqual(norm(doc.generated));
          expect(norm(back.company)).toEqual(norm(doc.company));
          expect(back.fiscalYears).toEqual(
            (doc.fiscalYears ?? []).map((y, i) => ({ index: i === 0 ? 0 : -i, ...y })),
          );
          expect(norm(back.accounts)).toEqual(norm(want.accounts));
          expect(norm(back.dimensions)).toEqual(norm(doc.dimensions));
          expect(norm(back.objects)).toEqual(norm(doc.objects));
          expect(norm([...back.openingBalances, ...back.closingBalances, ...back.results])).toEqual(
            norm(want.balances),
          );
          expect(norm([...back.periodBalances, ...back.periodBudgets])).toEqual(norm(want.periods));
          expect(norm(back.vouchers.map(({ line: _line, ...v }) => v))).toEqual(norm(want.vouchers));
        }),
        { numRuns: 150 },
      );
    });
  },
);
