import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScaled } from "../../../core/index.js";
import { FortnoxDecimal } from "../api/common.js";
import { jsonNumber, moneyOf } from "./money.js";

describe("Fortnox money", () => {
  it("parses numbers and strings to the same exact öre", () => {
    expect(moneyOf(FortnoxDecimal.parse(1234.5), "SEK").minor).toBe(123450n);
    expect(moneyOf(FortnoxDecimal.parse("1234.50"), "SEK").minor).toBe(123450n);
    expect(moneyOf(FortnoxDecimal.parse(0.3), "SEK").minor).toBe(30n);
    expect(FortnoxDecimal.safeParse("12,5 kr").success).toBe(false);
  });

  it("round-trips every amount up to 10^13 öre through a JSON number without changing a digit", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (ore) => {
        const n = jsonNumber(formatScaled(ore, 2));
        const back = JSON.parse(JSON.stringify({ Debit: n })).Debit as number;
        expect(moneyOf(FortnoxDecimal.parse(back), "SEK").minor).toBe(ore);
      }),
    );
  });

  it("reports an amount with too many decimals instead of rounding it", () => {
    expect(() => moneyOf("1.005", "SEK")).toThrow(/amount 1.005/);
  });
});
