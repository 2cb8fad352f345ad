import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateOf, type GenVoucher, voucherAt, type YearSpec } from "./seed/vouchers.js";
import { countVouchers, findVoucher, sliceVouchers } from "./voucherQuery.js";

const year = (count: number): YearSpec => ({
  seed: 4,
  company: 0,
  fyId: 2,
  from: "2024-01-01",
  to: "2024-12-31",
  count,
});

/** Brute force: every voucher generated, then sorted and filtered the obvious way. */
function bruteForce(y: YearSpec, f: { series?: string; fromDate?: string; toDate?: string }): GenVoucher[] {
  const all = [...Array(y.count).keys()].map((i) => voucherAt(y, i));
  return all
    .filter(
      (v) =>
        (!f.series || v.series === f.series) &&
        (!f.fromDate || v.date >= f.fromDate) &&
        (!f.toDate || v.date <= f.toDate),
    )
    .sort((a, b) => (a.series === b.series ? a.number - b.number : a.series < b.series ? -1 : 1));
}

describe("generated vouchers", () => {
  it("balance to the öre, for any index", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (i) => {
        const v = voucherAt(year(1_000_000), i);
        const live = v.rows.filter((r) => !r.removed);
        expect(live.reduce((s, r) => s + r.debit - r.credit, 0n)).toBe(0n);
        expect(voucherAt(year(1_000_000), i)).toEqual(v);
      }),
    );
  });

  it("have dates inside the year that never decrease with the index", () => {
    const y = year(5000);
    let last = "";
    for (let i = 0; i < y.count; i += 7) {
      const d = dateOf(y, i);
      expect(d >= last && d >= y.from && d <= y.to).toBe(true);
      last = d;
    }
  });

  it("page like the brute-force sorted, filtered list", () => {
    const y = year(733);
    fc.assert(
      fc.property(
        fc.record({
          series: fc.constantFrom(undefined, "A", "C", "E"),
          fromDate: fc.constantFrom(undefined, "2024-03-10", "2024-11-30"),
          toDate: fc.constantFrom(undefined, "2024-06-30", "2024-12-31"),
        }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 1, max: 500 }),
        (raw, offset, limit) => {
          const f = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
          const expected = bruteForce(y, f);
          expect(countVouchers(y, [], f)).toBe(expected.length);
          const got = sliceVouchers(y, [], f, offset, limit).map((v) => `${v.series}${v.number}`);
          expect(got).toEqual(expected.slice(offset, offset + limit).map((v) => `${v.series}${v.number}`));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("finds a voucher by series and number, and nothing past the end", () => {
    const y = year(100);
    expect(findVoucher(y, [], "C", 20)?.number).toBe(20);
    expect(findVoucher(y, [], "C", 21)).toBeUndefined();
  });
});
