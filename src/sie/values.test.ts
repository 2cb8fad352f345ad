import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, parseAmount, parseSieDate } from "./values.js";

describe("parseAmount", () => {
  it.each([
    ["100", 10000n],
    ["-437.5", -43750n],
    ["0.62", 62n],
    ["-0", 0n],
    ["29266", 2926600n],
    ["1234,50", 123450n],
    ["10.000000", 1000n],
    ["+7", 700n],
    ["12.", 1200n],
    ["123456789012345678.91", 12345678901234567891n],
    ["-98765432109876543210", -9876543210987654321000n],
  ])("%s → %s öre", (text, minor) => {
    expect(parseAmount(text)).toBe(minor);
  });

  it.each([
    ["", "empty"],
    ["-", "syntax"],
    ["1.2.3", "syntax"],
    ["12a", "syntax"],
    ["1e5", "syntax"],
    ["0.005", "precision"],
  ])("%s is refused (%s)", (text, problem) => {
    expect(parseAmount(text)).toBe(problem);
  });

  it("format → parse is the identity for any bigint (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (minor) => {
        const text = formatAmount(minor);
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
        expect(parseAmount(text)).toBe(minor);
      }),
    );
  });

  it("agrees with exact decimal arithmetic for minimal-decimal forms (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.constantFrom(0, 1, 2),
        (minor, decimals) => {
          // Write with `decimals` decimals when exact (29266 / 437.5 / 0.62 forms, as Fortnox does).
          const scaled = decimals === 2 ? minor : minor - (minor % 10n ** BigInt(2 - decimals));
          const abs = (scaled < 0n ? -scaled : scaled).toString().padStart(3, "0");
          const whole = abs.slice(0, -2);
          const frac = abs.slice(-2).slice(0, decimals);
          const text = `${scaled < 0n ? "-" : ""}${whole}${decimals > 0 ? `.${frac}` : ""}`;
          expect(parseAmount(text)).toBe(scaled);
        },
      ),
    );
  });
});

describe("parseSieDate", () => {
  it("reads YYYYMMDD", () => {
    expect(parseSieDate("20250228")).toEqual({ date: "2025-02-28", status: "ok" });
  });
  it("tolerates YYYY-MM-DD and YYMMDD", () => {
    expect(parseSieDate("2025-02-28")).toEqual({ date: "2025-02-28", status: "tolerated" });
    expect(parseSieDate("250228")).toEqual({ date: "2025-02-28", status: "tolerated" });
  });
  it('treats "" and 00000000 as no date', () => {
    expect(parseSieDate("").status).toBe("empty");
    expect(parseSieDate("00000000").status).toBe("empty");
  });
  it.each(["20250229", "20251301", "2025011", "abcdefgh", "20250132"])("refuses %s", (s) => {
    expect(parseSieDate(s).status).toBe("invalid");
  });
});
