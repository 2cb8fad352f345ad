import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, formatScaled, money, parseMoney, parseScaled, percentOf, sum } from "./money.js";

describe("parseMoney", () => {
  it.each([
    ["1234.50", 123450n],
    ["-0.5", -50n],
    ["1234,50", 123450n],
    ["1 234,50", 123450n],
    ["1\u00a0234,50", 123450n],
    ["+7", 700n],
    [".5", 50n],
    ["1.500", 150n],
    ["-0", 0n],
    ["99999999999999999.99", 9999999999999999999n],
  ])("reads %s exactly", (input, minor) => {
    const r = parseMoney(input);
    expect(r).toEqual({ ok: true, value: { minor, currency: "SEK" } });
  });

  it.each(["", "-", "abc", "1.2.3", "12,345.67", "1.234", "1e5", "0x10", "NaN"])("refuses %j", (input) => {
    expect(parseMoney(input).ok).toBe(false);
  });

  it("uses the currency's scale", () => {
    expect(parseMoney("1234", "JPY")).toEqual({ ok: true, value: { minor: 1234n, currency: "JPY" } });
    expect(parseMoney("12.5", "JPY").ok).toBe(false);
  });
});

describe("formatMoney", () => {
  it.each([
    [123450n, "1234.50"],
    [-50n, "-0.50"],
    [5n, "0.05"],
    [0n, "0.00"],
    [-123456789012345678n, "-1234567890123456.78"],
  ])("prints %s as %s", (minor, text) => {
    expect(formatMoney(money(minor))).toBe(text);
  });

  it("round-trips every integer amount through its string (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 4 }),
        (v, scale) => {
          const r = parseScaled(formatScaled(v, scale), scale);
          expect(r).toEqual({ ok: true, value: v });
        },
      ),
    );
  });

  it("reads comma decimals and grouped thousands the same as the plain form (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (v) => {
        const plain = formatScaled(v, 2);
        const [whole, frac] = plain.split(".") as [string, string];
        const grouped = whole.replace(/\B(?=(\d{3})+$)/g, " ") + "," + frac;
        expect(parseScaled(grouped, 2)).toEqual({ ok: true, value: v });
      }),
    );
  });
});

describe("arithmetic", () => {
  it("sums exactly where floats would drift", () => {
    const items = Array.from({ length: 10 }, () => parseMoney("0.10"));
    const total = sum(items.map((r) => (r.ok ? r.value : money(0))));
    expect(formatMoney(total)).toBe("1.00");
  });

  it("rounds a percentage half away from zero", () => {
    expect(formatMoney(percentOf(money(1001n), "50"))).toBe("5.01");
    expect(formatMoney(percentOf(money(-1001n), "50"))).toBe("-5.01");
    expect(formatMoney(percentOf(money(10000n), "2.5"))).toBe("2.50");
  });

  it("refuses to mix currencies", () => {
    expect(() => sum([money(1n, "EUR")], "SEK")).toThrow(/currency mismatch/);
  });
});
